/** The round's settings of a partnership (four eyes), read and changed by its administrator. */
import type { Db } from "../platform/db/client.js";
import { actorOf, mutate } from "../platform/db/mutation.js";
import { AppError } from "../platform/errors.js";
import type { Viewer } from "../platform/viewer.js";
import { roundPolicy } from "./followups.policy.js";
import { findRoundSettings, updateFourEyes } from "./round.repository.js";

export interface RoundSettings {
  fourEyes: boolean;
  version: number;
}

export async function getRoundSettings(options: {
  db: Db;
  viewer: Viewer;
  partnershipId: string;
}): Promise<RoundSettings> {
  roundPolicy.authorize(options.viewer, "configure", { partnershipId: options.partnershipId });
  const row = await findRoundSettings(options.db, options.partnershipId);
  if (!row) throw new AppError("not_found", { entity: "partnership", value: options.partnershipId });
  return { fourEyes: row.fourEyes, version: row.version };
}

/** Turns four eyes on or off; a stale version (someone changed the partnership meanwhile) is a conflict. */
export async function saveRoundSettings(options: {
  db: Db;
  viewer: Viewer;
  partnershipId: string;
  fourEyes: boolean;
  version: number;
}): Promise<RoundSettings> {
  const { db, viewer, partnershipId } = options;
  const before = await getRoundSettings({ db, viewer, partnershipId });
  return mutate(db, actorOf(viewer), async (tx, audit) => {
    const row = await updateFourEyes(tx, partnershipId, options.version, options.fourEyes);
    if (!row) throw new AppError("conflict", { entity: "partnership" });
    audit({
      action: "partnership.round_settings_changed",
      entityType: "partnership",
      entityId: partnershipId,
      partnershipId,
      before: { fourEyes: before.fourEyes },
      after: { fourEyes: row.fourEyes },
    });
    return { fourEyes: row.fourEyes, version: row.version };
  });
}
