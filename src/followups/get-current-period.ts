import { listPeriods } from "../periods/periods.repository.js";
import type { Executor } from "../platform/db/client.js";
import { AppError } from "../platform/errors.js";
import type { Viewer } from "../platform/viewer.js";
import { roundPolicy } from "./followups.policy.js";

/**
 * The period under way in a partnership: the latest that has begun and is still open, else the
 * latest that has begun (404 when none has begun).
 */
export async function getCurrentPeriod(options: {
  db: Executor;
  viewer: Viewer;
  partnershipId: string;
  /** ISO date. */
  today: string;
}): Promise<{ id: string; code: string }> {
  const { db, viewer, partnershipId, today } = options;
  roundPolicy.authorize(viewer, "read", { partnershipId });
  const begun = (await listPeriods(db, partnershipId)).filter((p) => p.startsOn <= today);
  const current = begun.filter((p) => !p.closedAt).at(-1) ?? begun.at(-1);
  if (!current) throw new AppError("not_found", { entity: "period", value: today });
  return { id: current.id, code: current.code };
}
