import type { Db } from "../platform/db/client.js";
import { AppError } from "../platform/errors.js";
import type { Viewer } from "../platform/viewer.js";
import type { Me } from "./accounts.types.js";
import { listOwnWorkspaces } from "./list-workspaces.js";

/** The signed-in viewer with their roles per partnership (401 for the public). */
export async function getMe(options: { db: Db; viewer: Viewer }): Promise<Me> {
  const { viewer } = options;
  if (viewer.kind !== "account") throw new AppError("unauthorized");
  const partnerships = await listOwnWorkspaces(options);
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
