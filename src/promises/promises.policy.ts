/**
 * Who may do what with promises and their points, in one table (see platform/policy.ts). The
 * samordnare (coordinator) manages the promise as a whole; the kommunpolis (police coordinator)
 * writes the police's own and the joint points; every role of the partnership reads its drafts
 * in the workspace. A viewer without a role in the partnership is told nothing exists (404).
 */
import { definePolicy, EVERY_ROLE, type InPartnership, partnershipRule } from "../platform/policy.js";
import type { RoleGrant } from "../platform/viewer.js";

/**
 * One point, by its responsible kind. When a change gives the point another kind, `newResponsibleKind`
 * names it: the change needs the right for both kinds.
 */
export interface PointResource extends InPartnership {
  responsibleKind: string;
  newResponsibleKind?: string;
}

/**
 * Kinds of point the kommunpolis (police coordinator) edits and reports on: the police's own and
 * the joint ones (also the round's point-ownership rule).
 */
export const POLICE_KINDS: readonly string[] = ["police", "joint"];

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
  importSpreadsheet: InPartnership;
  editPublicTexts: InPartnership;
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
  /**
   * Send a spreadsheet at all: the roles that write points or follow-ups (what each row may
   * change is then asked row by row, of `editCommitment` and the round's `write`). Asked before
   * the file is read, so a role that may not import is refused (403) even for an unchanged file,
   * and the public is asked to sign in (401) like every other write.
   */
  importSpreadsheet: partnershipRule({
    roles: { coordinator: true, police_coordinator: true, reporter: true },
  }),
  /**
   * The texts residents read about the promise (its background and how it was made; translations
   * when they come), at any status: the samordnare, and the kommunikatör, whose job this is. Not
   * the title, years, points, results or follow-ups (decided in issue 8).
   */
  editPublicTexts: partnershipRule({ roles: { coordinator: true, communicator: true }, public: "hidden" }),
});
