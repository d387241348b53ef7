import type { Db } from "../platform/db/client.js";
import { actorOf, mutate } from "../platform/db/mutation.js";
import { AppError } from "../platform/errors.js";
import type { Principal } from "../platform/viewer.js";
import { findFollowUp, updateFollowUpIfVersion } from "./round.repository.js";
import type { FollowUpSnapshot } from "./round.types.js";
import { assertEditable, assertPeriodOpen, resolvePointInPeriod } from "./round-access.js";
import { snapshotFollowUp } from "./round-snapshot.js";
import { conflictOf } from "./save-follow-up-draft.js";

/** Submits a saved draft (or a returned follow-up) for the coordinator's review. */
export async function submitFollowUp(options: {
  db: Db;
  principal: Principal;
  commitmentId: string;
  period: string;
  version: number;
}): Promise<FollowUpSnapshot> {
  const { db, principal, commitmentId } = options;
  const { point, period } = await resolvePointInPeriod(db, principal, commitmentId, options.period, "write");
  assertPeriodOpen(period);
  return mutate(db, actorOf(principal), async (tx, audit) => {
    const existing = await findFollowUp(tx, { commitmentId, periodId: period.id });
    if (!existing) throw new AppError("not_found", { entity: "follow_up", value: options.period });
    if (existing.version !== options.version) throw await conflictOf(tx, existing);
    assertEditable(existing);
    const before = await snapshotFollowUp(tx, existing);
    const row = await updateFollowUpIfVersion(tx, existing.id, existing.version, {
      state: "submitted",
      submittedAt: new Date(),
      ...(principal.personId ? { authorId: principal.personId } : {}),
    });
    if (!row) throw await conflictOf(tx, existing);
    const after = await snapshotFollowUp(tx, row);
    audit({
      action: "follow_up.submitted",
      entityType: "follow_up",
      entityId: row.id,
      partnershipId: point.partnershipId,
      before,
      after,
    });
    return after;
  });
}
