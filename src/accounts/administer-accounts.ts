import { findPartnership, listParties, listUnitsOfParties } from "../partnerships/partnerships.repository.js";
import type { Db, Tx } from "../platform/db/client.js";
import { type Audit, actorOf, mutate } from "../platform/db/mutation.js";
import { AppError } from "../platform/errors.js";
import { isPartyBound, ROLES, type Role, type Viewer } from "../platform/viewer.js";
import { type MailDeps, NO_PASSWORD_YET, sendAccountLink } from "./account-links.js";
import { accountsPolicy } from "./accounts.policy.js";
import {
  type AccountRow,
  deleteGrant,
  deleteSessionsOfAccount,
  findAccount,
  findAccountByEmail,
  insertAccount,
  insertGrant,
  listAccountsInPartnership,
  listGrantsOfAccounts,
  listPeopleOfPartnership,
  type StoredGrant,
  updateAccount,
} from "./accounts.repository.js";
import { type FieldErrors, invalidFields } from "./field-errors.js";
import { normalizeEmail } from "./sessions.js";

/** An account as administrators see it: no password hash, only the grants of this partnership. */
export interface ManagedAccount {
  id: string;
  email: string;
  name: string;
  personId: string | null;
  mustChangePassword: boolean;
  /** Invited and has not chosen a password yet. */
  invited: boolean;
  disabled: boolean;
  version: number;
  grants: StoredGrant[];
  /** The administrator may set the password and disable (no other partnership involved). */
  manageable: boolean;
}

interface Scope {
  db: Db;
  viewer: Viewer;
  partnershipId: string;
}

/** What an audit event may show of an account (never the hash). */
function snapshot(a: AccountRow) {
  return {
    email: a.email,
    name: a.name,
    personId: a.personId,
    mustChangePassword: a.mustChangePassword,
    disabledAt: a.disabledAt,
    version: a.version,
  };
}

function present(scope: Scope, a: AccountRow, grants: StoredGrant[]): ManagedAccount {
  return {
    id: a.id,
    email: a.email,
    name: a.name,
    personId: a.personId,
    mustChangePassword: a.mustChangePassword,
    invited: a.passwordHash === NO_PASSWORD_YET,
    disabled: a.disabledAt !== null,
    version: a.version,
    grants: grants.filter((g) => g.partnershipId === scope.partnershipId),
    manageable: accountsPolicy.allows(scope.viewer, "manageAccount", {
      partnershipId: scope.partnershipId,
      accountGrants: grants,
    }),
  };
}

/** The accounts holding a role in the partnership (administrators only). */
export async function listPartnershipAccounts(scope: Scope): Promise<ManagedAccount[]> {
  authorizeAdminister(scope);
  const rows = await listAccountsInPartnership(scope.db, scope.partnershipId);
  const grants = await listGrantsOfAccounts(
    scope.db,
    rows.map((r) => r.id),
  );
  return rows.map((a) =>
    present(
      scope,
      a,
      grants.filter((g) => g.accountId === a.id),
    ),
  );
}

/** One account of the partnership; "not found" when it holds no role here. */
export async function getPartnershipAccount(scope: Scope & { accountId: string }): Promise<ManagedAccount> {
  authorizeAdminister(scope);
  const found = await loadAccount(scope, "seeAccount");
  return present(scope, found.account, found.grants);
}

function authorizeAdminister(scope: Scope): void {
  accountsPolicy.authorize(scope.viewer, "administer", { partnershipId: scope.partnershipId });
}

/**
 * The account and all its grants, once the viewer may `action` it from this partnership. An
 * account without a role here answers "not found", like one that does not exist.
 */
async function loadAccount(
  scope: Scope & { accountId: string },
  action: "seeAccount" | "manageAccount" | "changeRoles",
) {
  const account = await findAccount(scope.db, scope.accountId);
  const grants = account ? await listGrantsOfAccounts(scope.db, [account.id]) : [];
  const notFound = { entity: "account", value: scope.accountId };
  const resource = { partnershipId: scope.partnershipId, accountGrants: grants };
  accountsPolicy.authorize(scope.viewer, "seeAccount", resource, notFound);
  if (!account) throw new AppError("not_found", notFound);
  accountsPolicy.authorize(scope.viewer, action, resource, notFound);
  return { account, grants };
}

/** The choices of the role form: parties (with their units) and people of the partnership. */
export async function loadAccountChoices(scope: Scope) {
  authorizeAdminister(scope);
  const parties = await listParties(scope.db, scope.partnershipId);
  const units = await listUnitsOfParties(
    scope.db,
    parties.map((p) => p.id),
  );
  const people = await listPeopleOfPartnership(scope.db, scope.partnershipId);
  return {
    parties: parties.map((p) => ({
      id: p.id,
      name: p.name,
      units: units.filter((u) => u.partyId === p.id).map((u) => ({ id: u.id, name: u.name })),
    })),
    people,
  };
}

