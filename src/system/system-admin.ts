/**
 * The installation's administration: the list of partnerships with their administrators, and
 * inviting a partnership's first administrator (and, from the command line, a system
 * administrator). Creating a partnership is `partnerships/create-partnership.ts`.
 */
import { type MailDeps, NO_PASSWORD_YET } from "../accounts/account-links.js";
import { insertGrant } from "../accounts/accounts.repository.js";
import { checkNewAccount, insertInvitedAccount } from "../accounts/administer-accounts.js";
import { type FieldErrors, invalidFields } from "../accounts/field-errors.js";
import { findPartnership, findPartnershipBySlug } from "../partnerships/partnerships.repository.js";
import type { Db } from "../platform/db/client.js";
import { actorOf, mutate } from "../platform/db/mutation.js";
import { AppError } from "../platform/errors.js";
import type { Viewer } from "../platform/viewer.js";
import { systemPolicy } from "./system.policy.js";
import { listAllPartnerships, listPartnershipAdministrators } from "./system.repository.js";

export interface SystemPartnership {
  id: string;
  slug: string;
  name: string;
  municipalityName: string;
  county: string | null;
  administrators: { name: string; email: string; invited: boolean; disabled: boolean }[];
}

const administratorOf = (row: Awaited<ReturnType<typeof listPartnershipAdministrators>>[number]) => ({
  name: row.name,
  email: row.email,
  invited: row.passwordHash === NO_PASSWORD_YET,
  disabled: row.disabledAt !== null,
});

/** Every partnership of the installation with its administrators. */
export async function listSystemPartnerships(options: {
  db: Db;
  viewer: Viewer;
}): Promise<SystemPartnership[]> {
  systemPolicy.authorize(options.viewer, "administer", undefined);
  const [rows, admins] = [
    await listAllPartnerships(options.db),
    await listPartnershipAdministrators(options.db),
  ];
  return rows.map((p) => ({
    id: p.id,
    slug: p.slug,
    name: p.name,
    municipalityName: p.municipalityName,
    county: p.county,
    administrators: admins.filter((a) => a.partnershipId === p.id).map(administratorOf),
  }));
}

/** One partnership by its slug, with its administrators. */
export async function getSystemPartnership(options: {
  db: Db;
  viewer: Viewer;
  slug: string;
}): Promise<SystemPartnership> {
  systemPolicy.authorize(options.viewer, "administer", undefined);
  const p = await findPartnershipBySlug(options.db, options.slug);
  if (!p) throw new AppError("not_found", { entity: "partnership", value: options.slug });
  const admins = await listPartnershipAdministrators(options.db, p.id);
  return {
    id: p.id,
    slug: p.slug,
    name: p.name,
    municipalityName: p.municipalityName,
    county: p.county,
    administrators: admins.map(administratorOf),
  };
}

/**
 * Invites an administrator of the partnership: a new account with the administrator role there
 * and a welcome mail with its invitation link. An address that already has an account is refused
 * (field `email`): the partnership's administrators grant roles to existing accounts.
 */
export async function inviteAdministrator(options: {
  db: Db;
  viewer: Viewer;
  mail: MailDeps;
  partnershipId: string;
  email: string;
  name: string;
}): Promise<{ id: string; link: string }> {
  systemPolicy.authorize(options.viewer, "administer", undefined);
  const partnership = await findPartnership(options.db, options.partnershipId);
  if (!partnership) throw new AppError("not_found", { entity: "partnership", value: options.partnershipId });
  const errors: FieldErrors = {};
  const { email, name } = await checkNewAccount(options.db, options, errors);
  if (Object.keys(errors).length > 0) throw invalidFields(errors);
  return mutate(options.db, actorOf(options.viewer), async (tx, audit) => {
    const created = await insertInvitedAccount(tx, audit, options.mail, {
      email,
      name,
      personId: null,
      partnershipId: partnership.id,
      partnershipName: partnership.name,
    });
    const grant = await insertGrant(
      tx,
      { accountId: created.id, partnershipId: partnership.id, role: "administrator", partyId: null },
      [],
    );
    audit({
      action: "role.granted",
      entityType: "account",
      entityId: created.id,
      partnershipId: partnership.id,
      after: grant,
    });
    return created;
  });
}

/**
 * A system administrator of the installation (the command line only: how an empty installation
 * gets its first one): a new account without a partnership and its invitation mail.
 */
export async function inviteSystemAdministrator(options: {
  db: Db;
  viewer: Viewer;
  mail: MailDeps;
  email: string;
  name: string;
}): Promise<{ id: string; link: string }> {
  systemPolicy.authorize(options.viewer, "inviteSystemAdministrator", undefined);
  const errors: FieldErrors = {};
  const { email, name } = await checkNewAccount(options.db, options, errors);
  if (Object.keys(errors).length > 0) throw invalidFields(errors);
  return mutate(options.db, actorOf(options.viewer), (tx, audit) =>
    insertInvitedAccount(tx, audit, options.mail, {
      email,
      name,
      personId: null,
      partnershipId: null,
      partnershipName: null,
      systemAdministrator: true,
    }),
  );
}
