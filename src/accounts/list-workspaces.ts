import type { Db } from "../platform/db/client.js";
import type { Role, Viewer } from "../platform/viewer.js";
import { ownAccount } from "./accounts.policy.js";
import { listPartnershipsOfAccount } from "./accounts.repository.js";

/** The partnerships in which the viewer holds roles, with those roles. */
export async function listOwnWorkspaces(options: {
  db: Db;
  viewer: Viewer;
}): Promise<{ id: string; slug: string; name: string; roles: Role[] }[]> {
  const viewer = ownAccount(options.viewer);
  const rows = await listPartnershipsOfAccount(options.db, viewer.accountId);
  return rows.map((p) => ({
    ...p,
    roles: [...new Set(viewer.grants.filter((g) => g.partnershipId === p.id).map((g) => g.role))],
  }));
}
