import { grantsIn, type Viewer } from "../platform/viewer.js";
import type { PromiseStatus } from "./lifecycle.js";

/** Statuses from which a promise is public: it has been published to residents. */
export const PUBLIC_PROMISE_STATUSES: readonly PromiseStatus[] = [
  "published",
  "following_up",
  "reported_back",
  "closed",
];

/**
 * Promise statuses the viewer may read in a partnership; null means all. Staff with any role in
 * the partnership read its drafts too; everyone else sees what is public.
 */
export function readablePromiseStatuses(
  viewer: Viewer,
  partnershipId: string,
): readonly PromiseStatus[] | null {
  if (viewer.kind === "system") return null;
  if (grantsIn(viewer, partnershipId).length > 0) return null;
  return PUBLIC_PROMISE_STATUSES;
}

export function canReadPromise(viewer: Viewer, promise: { status: string; partnershipId: string }): boolean {
  const statuses = readablePromiseStatuses(viewer, promise.partnershipId);
  return statuses === null || (statuses as readonly string[]).includes(promise.status);
}

/** Residents see only approved follow-ups; staff of the partnership see drafts and returned ones. */
export function canReadUnapprovedFollowUps(viewer: Viewer, partnershipId: string): boolean {
  return viewer.kind === "system" || grantsIn(viewer, partnershipId).length > 0;
}

/** Kinds of point a kommunpolis (police coordinator) may write: the police's own and the joint ones. */
const POLICE_KINDS: readonly string[] = ["police", "joint"];

function rolesIn(viewer: Viewer, partnershipId: string) {
  return grantsIn(viewer, partnershipId).map((g) => g.role);
}

/**
 * The promise as a whole (create, title and years, status, order of points, carry-over into a new
 * promise): only the samordnare (coordinator).
 */
export function canManagePromise(viewer: Viewer, partnershipId: string): boolean {
  return rolesIn(viewer, partnershipId).includes("coordinator");
}

/**
 * One point (add, edit, remove, carry-over decision) of the given responsible kind: the samordnare
 * any point; the kommunpolis police and joint points only. Changing a point's kind needs the right
 * for both the old and the new kind.
 */
export function canEditCommitment(viewer: Viewer, partnershipId: string, responsibleKind: string): boolean {
  const roles = rolesIn(viewer, partnershipId);
  if (roles.includes("coordinator")) return true;
  return roles.includes("police_coordinator") && POLICE_KINDS.includes(responsibleKind);
}

/** Someone who may write anything at all in the editor (sees the edit controls). */
export function canUseEditor(viewer: Viewer, partnershipId: string): boolean {
  const roles = rolesIn(viewer, partnershipId);
  return roles.includes("coordinator") || roles.includes("police_coordinator");
}

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
