/**
 * Moving a finding's status (`walks.updateStatus`: its owners and the samordnare) along the
 * allowed transitions (walks.types.ts), and marking its description as fit for residents
 * (`walks.manage`). Both name the version they read: a change in between is 409 `conflict`.
 */
import { actorOf, mutate } from "../platform/db/mutation.js";
import { AppError } from "../platform/errors.js";
import { findingAudit } from "./record-walk.js";
import { loadFinding, ownershipOf, type WalkScope } from "./walks.js";
import { walksPolicy } from "./walks.policy.js";
import * as repo from "./walks.repository.js";
import { type FindingStatus, type StatusInput, TRANSITIONS } from "./walks.types.js";

export async function updateFindingStatus(
  scope: WalkScope,
  walkId: string,
  findingId: string,
  input: StatusInput,
) {
  const finding = await loadFinding(scope, walkId, findingId);
  walksPolicy.authorize(scope.viewer, "updateStatus", ownershipOf(finding));
  const from = finding.status as FindingStatus;
  if (!TRANSITIONS[from].includes(input.status))
    throw new AppError("transition_refused", { entity: "walk_finding", from, to: input.status });
  const reason = input.reason?.trim() ?? "";
  if (input.status === "rejected" && reason === "")
    throw new AppError(
      "invalid_body",
      { param: "reason", value: "" },
      { fields: { reason: "reason_missing" } },
    );
  return mutate(scope.db, actorOf(scope.viewer), async (tx, audit) => {
    const row = await repo.updateFinding(tx, findingId, input.version, {
      status: input.status,
      rejectionReason: input.status === "rejected" ? reason : null,
      statusChangedAt: new Date(),
    });
    if (!row) throw new AppError("conflict", { entity: "walk_finding", value: findingId });
    audit({
      ...findingAudit("walk_finding.status_changed", row, scope.partnershipId),
      before: { status: from },
    });
    return row;
  });
}

export async function setDescriptionPublic(
  scope: WalkScope,
  walkId: string,
  findingId: string,
  input: { descriptionPublic: boolean; version: number },
) {
  await loadFinding(scope, walkId, findingId);
  walksPolicy.authorize(scope.viewer, "manage", { partnershipId: scope.partnershipId });
  return mutate(scope.db, actorOf(scope.viewer), async (tx, audit) => {
    const row = await repo.updateFinding(tx, findingId, input.version, {
      descriptionPublic: input.descriptionPublic,
    });
    if (!row) throw new AppError("conflict", { entity: "walk_finding", value: findingId });
    audit(findingAudit("walk_finding.publicity_changed", row, scope.partnershipId));
    return row;
  });
}
