/** Who may do what with reports. Coordinators move the decision chain; everyone with a role reads. */
import { grantsIn, type Viewer } from "../platform/viewer.js";

const CHAIN_ROLES = new Set(["administrator", "coordinator"]);

export function canReadReports(viewer: Viewer, partnershipId: string): boolean {
  return viewer.kind === "system" || grantsIn(viewer, partnershipId).length > 0;
}

export function canMoveReportChain(viewer: Viewer, partnershipId: string): boolean {
  return viewer.kind === "system" || grantsIn(viewer, partnershipId).some((g) => CHAIN_ROLES.has(g.role));
}
