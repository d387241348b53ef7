import type { Viewer } from "../platform/viewer.js";
import type { PromiseStatus } from "./lifecycle.js";

/** Statuses from which a promise is public: it has been published to residents. */
export const PUBLIC_PROMISE_STATUSES: readonly PromiseStatus[] = [
  "published",
  "following_up",
  "reported_back",
  "closed",
];

/** Promise statuses the viewer may read; null means all. */
export function readablePromiseStatuses(viewer: Viewer): readonly PromiseStatus[] | null {
  switch (viewer.kind) {
    case "public":
      return PUBLIC_PROMISE_STATUSES;
    case "system":
      return null;
  }
}

export function canReadPromise(viewer: Viewer, promise: { status: string }): boolean {
  const statuses = readablePromiseStatuses(viewer);
  return statuses === null || (statuses as readonly string[]).includes(promise.status);
}

/** Residents see only approved follow-ups; drafts and returned ones are internal. */
export function canReadUnapprovedFollowUps(viewer: Viewer): boolean {
  return viewer.kind !== "public";
}
