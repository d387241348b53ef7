/**
 * One-time links by e-mail: invitations (a new account chooses its first password) and password
 * resets. The link carries a random token; only its SHA-256 is stored. A link expires (an
 * invitation after 7 days, a reset after 1 hour), is used once, and sending and using it are
 * audited. Nobody types a password for someone else: administrators send links.
 */
import { type Clock, systemClock } from "../platform/clock.js";
import type { Config } from "../platform/config.js";
import type { Db, Tx } from "../platform/db/client.js";
import { type Audit, mutate } from "../platform/db/mutation.js";
import { AppError } from "../platform/errors.js";
import { translator } from "../platform/i18n/index.js";
import { queueMail } from "../platform/mail/queue-mail.js";
import {
  countAccountLinksSince,
  deleteSessionsOfAccount,
  expireAccountLinks,
  findAccountByEmail,
  findAccountLink,
  insertAccountLink,
  updateAccount,
  useAccountLink,
} from "./accounts.repository.js";
import { type FieldErrors, invalidFields } from "./field-errors.js";
import { hashPassword, passwordProblem } from "./password.js";
import { randomToken, sha256Hex } from "./secrets.js";
import { normalizeEmail } from "./sessions.js";

export type LinkPurpose = "invitation" | "reset";

const HOUR_MS = 60 * 60 * 1000;

/** How long a link may be used. */
export const LINK_LIFETIME_MS: Record<LinkPurpose, number> = {
  invitation: 7 * 24 * HOUR_MS,
  reset: HOUR_MS,
};

/** The page a link opens (the token follows as the last segment). */
export const LINK_PATHS: Record<LinkPurpose, string> = {
  invitation: "/inbjudan",
  reset: "/nytt-losenord",
};

/** "Glömt lösenord?": at most this many reset mails per account and hour (the answer never changes). */
export const RESETS_PER_HOUR = 3;

/**
 * The password hash of an invited account that has not chosen a password yet. It is not a hash
 * `verifyPassword` accepts, so nothing signs in with it.
 */
export const NO_PASSWORD_YET = "none:invited";

/** What sending a mail needs: the configuration (public address, mail provider) and the time. */
export interface MailDeps {
  config: Config;
  clock?: Clock;
}

const t = translator("sv");

/**
 * Inside a mutation: a new link for the account (older unused links of the same purpose end), its
 * mail in the outbox, and the audit event (never the token). Returns the link (the CLI prints it;
 * pages never show it).
 */
export async function sendAccountLink(
  tx: Tx,
  audit: Audit,
  deps: MailDeps,
  options: {
    account: { id: string; email: string; name: string };
    purpose: LinkPurpose;
    partnershipId: string | null;
    /** Where the account will work (for the invitation's text). */
    partnershipName?: string | null;
  },
): Promise<string> {
  const clock = deps.clock ?? systemClock;
  const now = clock.now();
  const { account, purpose } = options;
  await expireAccountLinks(tx, account.id, purpose, now);
  const token = randomToken();
  const expiresAt = new Date(now.getTime() + LINK_LIFETIME_MS[purpose]);
  const link = await insertAccountLink(tx, {
    accountId: account.id,
    purpose,
    tokenHash: sha256Hex(token),
    createdAt: now,
    expiresAt,
  });
  const url = `${deps.config.publicUrl}${LINK_PATHS[purpose]}/${token}`;
  const where = options.partnershipName
    ? t("accounts.mail.invitation.where", { partnership: options.partnershipName })
    : t("accounts.mail.invitation.whereSystem");
  const params = { name: account.name, url, where, email: account.email };
  await queueMail(
    tx,
    { config: deps.config, clock },
    {
      partnershipId: options.partnershipId,
      to: account.email,
      subject: t(`accounts.mail.${purpose}.subject`, params),
      text: t(`accounts.mail.${purpose}.text`, params),
      kind: `account.${purpose}`,
    },
  );
  audit({
    action: "account.link_sent",
    entityType: "account",
    entityId: account.id,
    partnershipId: options.partnershipId,
    after: { linkId: link.id, purpose, expiresAt: expiresAt.toISOString() },
  });
  return url;
}

