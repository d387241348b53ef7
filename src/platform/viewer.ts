/**
 * Who is looking: an anonymous resident (`public`), the command line (`system`, sees
 * everything), or a signed-in account with its roles per partnership.
 */
export const ROLES = [
  "administrator",
  "coordinator",
  "police_coordinator",
  "reporter",
  "reader",
  "communicator",
  "incident_reporter",
] as const;

/**
 * administratör, samordnare, kommunpolis, rapportör, läsare, kommunikatör, händelserapportör (see
 * the workspace issue and ARCHITECTURE.md for what each may do).
 */
export type Role = (typeof ROLES)[number];

/**
 * The roles bound to a party (an organisation): the rapportör of promise points and the
 * händelserapportör of weekly incident reports (EST). Every other role has no party.
 */
export const PARTY_BOUND_ROLES: readonly Role[] = ["reporter", "incident_reporter"];

/** True for a role that must be granted with a party. */
export function isPartyBound(role: string): boolean {
  return (PARTY_BOUND_ROLES as readonly string[]).includes(role);
}

/** A role held in one partnership; (incident) reporters are bound to a party and optionally to units. */
export interface RoleGrant {
  partnershipId: string;
  role: Role;
  partyId: string | null;
  /** Empty: the whole party. */
  unitIds: string[];
}

export interface Principal {
  kind: "account";
  accountId: string;
  /** The person the account acts as (authorship of follow-ups), if linked. */
  personId: string | null;
  name: string;
  email: string;
  grants: RoleGrant[];
  mustChangePassword: boolean;
  /**
   * Administers the installation (not a partnership): creates partnerships and invites their first
   * administrator. Not a role of any partnership, so it opens no partnership's data.
   */
  systemAdministrator?: boolean;
}

export type Viewer = { kind: "public" } | { kind: "system" } | Principal;

export const PUBLIC_VIEWER: Viewer = { kind: "public" };
export const SYSTEM_VIEWER: Viewer = { kind: "system" };

/** The grants a viewer holds in one partnership (none for public and system). */
export function grantsIn(viewer: Viewer, partnershipId: string): RoleGrant[] {
  return viewer.kind === "account" ? viewer.grants.filter((g) => g.partnershipId === partnershipId) : [];
}

/** True for a signed-in system administrator of the installation. */
export function isSystemAdministrator(viewer: Viewer): boolean {
  return viewer.kind === "account" && viewer.systemAdministrator === true;
}
