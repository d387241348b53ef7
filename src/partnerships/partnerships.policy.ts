import type { Viewer } from "../platform/viewer.js";

/**
 * Partnerships are set up by whoever runs the installation (the command line); nobody signed in
 * to one partnership may create another.
 */
export function canCreatePartnership(viewer: Viewer): boolean {
  return viewer.kind === "system";
}
