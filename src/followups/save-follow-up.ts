import type { Db } from "../platform/db/client.js";
import { actorOf, mutate } from "../platform/db/mutation.js";
import type { Viewer } from "../platform/viewer.js";
import type { FollowUpDraftInput, FollowUpSnapshot } from "./round.types.js";
import { resolvePointInPeriod } from "./round-access.js";
import { submitFollowUpRow, writeFollowUp } from "./write-follow-up.js";

export interface SaveFollowUpOptions {
  db: Db;
  viewer: Viewer;
  commitmentId: string;
  period: string;
  input: FollowUpDraftInput;
  /** Also submit it for review, in the same transaction: both land, or neither does. */
  submit?: boolean;
}

/**
 * Saves the follow-up of a point for a period (creating it as a draft on first save), and submits
 * it when asked. The save names the version it was based on; a stale version is refused with
 * `conflict` whose details (`FollowUpConflict`) carry the current values and who changed them.
 */
export async function saveFollowUp(options: SaveFollowUpOptions): Promise<FollowUpSnapshot> {
  const { db, viewer, input } = options;
  const { point, period } = await resolvePointInPeriod(
    db,
    viewer,
    options.commitmentId,
    options.period,
    "write",
  );
  return mutate(db, actorOf(viewer), async (tx, audit) => {
    const saved = await writeFollowUp(tx, audit, {
      viewer,
      point,
      period,
      ...input,
      action: "follow_up.draft_saved",
    });
    if (!options.submit) return saved.after;
    return submitFollowUpRow(tx, audit, { viewer, point, period, row: saved.row });
  });
}
