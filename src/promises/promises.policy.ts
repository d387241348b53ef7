/**
 * Who may do what with promises and their points, in one table (see platform/policy.ts). The
 * samordnare (coordinator) manages the promise as a whole; the kommunpolis (police coordinator)
 * writes the police's own and the joint points; every role of the partnership reads its drafts
 * in the workspace. A viewer without a role in the partnership is told nothing exists (404).
 */
import { definePolicy, EVERY_ROLE, type InPartnership, partnershipRule } from "../platform/policy.js";
import { grantsIn, type RoleGrant, type Viewer } from "../platform/viewer.js";
import type { PromiseStatus } from "./lifecycle.js";

/**
 * One point, by its responsible kind. When a change gives the point another kind, `newResponsibleKind`
 * names it: the change needs the right for both kinds.
 */
export interface PointResource extends InPartnership {
  responsibleKind: string;
  newResponsibleKind?: string;
}

/** Kinds of point a kommunpolis (police coordinator) may write: the police's own and the joint ones. */
const POLICE_KINDS: readonly string[] = ["police", "joint"];

const policePoint = (_grant: RoleGrant, point: PointResource) =>
  POLICE_KINDS.includes(point.responsibleKind) &&
  (point.newResponsibleKind === undefined || POLICE_KINDS.includes(point.newResponsibleKind));

/** A point's rights: the samordnare any point, the kommunpolis police and joint points. */
const POINT_RIGHTS = { coordinator: true, police_coordinator: policePoint } as const;

export const promisesPolicy = definePolicy<{
  readInternal: InPartnership;
  manage: InPartnership;
  editCommitment: PointResource;
  decideCarryOver: PointResource;
}>("promises", {
  /** The workspace's view of the partnership's promises: drafts, every follow-up, the editor. */
  readInternal: partnershipRule({ roles: EVERY_ROLE, public: "hidden" }),
  /**
   * The promise as a whole: create it, its title and years, its status, the order of its points,
   * and the next promise carried over from it.
   */
  manage: partnershipRule({ roles: { coordinator: true }, public: "hidden" }),
  /** One point: add, edit, remove (while the promise is editable). */
  editCommitment: partnershipRule({ roles: POINT_RIGHTS, public: "hidden" }),
  /** Whether a point is carried into the next promise or closed (at any status). */
  decideCarryOver: partnershipRule({ roles: POINT_RIGHTS, public: "hidden" }),
});

/** Statuses from which a promise is public: it has been published to residents. */
export const PUBLIC_PROMISE_STATUSES: readonly PromiseStatus[] = [
  "published",
  "following_up",
  "reported_back",
  "closed",
];

/**
 * Promise statuses the viewer may read in a partnership; null means all. Whoever may read the
 * partnership's internal data reads its drafts too; everyone else sees what is public.
 */
export function readablePromiseStatuses(
  viewer: Viewer,
  partnershipId: string,
): readonly PromiseStatus[] | null {
  return canReadUnapprovedFollowUps(viewer, partnershipId) ? null : PUBLIC_PROMISE_STATUSES;
}

export function canReadPromise(viewer: Viewer, promise: { status: string; partnershipId: string }): boolean {
  const statuses = readablePromiseStatuses(viewer, promise.partnershipId);
  return statuses === null || (statuses as readonly string[]).includes(promise.status);
}

/** Residents see only approved follow-ups; staff of the partnership see drafts and returned ones. */
export function canReadUnapprovedFollowUps(viewer: Viewer, partnershipId: string): boolean {
  return promisesPolicy.allows(viewer, "readInternal", { partnershipId });
}

/** @deprecated The import asks `promisesPolicy` itself once it moves; kept for its call sites. */
export const canManagePromise = (viewer: Viewer, partnershipId: string): boolean =>
  promisesPolicy.allows(viewer, "manage", { partnershipId });

/** @deprecated The import asks `promisesPolicy` itself once it moves; kept for its call sites. */
export const canEditCommitment = (viewer: Viewer, partnershipId: string, responsibleKind: string): boolean =>
  promisesPolicy.allows(viewer, "editCommitment", { partnershipId, responsibleKind });

/**
 * A follow-up of a point, written through a spreadsheet import: samordnare all points, kommunpolis
 * police and joint points, a rapportör points their party (and, when bound to units, one of those
 * units) is responsible for.
 */
export function canWriteFollowUpByImport(
  viewer: Viewer,
  partnershipId: string,
  point: { responsibleKind: string; responsiblePartyIds: string[]; unitIds: string[] },
): boolean {
  if (canEditCommitment(viewer, partnershipId, point.responsibleKind)) return true;
  return grantsIn(viewer, partnershipId).some(
    (g) =>
      g.role === "reporter" &&
      g.partyId !== null &&
      point.responsiblePartyIds.includes(g.partyId) &&
      (g.unitIds.length === 0 || g.unitIds.some((u) => point.unitIds.includes(u))),
  );
}
