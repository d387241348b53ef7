import type { Db, Executor } from "../platform/db/client.js";
import { actorOf, mutate } from "../platform/db/mutation.js";
import type { Principal, Viewer } from "../platform/viewer.js";
import {
  type AccountRow,
  deleteAttemptsBefore,
  deleteExpiredSessions,
  deleteSession,
  findAccountByEmail,
  findLiveSession,
  insertSession,
  insertSignInAttempt,
  listGrantsOfAccounts,
  listRecentAttemptsFrom,
  touchSession,
} from "./accounts.repository.js";
import { dummyPasswordHash, verifyPassword } from "./password.js";
import { randomToken, sha256Hex } from "./secrets.js";
import { passwordlessPartnershipsOf } from "./sso/sso.repository.js";
import { addressDecision, combineDecisions, pairDecision, THROTTLE_WINDOW_MS } from "./throttle.js";

/** Sessions last 12 hours after the last request (sliding). */
export const SESSION_TTL_MS = 12 * 60 * 60 * 1000;
/** A session's expiry is pushed forward at most once a minute, to spare the database writes. */
const TOUCH_INTERVAL_MS = 60 * 1000;

/** Accounts store e-mail trimmed and lower-cased. */
export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}

/** The principal of an account: who it is and every role it holds, with units. */
export async function principalOf(ex: Executor, account: AccountRow): Promise<Principal> {
  const grants = await listGrantsOfAccounts(ex, [account.id]);
  return {
    kind: "account",
    accountId: account.id,
    personId: account.personId,
    name: account.name,
    email: account.email,
    grants: grants.map(({ partnershipId, role, partyId, unitIds }) => ({
      partnershipId,
      role,
      partyId,
      unitIds,
    })),
    mustChangePassword: account.mustChangePassword,
    systemAdministrator: account.systemAdministrator,
  };
}

export type SignInResult =
  | { outcome: "signed_in"; token: string; accountId: string; mustChangePassword: boolean }
  | { outcome: "invalid" }
  | { outcome: "disabled" }
  /** A partnership of the account has switched passwords off: sign in through its provider. */
  | { outcome: "passwords_disabled"; partnerships: string[] }
  | { outcome: "throttled"; retryAt: Date };

/**
 * Signs in with e-mail and password. Throttled per e-mail+address pair with growing delays, and per
 * address, before the password is even checked (throttle.ts; never per account alone, so no one
 * can lock a staff member out by guessing at their e-mail); an unknown e-mail costs the same scrypt work as a known one and gets the same
 * answer. Only a correct password for a disabled account learns that it is disabled. A browser
 * that was signed in already (`viewer` with its `sessionToken`) leaves that session once the new
 * one is made.
 */
export async function signIn(options: {
  db: Db;
  email: string;
  password: string;
  ipAddress: string;
  userAgent?: string | null;
  viewer?: Viewer;
  sessionToken?: string | undefined;
  now?: Date;
}): Promise<SignInResult> {
  const { db } = options;
  const now = options.now ?? new Date();
  const email = normalizeEmail(options.email);
  const fromClient = await listRecentAttemptsFrom(
    db,
    options.ipAddress,
    new Date(now.getTime() - THROTTLE_WINDOW_MS),
  );
  // Per account AND client: failures for this e-mail from other clients do not slow this one.
  const decision = combineDecisions(
    pairDecision(
      fromClient.filter((a) => a.email === email),
      now,
    ),
    addressDecision(fromClient, now),
  );
  if (!decision.allowed) return { outcome: "throttled", retryAt: decision.retryAt };

  const account = await findAccountByEmail(db, email);
  const valid = await verifyPassword(options.password, account?.passwordHash ?? (await dummyPasswordHash()));
  const succeeded = valid && account !== null;
  await insertSignInAttempt(db, { email, ipAddress: options.ipAddress, succeeded, attemptedAt: now });
  if (!succeeded || !account) return { outcome: "invalid" };
  if (account.disabledAt) return { outcome: "disabled" };
  // Any partnership of the account that signs in through its provider only closes the password
  // for the account (otherwise the password would still open that partnership's workspace).
  const passwordless = await passwordlessPartnershipsOf(db, account.id);
  if (passwordless.length > 0)
    return { outcome: "passwords_disabled", partnerships: passwordless.map((p) => p.partnershipName) };

  const token = randomToken();
  await mutate(db, { kind: "person", id: account.id, label: account.name }, async (tx, audit) => {
    await deleteAttemptsBefore(tx, new Date(now.getTime() - 24 * 60 * 60 * 1000));
    await openSession(tx, { token, accountId: account.id, now, ...clientOf(options) });
    audit({
      action: "account.signed_in",
      entityType: "account",
      entityId: account.id,
      after: { ipAddress: options.ipAddress },
    });
  });
  if (options.viewer) await signOut({ db, viewer: options.viewer, token: options.sessionToken });
  return {
    outcome: "signed_in",
    token,
    accountId: account.id,
    mustChangePassword: account.mustChangePassword,
  };
}

