import type { Db } from "../platform/db/client.js";
import type { Viewer } from "../platform/viewer.js";
import { ownAccount } from "./accounts.policy.js";
import type { Me } from "./accounts.types.js";
import { listOwnWorkspaces } from "./list-workspaces.js";

/** The signed-in viewer with their roles per partnership (401 for the public). */
export async function getMe(options: { db: Db; viewer: Viewer }): Promise<Me> {
  const viewer = ownAccount(options.viewer);
  const partnerships = await listOwnWorkspaces({ db: options.db, viewer });
  return {
    id: viewer.accountId,
    name: viewer.name,
    email: viewer.email,
    personId: viewer.personId,
    mustChangePassword: viewer.mustChangePassword,
    partnerships: partnerships.map((p) => ({
      id: p.id,
      slug: p.slug,
      name: p.name,
      roles: viewer.grants
        .filter((g) => g.partnershipId === p.id)
        .map(({ role, partyId, unitIds }) => ({ role, partyId, unitIds })),
    })),
  };
}
