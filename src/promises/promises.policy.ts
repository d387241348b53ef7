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
