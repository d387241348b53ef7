import type { Db } from "../platform/db/client.js";
import { actorOf, mutate } from "../platform/db/mutation.js";
import { AppError } from "../platform/errors.js";
import { grantsIn, type Principal } from "../platform/viewer.js";
import { assertCanDoInRound } from "./followups.policy.js";
import {
  findPeriodById,
  findPointContext,
  listFollowUpsByIds,
  updateFollowUpIfVersion,
} from "./round.repository.js";
import { COMMENT_MAX, type FollowUpSnapshot } from "./round.types.js";
import { assertPeriodOpen } from "./round-access.js";
import { snapshotFollowUp } from "./round-snapshot.js";
import { conflictOf } from "./save-follow-up-draft.js";

interface ReviewOptions {
  db: Db;
  principal: Principal;
  /** One or several follow-ups, all submitted. */
  followUpIds: string[];
  /** When given, every follow-up must belong to this period (else not_found). */
  periodId?: string;
}

/** Approves submitted follow-ups (coordinators only). */
export async function approveFollowUps(options: ReviewOptions): Promise<FollowUpSnapshot[]> {
  return review(options, "approve", null);
}

/** Returns submitted follow-ups to their authors with a comment (coordinators only). */
export async function returnFollowUps(
  options: ReviewOptions & { comment: string },
): Promise<FollowUpSnapshot[]> {
  const comment = options.comment.trim();
  if (comment === "" || comment.length > COMMENT_MAX) {
    throw new AppError("invalid_body", { entity: "return_comment", param: "comment", value: "" });
  }
  return review(options, "return", comment);
}

async function review(
  options: ReviewOptions,
  decision: "approve" | "return",
  comment: string | null,
): Promise<FollowUpSnapshot[]> {
  const { db, principal } = options;
  const ids = [...new Set(options.followUpIds)];
  if (ids.length === 0)
    throw new AppError("invalid_body", { entity: "no_selection", param: "followUpIds", value: "" });
  const rows = await listFollowUpsByIds(db, ids);
  const partnershipIds = new Set<string>();
  for (const id of ids) {
    const row = rows.find((r) => r.id === id);
    const point = row ? await findPointContext(db, row.commitmentId) : null;
    const elsewhere = options.periodId !== undefined && row?.periodId !== options.periodId;
    if (!row || !point || elsewhere || grantsIn(principal, point.partnershipId).length === 0) {
      throw new AppError("not_found", { entity: "follow_up", value: id });
    }
    partnershipIds.add(point.partnershipId);
  }
  for (const partnershipId of partnershipIds) assertCanDoInRound(principal, partnershipId, "review");
  const [partnershipId] = [...partnershipIds];
  const now = new Date();

  return mutate(db, actorOf(principal), async (tx, audit) => {
    const results: FollowUpSnapshot[] = [];
    for (const row of rows) {
      const period = await findPeriodById(tx, row.periodId);
      if (period) assertPeriodOpen(period);
      if (row.state !== "submitted")
        throw new AppError("transition_refused", { entity: `follow_up_${row.state}` });
      const before = await snapshotFollowUp(tx, row);
      const values =
        decision === "approve"
          ? { state: "approved", approvedAt: now, approvedById: principal.personId }
          : { state: "returned", returnComment: comment, returnedAt: now };
      const updated = await updateFollowUpIfVersion(tx, row.id, row.version, values);
      if (!updated) throw await conflictOf(tx, row);
      const after = await snapshotFollowUp(tx, updated);
      audit({
        action: decision === "approve" ? "follow_up.approved" : "follow_up.returned",
        entityType: "follow_up",
        entityId: row.id,
        partnershipId: partnershipId ?? null,
        before,
        after,
      });
      results.push(after);
    }
    return results;
  });
}
