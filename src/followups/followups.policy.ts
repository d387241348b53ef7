import { AppError } from "../platform/errors.js";
import { grantsIn, type Role, type RoleGrant, type Viewer } from "../platform/viewer.js";

/** What the follow-up round lets someone do. */
export type FollowUpAction = "read" | "write" | "review" | "managePeriods";

/** The ownership facts of one point that decide who may report on it. */
export interface PointOwnership {
  partnershipId: string;
  responsibleKind: string;
  /** Parties with role `responsible` (contributors do not count). */
  responsiblePartyIds: string[];
  unitIds: string[];
}

type WriteRule = boolean | ((grant: RoleGrant, point: PointOwnership) => boolean);

interface RoleRights {
  read: boolean;
  /** Write (save draft, submit) a follow-up of a point. */
  write: WriteRule;
  /** Approve or return submitted follow-ups. */
  review: boolean;
  /** Close and reopen reporting periods. */
  managePeriods: boolean;
}

/** A reporter writes for points their party is responsible for, and, when bound to units, one of those units. */
const ownPartyAndUnit = (grant: RoleGrant, point: PointOwnership): boolean =>
  grant.partyId !== null &&
  point.responsiblePartyIds.includes(grant.partyId) &&
  (grant.unitIds.length === 0 || grant.unitIds.some((u) => point.unitIds.includes(u)));

/**
 * The one table of who may do what in the follow-up round (ARCHITECTURE.md). Every role of the
 * partnership reads everything internal; nothing of another partnership is visible (404).
 */
export const FOLLOW_UP_RIGHTS: Record<Role, RoleRights> = {
  coordinator: { read: true, write: true, review: true, managePeriods: true },
  police_coordinator: {
    read: true,
    write: (_grant, point) => point.responsibleKind === "police" || point.responsibleKind === "joint",
    review: false,
    managePeriods: false,
  },
  reporter: { read: true, write: ownPartyAndUnit, review: false, managePeriods: false },
  reader: { read: true, write: false, review: false, managePeriods: false },
  administrator: { read: true, write: false, review: false, managePeriods: false },
  communicator: { read: true, write: false, review: false, managePeriods: false },
};

function allows(grant: RoleGrant, action: FollowUpAction, point?: PointOwnership): boolean {
  const rights = FOLLOW_UP_RIGHTS[grant.role];
  if (action !== "write") return rights[action];
  if (typeof rights.write === "boolean") return rights.write;
  return point !== undefined && rights.write(grant, point);
}

/** True when one of the viewer's grants in the partnership allows the action (the system may do all). */
export function canDoInRound(
  viewer: Viewer,
  partnershipId: string,
  action: FollowUpAction,
  point?: PointOwnership,
): boolean {
  if (viewer.kind === "system") return true;
  return grantsIn(viewer, partnershipId).some((g) => allows(g, action, point));
}

/** May the viewer write follow-ups of this point? */
export const canWriteFollowUp = (viewer: Viewer, point: PointOwnership): boolean =>
  canDoInRound(viewer, point.partnershipId, "write", point);

/**
 * Throws unless the action is allowed: `not_found` when the viewer has no role in the partnership
 * (its existence is not revealed), `forbidden` when the role does not allow it.
 */
export function assertCanDoInRound(
  viewer: Viewer,
  partnershipId: string,
  action: FollowUpAction,
  point?: PointOwnership,
  entity: { entity: string; value: string } = { entity: "partnership", value: partnershipId },
): void {
  if (viewer.kind !== "system" && grantsIn(viewer, partnershipId).length === 0) {
    throw new AppError("not_found", entity);
  }
  if (!canDoInRound(viewer, partnershipId, action, point)) {
    throw new AppError("forbidden", { entity: `round_${action}` });
  }
}
