import { and, asc, desc, eq, gt, inArray, isNull, lt, or, sql } from "drizzle-orm";
import { partnerships, people } from "../partnerships/partnerships.schema.js";
import type { Executor } from "../platform/db/client.js";
import type { Role, RoleGrant } from "../platform/viewer.js";
import {
  accountLinks,
  accounts,
  apiTokens,
  roleGrants,
  roleGrantUnits,
  sessions,
  signInAttempts,
} from "./accounts.schema.js";

export type AccountRow = typeof accounts.$inferSelect;
export type NewAccount = typeof accounts.$inferInsert;
export type SessionRow = typeof sessions.$inferSelect;
export type ApiTokenRow = typeof apiTokens.$inferSelect;
export type RoleGrantRow = typeof roleGrants.$inferSelect;

/** A grant with its row id (for revoking) and its units. */
export interface StoredGrant extends RoleGrant {
  id: string;
  accountId: string;
}

// ── accounts ────────────────────────────────────────────────────────────────────────────────

export async function findAccountByEmail(ex: Executor, email: string): Promise<AccountRow | null> {
  const [row] = await ex.select().from(accounts).where(eq(accounts.email, email));
  return row ?? null;
}

export async function findAccount(ex: Executor, id: string): Promise<AccountRow | null> {
  const [row] = await ex.select().from(accounts).where(eq(accounts.id, id));
  return row ?? null;
}

export async function insertAccount(ex: Executor, values: NewAccount): Promise<AccountRow> {
  const [row] = await ex.insert(accounts).values(values).returning();
  return row as AccountRow;
}

/** Updates an account if it still has `version`; null when someone else changed it first. */
export async function updateAccount(
  ex: Executor,
  id: string,
  version: number,
  values: Partial<
    Pick<
      NewAccount,
      "passwordHash" | "mustChangePassword" | "passwordChangedAt" | "disabledAt" | "systemAdministrator"
    >
  >,
): Promise<AccountRow | null> {
  const [row] = await ex
    .update(accounts)
    .set({ ...values, version: sql`${accounts.version} + 1`, updatedAt: new Date() })
    .where(and(eq(accounts.id, id), eq(accounts.version, version)))
    .returning();
  return row ?? null;
}

/** Accounts holding at least one role in the partnership, by name. */
export function listAccountsInPartnership(ex: Executor, partnershipId: string): Promise<AccountRow[]> {
  return ex
    .select()
    .from(accounts)
    .where(
      inArray(
        accounts.id,
        ex
          .select({ id: roleGrants.accountId })
          .from(roleGrants)
          .where(eq(roleGrants.partnershipId, partnershipId)),
      ),
    )
    .orderBy(asc(accounts.name), asc(accounts.email));
}

/** Accounts that administer the installation, by name. */
export function listSystemAdministrators(ex: Executor): Promise<AccountRow[]> {
  return ex.select().from(accounts).where(eq(accounts.systemAdministrator, true)).orderBy(asc(accounts.name));
}

// ── one-time links (invitations, password resets) ──────────────────────────────────────────

export type AccountLinkRow = typeof accountLinks.$inferSelect;

export async function insertAccountLink(
  ex: Executor,
  values: typeof accountLinks.$inferInsert,
): Promise<AccountLinkRow> {
  const [row] = await ex.insert(accountLinks).values(values).returning();
  return row as AccountLinkRow;
}

/** A link by its token's hash, with its account (whether or not it is still usable). */
export async function findAccountLink(
  ex: Executor,
  tokenHash: string,
): Promise<{ link: AccountLinkRow; account: AccountRow } | null> {
  const [row] = await ex
    .select({ link: accountLinks, account: accounts })
    .from(accountLinks)
    .innerJoin(accounts, eq(accounts.id, accountLinks.accountId))
    .where(eq(accountLinks.tokenHash, tokenHash));
  return row ?? null;
}

/**
 * Marks a link used if it is still unused and unexpired; null otherwise. One statement, so two
 * requests with the same link cannot both use it.
 */
export async function useAccountLink(ex: Executor, id: string, now: Date): Promise<AccountLinkRow | null> {
  const [row] = await ex
    .update(accountLinks)
    .set({ usedAt: now })
    .where(and(eq(accountLinks.id, id), isNull(accountLinks.usedAt), gt(accountLinks.expiresAt, now)))
    .returning();
  return row ?? null;
}

