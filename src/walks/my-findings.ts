/**
 * The open findings the viewer owns, for "Att rapportera": findings whose status the viewer may
 * move by the walks' table, for the reporting roles (rapportör, kommunpolis) — the samordnare, who
 * may move every finding, sees them on the walks' pages instead (as in the round's reminders).
 */
import type { Db } from "../platform/db/client.js";
import { grantsIn, type Viewer } from "../platform/viewer.js";
import { type Finding, ownershipOf, presentFinding } from "./walks.js";
import { walksPolicy } from "./walks.policy.js";
import * as repo from "./walks.repository.js";

/** Roles whose open findings are listed (and reminded). */
export const OWNER_ROLES: readonly string[] = ["reporter", "police_coordinator"];

export interface MyFinding extends Finding {
  walkedOn: string;
  areaName: string;
}

export async function listMyFindings(options: {
  db: Db;
  viewer: Viewer;
  partnershipId: string;
  today: string;
}): Promise<MyFinding[]> {
  const { viewer, partnershipId } = options;
  const grants = grantsIn(viewer, partnershipId).filter((g) => OWNER_ROLES.includes(g.role));
  if (grants.length === 0 || !walksPolicy.allows(viewer, "read", { partnershipId })) return [];
  const [open, walks] = await Promise.all([
    repo.listOpenFindings(options.db, partnershipId),
    repo.listWalks(options.db, partnershipId),
  ]);
  return open
    .filter((f) =>
      grants.some((g) =>
        walksPolicy.allows(
          { ...(viewer as Extract<Viewer, { kind: "account" }>), grants: [g] },
          "updateStatus",
          ownershipOf(f),
        ),
      ),
    )
    .map((f) => {
      const walk = walks.find((w) => w.id === f.walkId);
      return {
        ...presentFinding(f, viewer, options.today),
        walkedOn: walk?.walkedOn ?? "",
        areaName: walk?.areaName ?? "",
      };
    });
}