/** Who the browser is, as a session records it (the user agent cut to 500 characters). */
export function clientOf(options: { userAgent?: string | null; ipAddress: string | null }) {
  return { userAgent: options.userAgent?.slice(0, 500) ?? null, ipAddress: options.ipAddress };
}

/**
 * Opens a session for the account in the caller's transaction (password or SSO sign-in),
 * clearing expired sessions on the way. Only the token's hash is stored.
 */
export async function openSession(
  tx: Executor,
  session: {
    token: string;
    accountId: string;
    now: Date;
    userAgent: string | null;
    ipAddress: string | null;
    providerId?: string;
  },
): Promise<void> {
  const { token, now, ...rest } = session;
  await deleteExpiredSessions(tx, now);
  await insertSession(tx, {
    ...rest,
    tokenHash: sha256Hex(token),
    csrfSecret: randomToken(),
    createdAt: now,
    lastSeenAt: now,
    expiresAt: new Date(now.getTime() + SESSION_TTL_MS),
  });
}

export interface ResolvedSession {
  principal: Principal;
  csrfSecret: string;
  tokenHash: string;
  /** True when the expiry moved forward (the cookie should be sent again). */
  extended: boolean;
}

/** The principal behind a session cookie, or null (unknown, expired, or the account is disabled). */
export async function resolveSession(options: {
  db: Db;
  token: string;
  now?: Date;
}): Promise<ResolvedSession | null> {
  const now = options.now ?? new Date();
  const tokenHash = sha256Hex(options.token);
  const found = await findLiveSession(options.db, tokenHash, now);
  if (!found) return null;
  const extended = now.getTime() - found.session.lastSeenAt.getTime() >= TOUCH_INTERVAL_MS;
  if (extended) await touchSession(options.db, tokenHash, now, new Date(now.getTime() + SESSION_TTL_MS));
  const principal = await principalOf(options.db, found.account);
  return {
    // Signed in through a provider: the account's own password is not in use, so it is not asked for.
    principal: found.session.providerId ? { ...principal, mustChangePassword: false } : principal,
    csrfSecret: found.session.csrfSecret,
    tokenHash,
    extended,
  };
}

/**
 * Ends the viewer's session (deletes it, audited). Only a live session is ended: for the public (a
 * stale cookie, or none) nothing happens. Returns the provider the session was signed in through.
 */
export async function signOut(options: {
  db: Db;
  viewer: Viewer;
  token: string | undefined;
}): Promise<{ providerId: string | null }> {
  const { viewer, token } = options;
  if (viewer.kind !== "account" || !token) return { providerId: null };
  return mutate(options.db, actorOf(viewer), async (tx, audit) => {
    const session = await deleteSession(tx, sha256Hex(token));
    audit({
      action: "account.signed_out",
      entityType: "account",
      entityId: session?.accountId ?? null,
      after: { sessionFound: session !== null },
    });
    return { providerId: session?.providerId ?? null };
  });
}