/** What the accounts page shows: the partnership's accounts and the choices of the "create" form. */
export async function loadAccountsOverview(scope: Scope) {
  const accounts = await listPartnershipAccounts(scope);
  const { parties, people } = await loadAccountChoices(scope);
  return { accounts, parties, people };
}

/** What one account's page shows: the account and the parties of the "grant a role" form. */
export async function loadAccountDetail(scope: Scope & { accountId: string }) {
  const account = await getPartnershipAccount(scope);
  const { parties } = await loadAccountChoices(scope);
  return { account, parties };
}

export interface RoleInput {
  role: string;
  partyId: string | null;
  unitIds: string[];
}

/** Checks a role against the partnership's parties and units; returns the grant to insert. */
async function checkRole(
  scope: Scope,
  input: RoleInput,
  errors: FieldErrors,
): Promise<{ role: Role; partyId: string | null; unitIds: string[] } | null> {
  if (!(ROLES as readonly string[]).includes(input.role)) {
    errors.role = input.role === "" ? "required" : "role_invalid";
    return null;
  }
  const role = input.role as Role;
  if (!isPartyBound(role)) return { role, partyId: null, unitIds: [] };
  if (!input.partyId) {
    errors.partyId = "party_required";
    return null;
  }
  const { parties } = await loadAccountChoices(scope);
  const party = parties.find((p) => p.id === input.partyId);
  if (!party) {
    errors.partyId = "party_invalid";
    return null;
  }
  const unitIds = [...new Set(input.unitIds)];
  if (unitIds.some((id) => !party.units.some((u) => u.id === id))) {
    errors.unitIds = "unit_invalid";
    return null;
  }
  return { role, partyId: party.id, unitIds };
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** Checks a new account's e-mail and name; adds field errors. */
export async function checkNewAccount(
  db: Db,
  input: { email: string; name: string },
  errors: FieldErrors,
): Promise<{ email: string; name: string }> {
  const email = normalizeEmail(input.email);
  const name = input.name.trim();
  if (email === "") errors.email = "required";
  else if (!EMAIL.test(email) || email.length > 254) errors.email = "email_invalid";
  else if (await findAccountByEmail(db, email)) errors.email = "email_taken";
  if (name === "") errors.name = "required";
  else if (name.length > 200) errors.name = "too_long";
  return { email, name };
}

/**
 * Inside a mutation: a new account without a password, and its welcome mail with an invitation
 * link (it chooses its own password). Callers authorize and check the input first.
 */
export async function insertInvitedAccount(
  tx: Tx,
  audit: Audit,
  mail: MailDeps,
  input: {
    email: string;
    name: string;
    personId: string | null;
    partnershipId: string | null;
    partnershipName: string | null;
    systemAdministrator?: boolean;
  },
): Promise<{ id: string; link: string }> {
  const account = await insertAccount(tx, {
    email: input.email,
    name: input.name,
    personId: input.personId,
    passwordHash: NO_PASSWORD_YET,
    mustChangePassword: false,
    systemAdministrator: input.systemAdministrator ?? false,
  });
  audit({
    action: "account.created",
    entityType: "account",
    entityId: account.id,
    partnershipId: input.partnershipId,
    after: { ...snapshot(account), systemAdministrator: account.systemAdministrator },
  });
  const link = await sendAccountLink(tx, audit, mail, {
    account,
    purpose: "invitation",
    partnershipId: input.partnershipId,
    partnershipName: input.partnershipName,
  });
  return { id: account.id, link };
}

/**
 * Creates an account with a first role; it gets a welcome mail with an invitation link where the
 * person chooses their own password. An e-mail already in use is refused (roles of an existing
 * account are granted on its page). The link is returned for the command line only.
 */
export async function createPartnershipAccount(
  scope: Scope & {
    mail: MailDeps;
    email: string;
    name: string;
    personId: string | null;
    firstRole: RoleInput;
  },
): Promise<{ id: string; link: string }> {
  authorizeAdminister(scope);
  const errors: FieldErrors = {};
  const { email, name } = await checkNewAccount(scope.db, scope, errors);
  if (scope.personId) {
    const people = await listPeopleOfPartnership(scope.db, scope.partnershipId);
    if (!people.some((p) => p.id === scope.personId)) errors.personId = "person_invalid";
  }
  const grant = await checkRole(scope, scope.firstRole, errors);
  if (Object.keys(errors).length > 0 || !grant) throw invalidFields(errors);
  const partnership = await findPartnership(scope.db, scope.partnershipId);

  return mutate(scope.db, actorOf(scope.viewer), async (tx, audit) => {
    const created = await insertInvitedAccount(tx, audit, scope.mail, {
      email,
      name,
      personId: scope.personId,
      partnershipId: scope.partnershipId,
      partnershipName: partnership?.name ?? null,
    });
    const stored = await insertGrant(
      tx,
      { accountId: created.id, partnershipId: scope.partnershipId, ...grant },
      grant.unitIds,
    );
    audit({
      action: "role.granted",
      entityType: "account",
      entityId: created.id,
      partnershipId: scope.partnershipId,
      after: stored,
    });
    return created;
  });
}

/**
 * Mails the account a link to choose a new password: its invitation again while it has no
 * password, otherwise a reset link. Nothing else changes (the current password works until the
 * link is used).
 */
export async function sendPasswordLink(
  scope: Scope & { accountId: string; version: number; mail: MailDeps },
): Promise<void> {
  authorizeAdminister(scope);
  const { account } = await loadAccount(scope, "manageAccount");
  if (account.version !== scope.version)
    throw new AppError("conflict", { entity: "account" }, { current: snapshot(account) });
  const partnership = await findPartnership(scope.db, scope.partnershipId);
  await mutate(scope.db, actorOf(scope.viewer), async (tx, audit) => {
    await sendAccountLink(tx, audit, scope.mail, {
      account,
      purpose: account.passwordHash === NO_PASSWORD_YET ? "invitation" : "reset",
      partnershipId: scope.partnershipId,
      partnershipName: partnership?.name ?? null,
    });
  });
}

/** Disables (sessions end at once, sign-in refused) or enables an account. */
export async function setAccountDisabled(
  scope: Scope & { accountId: string; version: number; disabled: boolean },
): Promise<void> {
  authorizeAdminister(scope);
  const { account } = await loadAccount(scope, "manageAccount");
  if (scope.disabled && scope.viewer.kind === "account" && scope.viewer.accountId === account.id)
    throw invalidFields({ disabled: "self_disable" });
  await mutate(scope.db, actorOf(scope.viewer), async (tx, audit) => {
    const updated = await updateAccount(tx, account.id, scope.version, {
      disabledAt: scope.disabled ? new Date() : null,
    });
    if (!updated) throw new AppError("conflict", { entity: "account" }, { current: snapshot(account) });
    if (scope.disabled) await deleteSessionsOfAccount(tx, account.id);
    audit({
      action: scope.disabled ? "account.disabled" : "account.enabled",
      entityType: "account",
      entityId: account.id,
      partnershipId: scope.partnershipId,
      before: snapshot(account),
      after: snapshot(updated),
    });
  });
}

/** Grants a role in this partnership (a reporter with a party and optionally units). */
export async function grantRole(scope: Scope & { accountId: string; role: RoleInput }): Promise<void> {
  authorizeAdminister(scope);
  const { account, grants } = await loadAccount(scope, "changeRoles");
  const errors: FieldErrors = {};
  const grant = await checkRole(scope, scope.role, errors);
  if (!grant) throw invalidFields(errors);
  const exists = grants.some(
    (g) => g.partnershipId === scope.partnershipId && g.role === grant.role && g.partyId === grant.partyId,
  );
  if (exists) throw invalidFields({ role: "role_exists" });
  await mutate(scope.db, actorOf(scope.viewer), async (tx, audit) => {
    const stored = await insertGrant(
      tx,
      { accountId: account.id, partnershipId: scope.partnershipId, ...grant },
      grant.unitIds,
    );
    audit({
      action: "role.granted",
      entityType: "account",
      entityId: account.id,
      partnershipId: scope.partnershipId,
      after: stored,
    });
  });
}

/**
 * Revokes a role of this partnership. The last role is kept (disable the account instead, so it
 * stays visible here), and administrators do not revoke their own administrator role.
 */
export async function revokeRole(scope: Scope & { accountId: string; grantId: string }): Promise<void> {
  authorizeAdminister(scope);
  const { account, grants } = await loadAccount(scope, "changeRoles");
  const grant = grants.find((g) => g.id === scope.grantId && g.partnershipId === scope.partnershipId);
  if (!grant) throw new AppError("not_found", { entity: "role", value: scope.grantId });
  if (grants.filter((g) => g.partnershipId === scope.partnershipId).length === 1)
    throw invalidFields({ grant: "last_role" });
  if (
    grant.role === "administrator" &&
    scope.viewer.kind === "account" &&
    scope.viewer.accountId === account.id
  )
    throw invalidFields({ grant: "own_admin_role" });
  await mutate(scope.db, actorOf(scope.viewer), async (tx, audit) => {
    await deleteGrant(tx, grant.id);
    audit({
      action: "role.revoked",
      entityType: "account",
      entityId: account.id,
      partnershipId: scope.partnershipId,
      before: grant,
    });
  });
}