/**
 * "Glömt lösenord?": mails a reset link when the address belongs to an enabled account and fewer
 * than RESETS_PER_HOUR were sent to it in the last hour. Answers nothing either way, so the answer
 * never tells whether the address has an account.
 */
export async function requestPasswordReset(options: {
  db: Db;
  mail: MailDeps;
  email: string;
}): Promise<void> {
  const now = (options.mail.clock ?? systemClock).now();
  const email = normalizeEmail(options.email);
  const account = email === "" ? null : await findAccountByEmail(options.db, email);
  if (!account || account.disabledAt) return;
  const recent = await countAccountLinksSince(
    options.db,
    account.id,
    "reset",
    new Date(now.getTime() - HOUR_MS),
  );
  if (recent >= RESETS_PER_HOUR) return;
  await mutate(options.db, { kind: "system", id: null, label: "glömt lösenord" }, (tx, audit) =>
    sendAccountLink(tx, audit, options.mail, { account, purpose: "reset", partnershipId: null }),
  );
}

/** A usable link: its account's name and e-mail (for the page). Anything else is "not found". */
export async function readAccountLink(options: {
  db: Db;
  token: string;
  purpose: LinkPurpose;
  now?: Date;
}): Promise<{ name: string; email: string }> {
  const found = await findUsableLink(options);
  return { name: found.account.name, email: found.account.email };
}

async function findUsableLink(options: { db: Db | Tx; token: string; purpose: LinkPurpose; now?: Date }) {
  const now = options.now ?? new Date();
  const found = await findAccountLink(options.db, sha256Hex(options.token));
  const usable =
    found !== null &&
    found.link.purpose === options.purpose &&
    found.link.usedAt === null &&
    found.link.expiresAt > now &&
    found.account.disabledAt === null;
  if (!usable || !found) throw new AppError("not_found", { entity: "account_link" });
  return found;
}

/**
 * Uses a link: the password follows the rules and is typed twice; the link is used up in the same
 * transaction that sets the password (a second use, or an expired link, is "not found"); the
 * account's sessions end; it need not change the password at sign-in.
 */
export async function redeemAccountLink(options: {
  db: Db;
  token: string;
  purpose: LinkPurpose;
  newPassword: string;
  repeatPassword: string;
  now?: Date;
}): Promise<{ email: string }> {
  const now = options.now ?? new Date();
  const found = await findUsableLink({ ...options, now });
  const errors: FieldErrors = {};
  const problem = passwordProblem(options.newPassword, found.account.email);
  if (options.newPassword === "") errors.newPassword = "required";
  else if (problem) errors.newPassword = problem;
  else if (options.repeatPassword !== options.newPassword) errors.repeatPassword = "repeat_mismatch";
  if (Object.keys(errors).length > 0) throw invalidFields(errors);
  const passwordHash = await hashPassword(options.newPassword);
  const { account, link } = found;
  await mutate(options.db, { kind: "person", id: account.id, label: account.name }, async (tx, audit) => {
    const used = await useAccountLink(tx, link.id, now);
    if (!used) throw new AppError("not_found", { entity: "account_link" });
    const updated = await updateAccount(tx, account.id, account.version, {
      passwordHash,
      mustChangePassword: false,
      passwordChangedAt: now,
    });
    if (!updated) throw new AppError("conflict", { entity: "account" });
    await expireAccountLinks(tx, account.id, link.purpose, now);
    const ended = await deleteSessionsOfAccount(tx, account.id);
    audit({
      action: "account.link_used",
      entityType: "account",
      entityId: account.id,
      before: { mustChangePassword: account.mustChangePassword, version: account.version },
      after: { linkId: link.id, purpose: link.purpose, version: updated.version, sessionsEnded: ended },
    });
  });
  return { email: account.email };
}