/** Ends the account's unused links of one purpose (a new one replaces them). */
export async function expireAccountLinks(
  ex: Executor,
  accountId: string,
  purpose: string,
  now: Date,
): Promise<void> {
  await ex
    .update(accountLinks)
    .set({ expiresAt: now })
    .where(
      and(
        eq(accountLinks.accountId, accountId),
        eq(accountLinks.purpose, purpose),
        isNull(accountLinks.usedAt),
        gt(accountLinks.expiresAt, now),
      ),
    );
}

/** How many links of one purpose the account was sent since `since` (for rate limiting). */
export async function countAccountLinksSince(
  ex: Executor,
  accountId: string,
  purpose: string,
  since: Date,
): Promise<number> {
  const rows = await ex
    .select({ id: accountLinks.id })
    .from(accountLinks)
    .where(
      and(
        eq(accountLinks.accountId, accountId),
        eq(accountLinks.purpose, purpose),
        gt(accountLinks.createdAt, since),
      ),
    );
  return rows.length;
}

// ── role grants ─────────────────────────────────────────────────────────────────────────────

/** Every grant of the given accounts, with unit ids. */
export async function listGrantsOfAccounts(ex: Executor, accountIds: string[]): Promise<StoredGrant[]> {
  if (accountIds.length === 0) return [];
  const rows = await ex
    .select()
    .from(roleGrants)
    .where(inArray(roleGrants.accountId, accountIds))
    .orderBy(asc(roleGrants.createdAt), asc(roleGrants.id));
  const units =
    rows.length === 0
      ? []
      : await ex
          .select()
          .from(roleGrantUnits)
          .where(
            inArray(
              roleGrantUnits.grantId,
              rows.map((r) => r.id),
            ),
          );
  return rows.map((r) => ({
    id: r.id,
    accountId: r.accountId,
    partnershipId: r.partnershipId,
    role: r.role as Role,
    partyId: r.partyId,
    unitIds: units.filter((u) => u.grantId === r.id).map((u) => u.unitId),
  }));
}

export async function insertGrant(
  ex: Executor,
  values: { id?: string; accountId: string; partnershipId: string; role: Role; partyId: string | null },
  unitIds: string[],
): Promise<StoredGrant> {
  const [row] = await ex.insert(roleGrants).values(values).returning();
  const grant = row as RoleGrantRow;
  if (unitIds.length > 0)
    await ex.insert(roleGrantUnits).values(unitIds.map((unitId) => ({ grantId: grant.id, unitId })));
  return {
    id: grant.id,
    accountId: grant.accountId,
    partnershipId: grant.partnershipId,
    role: grant.role as Role,
    partyId: grant.partyId,
    unitIds,
  };
}

export async function deleteGrant(ex: Executor, id: string): Promise<boolean> {
  const rows = await ex.delete(roleGrants).where(eq(roleGrants.id, id)).returning({ id: roleGrants.id });
  return rows.length > 0;
}

/** The partnerships (id, slug, name) in which the account holds a role. */
export function listPartnershipsOfAccount(
  ex: Executor,
  accountId: string,
): Promise<{ id: string; slug: string; name: string }[]> {
  return ex
    .selectDistinct({ id: partnerships.id, slug: partnerships.slug, name: partnerships.name })
    .from(partnerships)
    .innerJoin(roleGrants, eq(roleGrants.partnershipId, partnerships.id))
    .where(eq(roleGrants.accountId, accountId))
    .orderBy(asc(partnerships.name));
}

// ── sessions ────────────────────────────────────────────────────────────────────────────────

export async function insertSession(ex: Executor, values: typeof sessions.$inferInsert): Promise<void> {
  await ex.insert(sessions).values(values);
}

/** A live session (not expired) of an enabled account, with that account. */
export async function findLiveSession(
  ex: Executor,
  tokenHash: string,
  now: Date,
): Promise<{ session: SessionRow; account: AccountRow } | null> {
  const [row] = await ex
    .select({ session: sessions, account: accounts })
    .from(sessions)
    .innerJoin(accounts, eq(accounts.id, sessions.accountId))
    .where(and(eq(sessions.tokenHash, tokenHash), gt(sessions.expiresAt, now), isNull(accounts.disabledAt)));
  return row ?? null;
}

export async function touchSession(
  ex: Executor,
  tokenHash: string,
  now: Date,
  expiresAt: Date,
): Promise<void> {
  await ex.update(sessions).set({ lastSeenAt: now, expiresAt }).where(eq(sessions.tokenHash, tokenHash));
}

