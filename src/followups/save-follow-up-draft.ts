import type { Db, Executor } from "../platform/db/client.js";
import { actorOf, mutate } from "../platform/db/mutation.js";
import { AppError } from "../platform/errors.js";
import type { Principal } from "../platform/viewer.js";
import { listTargets } from "../promises/promises.repository.js";
import {
  type FollowUpRow,
  findFollowUp,
  insertFollowUp,
  latestFollowUpEvent,
  replaceLinks,
  replaceMeasurements,
  updateFollowUpIfVersion,
} from "./round.repository.js";
import type { FollowUpConflict, FollowUpDraftInput, FollowUpSnapshot } from "./round.types.js";
import { assertEditable, assertPeriodOpen, resolvePointInPeriod } from "./round-access.js";
import { snapshotFollowUp } from "./round-snapshot.js";

export interface SaveFollowUpDraftOptions {
  db: Db;
  principal: Principal;
  commitmentId: string;
  period: string;
  input: FollowUpDraftInput;
}

/**
 * Saves the follow-up of a point for a period as a draft (creating it on first save). The save
 * names the version it was based on; a stale version is refused with `conflict` whose details
 * (`FollowUpConflict`) carry the current values and who changed them.
 */
export async function saveFollowUpDraft(options: SaveFollowUpDraftOptions): Promise<FollowUpSnapshot> {
  const { db, principal, commitmentId, input } = options;
  const { point, period } = await resolvePointInPeriod(db, principal, commitmentId, options.period, "write");
  assertPeriodOpen(period);
  const targetIds = new Set((await listTargets(db, [commitmentId])).map((t) => t.id));
  const unknown = input.measurements.find((m) => !targetIds.has(m.targetId));
  if (unknown) throw new AppError("invalid_body", { param: "measurements", value: unknown.targetId });

  return mutate(db, actorOf(principal), async (tx, audit) => {
    const existing = await findFollowUp(tx, { commitmentId, periodId: period.id });
    const values = {
      status: input.status,
      narrative: narrativeOf(existing, input.narrative),
      authorId: principal.personId ?? existing?.authorId ?? null,
    };
    let before: FollowUpSnapshot | null = null;
    let row: FollowUpRow | null;
    if (existing) {
      if (input.version !== existing.version) throw await conflictOf(tx, existing);
      assertEditable(existing);
      before = await snapshotFollowUp(tx, existing);
      row = await updateFollowUpIfVersion(tx, existing.id, existing.version, values);
      if (!row) throw await conflictOf(tx, existing);
    } else {
      if (input.version !== null) throw new AppError("conflict", { entity: "follow_up" });
      row = await insertFollowUp(tx, { commitmentId, periodId: period.id, state: "draft", ...values });
      if (!row) {
        const other = await findFollowUp(tx, { commitmentId, periodId: period.id });
        throw other ? await conflictOf(tx, other) : new AppError("conflict", { entity: "follow_up" });
      }
    }
    await replaceMeasurements(tx, row.id, input.measurements);
    await replaceLinks(tx, row.id, input.links);
    const after = await snapshotFollowUp(tx, row);
    audit({
      action: "follow_up.draft_saved",
      entityType: "follow_up",
      entityId: row.id,
      partnershipId: point.partnershipId,
      before,
      after,
    });
    return after;
  });
}

function narrativeOf(existing: FollowUpRow | null, sv: string) {
  const text = sv.trim();
  const rest = { ...(existing?.narrative ?? {}) };
  delete (rest as { sv?: string }).sv;
  if (text === "" && Object.keys(rest).length === 0) return null;
  return { ...rest, sv: text };
}

/** The `conflict` error of a stale save, carrying the other person's current values. */
export async function conflictOf(ex: Executor, row: FollowUpRow): Promise<AppError> {
  const fresh = (await findFollowUp(ex, { id: row.id })) ?? row;
  const event = await latestFollowUpEvent(ex, row.id);
  const details: FollowUpConflict = {
    kind: "follow_up_conflict",
    current: await snapshotFollowUp(ex, fresh),
    changedBy: event?.actorLabel ?? null,
    changedAt: event?.occurredAt.toISOString() ?? fresh.updatedAt.toISOString(),
  };
  return new AppError("conflict", { entity: "follow_up" }, details);
}
