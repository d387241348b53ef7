import { grantsIn, type Viewer } from "../platform/viewer.js";

/** Only the partnership's administrators (and the command line) read its outbox. */
export function canReadOutbox(viewer: Viewer, partnershipId: string): boolean {
  return viewer.kind === "system" || grantsIn(viewer, partnershipId).some((g) => g.role === "administrator");
}

/** Whether the viewer may know the partnership's workspace exists at all (else 404, not 403). */
export function isMemberOf(viewer: Viewer, partnershipId: string): boolean {
  return viewer.kind === "system" || grantsIn(viewer, partnershipId).length > 0;
}