export async function deleteSession(ex: Executor, tokenHash: string): Promise<SessionRow | null> {
  const [row] = await ex.delete(sessions).where(eq(sessions.tokenHash, tokenHash)).returning();
  return row ?? null;
}

/** Deletes the account's sessions except, optionally, one; returns how many. */
export async function deleteSessionsOfAccount(
  ex: Executor,
  accountId: string,
  except?: string,
): Promise<number> {
  const rows = await ex
    .delete(sessions)
    .where(
      except === undefined
        ? eq(sessions.accountId, accountId)
        : and(eq(sessions.accountId, accountId), sql`${sessions.tokenHash} <> ${except}`),
    )
    .returning({ tokenHash: sessions.tokenHash });
  return rows.length;
}

export async function deleteExpiredSessions(ex: Executor, now: Date): Promise<void> {
  await ex.delete(sessions).where(lt(sessions.expiresAt, now));
}

// ── API tokens ──────────────────────────────────────────────────────────────────────────────

export async function insertApiToken(
  ex: Executor,
  values: typeof apiTokens.$inferInsert,
): Promise<ApiTokenRow> {
  const [row] = await ex.insert(apiTokens).values(values).returning();
  return row as ApiTokenRow;
}

export function listApiTokensOfAccount(ex: Executor, accountId: string): Promise<ApiTokenRow[]> {
  return ex
    .select()
    .from(apiTokens)
    .where(eq(apiTokens.accountId, accountId))
    .orderBy(desc(apiTokens.createdAt), asc(apiTokens.id));
}

/** A usable token (not revoked, not expired) of an enabled account, with that account. */
export async function findLiveApiToken(
  ex: Executor,
  tokenHash: string,
  now: Date,
): Promise<{ token: ApiTokenRow; account: AccountRow } | null> {
  const [row] = await ex
    .select({ token: apiTokens, account: accounts })
    .from(apiTokens)
    .innerJoin(accounts, eq(accounts.id, apiTokens.accountId))
    .where(
      and(
        eq(apiTokens.tokenHash, tokenHash),
        isNull(apiTokens.revokedAt),
        or(isNull(apiTokens.expiresAt), gt(apiTokens.expiresAt, now)),
        isNull(accounts.disabledAt),
      ),
    );
  return row ?? null;
}

export async function markApiTokenUsed(ex: Executor, id: string, now: Date): Promise<void> {
  await ex.update(apiTokens).set({ lastUsedAt: now }).where(eq(apiTokens.id, id));
}

/** Revokes the account's token; null when there is no such unrevoked token of that account. */
export async function revokeApiToken(
  ex: Executor,
  accountId: string,
  id: string,
  now: Date,
): Promise<ApiTokenRow | null> {
  const [row] = await ex
    .update(apiTokens)
    .set({ revokedAt: now })
    .where(and(eq(apiTokens.id, id), eq(apiTokens.accountId, accountId), isNull(apiTokens.revokedAt)))
    .returning();
  return row ?? null;
}

// ── sign-in attempts ────────────────────────────────────────────────────────────────────────

export async function insertSignInAttempt(
  ex: Executor,
  values: { email: string; ipAddress: string; succeeded: boolean; attemptedAt: Date },
): Promise<void> {
  await ex.insert(signInAttempts).values(values);
}

/** Attempts from one client address since `since` (throttling is per account and client, and per address). */
export function listRecentAttemptsFrom(ex: Executor, ipAddress: string, since: Date) {
  return ex
    .select()
    .from(signInAttempts)
    .where(and(eq(signInAttempts.ipAddress, ipAddress), gt(signInAttempts.attemptedAt, since)));
}

export async function deleteAttemptsBefore(ex: Executor, before: Date): Promise<void> {
  await ex.delete(signInAttempts).where(lt(signInAttempts.attemptedAt, before));
}

// ── the partnership's people (to link an account to a person) ──────────────────────────────

export function listPeopleOfPartnership(
  ex: Executor,
  partnershipId: string,
): Promise<{ id: string; name: string; title: string | null; partyId: string }[]> {
  return ex
    .select({ id: people.id, name: people.name, title: people.title, partyId: people.partyId })
    .from(people)
    .where(eq(people.partnershipId, partnershipId))
    .orderBy(asc(people.name));
}
