/**
 * Who may do what in the follow-up round (ARCHITECTURE.md). The point-ownership rule — who may
 * write a point's follow-up — lives here only: the round's services, the spreadsheet import and
 * the reminders (who is reminded about which point) all ask it.
 */
import {
  definePolicy,
  EVERY_ROLE,
  type InPartnership,
  partnershipRule,
  type RoleRight,
} from "../platform/policy.js";
import type { Role, RoleGrant } from "../platform/viewer.js";
import { POLICE_KINDS } from "../promises/promises.policy.js";

/** The ownership facts of one point that decide who may report on it. */
export interface PointOwnership extends InPartnership {
  responsibleKind: string;
  /** Parties with role `responsible` (contributors do not count). */
  responsiblePartyIds: string[];
  unitIds: string[];
}

/**
 * The point-ownership rule: the samordnare writes every point; the kommunpolis police and joint
 * points; a rapportör the points their party is responsible for and, when bound to units, only
 * those of one of their units.
 */
const POINT_WRITERS: Partial<Record<Role, RoleRight<PointOwnership>>> = {
  coordinator: true,
  police_coordinator: (_grant, point) => POLICE_KINDS.includes(point.responsibleKind),
  reporter: (grant, point) =>
    grant.partyId !== null &&
    point.responsiblePartyIds.includes(grant.partyId) &&
    (grant.unitIds.length === 0 || grant.unitIds.some((u) => point.unitIds.includes(u))),
};

/** A follow-up to approve: whether the viewer submitted it under the partnership's four-eyes rule. */
export interface ApprovedFollowUp extends InPartnership {
  /** True when the partnership keeps four eyes and the viewer's account submitted the follow-up. */
  ownSubmission: boolean;
}

/**
 * The round's table. Every role of the partnership reads its internal round data (drafts,
 * returned follow-ups, history); nothing of another partnership is visible (404).
 */
export const roundPolicy = definePolicy<{
  /** Internal round data: follow-ups in every state, periods, the history of a point. */
  read: InPartnership;
  /** Save a draft of, or submit, the follow-up of a point (also through a spreadsheet import). */
  write: PointOwnership;
  /** Approve or return submitted follow-ups. */
  review: InPartnership;
  /** Approve one follow-up: under four eyes (a partnership setting, on by default) not one's own. */
  approve: ApprovedFollowUp;
  /** Close and reopen reporting periods. */
  managePeriods: InPartnership;
  /** Change the round's settings of the partnership (four eyes). */
  configure: InPartnership;
}>("round", {
  read: partnershipRule({ roles: EVERY_ROLE }),
  write: partnershipRule({ roles: POINT_WRITERS }),
  review: partnershipRule({ roles: { coordinator: true } }),
  approve: partnershipRule({ roles: { coordinator: (_grant, followUp) => !followUp.ownSubmission } }),
  managePeriods: partnershipRule({ roles: { coordinator: true } }),
  configure: partnershipRule({ roles: { administrator: true } }),
});

/**
 * Whether one role grant makes its holder a writer of the point, by the round's write rule (the
 * reminders ask this per grant to know who reports what).
 */
export function grantWritesPoint(
  grant: Pick<RoleGrant, "partyId" | "unitIds"> & { role: string },
  point: PointOwnership,
): boolean {
  const right = roundPolicy.rules.write.roles?.[grant.role as Role];
  if (right === undefined) return false;
  if (right === true) return true;
  return right({ ...grant, role: grant.role as Role, partnershipId: point.partnershipId }, point);
}

/**
 * Something with one responsible party and at most one unit (a safety walk's finding, a measure of
 * the åtgärdsplan): owned as a point with that party is, by the point-ownership rule.
 */
export interface SinglePartyOwnership extends InPartnership {
  responsiblePartyId: string;
  /** The party's kind (`police` for the police; anything else counts as the municipality's side). */
  responsiblePartyKind: string;
  unitId: string | null;
}

/** Whether the grant owns it: the point-ownership rule, seeing it as a point with one party. */
export function grantOwnsSingleParty(
  grant: Pick<RoleGrant, "partyId" | "unitIds"> & { role: string },
  owned: SinglePartyOwnership,
): boolean {
  return grantWritesPoint(grant, {
    partnershipId: owned.partnershipId,
    responsibleKind: owned.responsiblePartyKind === "police" ? "police" : "municipality",
    responsiblePartyIds: [owned.responsiblePartyId],
    unitIds: owned.unitId ? [owned.unitId] : [],
  });
}
