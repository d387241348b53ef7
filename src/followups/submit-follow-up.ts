import type { Db } from "../platform/db/client.js";
import { actorOf, mutate } from "../platform/db/mutation.js";
import { AppError } from "../platform/errors.js";
import type { Viewer } from "../platform/viewer.js";
import { findFollowUp } from "./round.repository.js";
import type { FollowUpSnapshot } from "./round.types.js";
import { resolvePointInPeriod } from "./round-access.js";
import { assertPeriodOpen, conflictOf, submitFollowUpRow } from "./write-follow-up.js";

/** Submits a saved draft (or a returned follow-up) of the given version for the coordinator's review. */
export async function submitFollowUp(options: {
  db: Db;
  viewer: Viewer;
  commitmentId: string;
  period: string;
  version: number;
}): Promise<FollowUpSnapshot> {
  const { db, viewer, commitmentId } = options;
  const { point, period } = await resolvePointInPeriod(db, viewer, commitmentId, options.period, "write");
  assertPeriodOpen(period);
  return mutate(db, actorOf(viewer), async (tx, audit) => {
    const row = await findFollowUp(tx, { commitmentId, periodId: period.id });
    if (!row) throw new AppError("not_found", { entity: "follow_up", value: options.period });
    if (row.version !== options.version) throw await conflictOf(tx, row);
    return submitFollowUpRow(tx, audit, { viewer, point, period, row });
  });
}
