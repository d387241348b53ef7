import type { Executor } from "../platform/db/client.js";
import type { Viewer } from "../platform/viewer.js";
import { getPromiseDetail } from "../promises/get-promise.js";
import type { PromiseDetail } from "../promises/promises.types.js";
import { roundPolicy } from "./followups.policy.js";

/**
 * A promise of the partnership with its progress per point and per party, for the workspace's
 * progress page (staff of the partnership; a promise of another partnership is 404 here).
 */
export async function getWorkspaceProgress(options: {
  db: Executor;
  viewer: Viewer;
  partnershipId: string;
  ref: string;
}): Promise<PromiseDetail> {
  const { db, viewer, partnershipId, ref } = options;
  const notFound = { entity: "promise", value: ref };
  roundPolicy.authorize(viewer, "read", { partnershipId }, notFound);
  return getPromiseDetail({ db, viewer, key: { partnershipId, ref } });
}
