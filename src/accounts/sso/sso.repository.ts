import { and, asc, eq, inArray, isNull, lt, or, sql } from "drizzle-orm";
import { partnerships } from "../../partnerships/partnerships.schema.js";
import type { Executor } from "../../platform/db/client.js";
import {
  accountIdentities,
  oidcSignInRequests,
  partnershipSignInSettings,
  roleGrants,
  signInProviders,
} from "../accounts.schema.js";

export type ProviderRow = typeof signInProviders.$inferSelect;
export type NewProvider = typeof signInProviders.$inferInsert;
export type SignInRequestRow = typeof oidcSignInRequests.$inferSelect;
export type SignInSettingsRow = typeof partnershipSignInSettings.$inferSelect;

// ── providers ───────────────────────────────────────────────────────────────────────────────

export async function findProvider(ex: Executor, id: string): Promise<ProviderRow | null> {
  const [row] = await ex.select().from(signInProviders).where(eq(signInProviders.id, id));
  return row ?? null;
}

/** Every enabled provider (the sign-in page's buttons), installation-wide ones first, by name. */
export function listEnabledProviders(ex: Executor): Promise<ProviderRow[]> {
  return ex
    .select()
    .from(signInProviders)
    .where(eq(signInProviders.enabled, true))
    .orderBy(sql`${signInProviders.partnershipId} is not null`, asc(signInProviders.name));
}

/** The partnership's own providers and the installation's (partnership null). */
export function listProvidersFor(ex: Executor, partnershipId: string): Promise<ProviderRow[]> {
  return ex
    .select()
    .from(signInProviders)
    .where(or(eq(signInProviders.partnershipId, partnershipId), isNull(signInProviders.partnershipId)))
    .orderBy(sql`${signInProviders.partnershipId} is not null`, asc(signInProviders.name));
}

/** Every provider (the command line's list). */
export function listAllProviders(ex: Executor): Promise<ProviderRow[]> {
  return ex.select().from(signInProviders).orderBy(asc(signInProviders.name));
}

export async function insertProvider(ex: Executor, values: NewProvider): Promise<ProviderRow> {
  const [row] = await ex.insert(signInProviders).values(values).returning();
  return row as ProviderRow;
}

/** Updates a provider if it still has `version`; null when someone else changed it first. */
export async function updateProvider(
  ex: Executor,
  id: string,
  version: number,
  values: Partial<Omit<NewProvider, "id" | "version" | "createdAt" | "updatedAt">>,
): Promise<ProviderRow | null> {
  const [row] = await ex
    .update(signInProviders)
    .set({ ...values, version: sql`${signInProviders.version} + 1`, updatedAt: new Date() })
    .where(and(eq(signInProviders.id, id), eq(signInProviders.version, version)))
    .returning();
  return row ?? null;
}

// ── identities ──────────────────────────────────────────────────────────────────────────────

export async function findIdentity(
  ex: Executor,
  providerId: string,
  subject: string,
): Promise<{ accountId: string } | null> {
  const [row] = await ex
    .select({ accountId: accountIdentities.accountId })
    .from(accountIdentities)
    .where(and(eq(accountIdentities.providerId, providerId), eq(accountIdentities.subject, subject)));
  return row ?? null;
}

export async function insertIdentity(
  ex: Executor,
  values: { providerId: string; subject: string; accountId: string; at: Date },
): Promise<void> {
  await ex.insert(accountIdentities).values({
    providerId: values.providerId,
    subject: values.subject,
    accountId: values.accountId,
    createdAt: values.at,
    lastSignInAt: values.at,
  });
}

export async function touchIdentity(
  ex: Executor,
  providerId: string,
  subject: string,
  at: Date,
): Promise<void> {
  await ex
    .update(accountIdentities)
    .set({ lastSignInAt: at })
    .where(and(eq(accountIdentities.providerId, providerId), eq(accountIdentities.subject, subject)));
}

/**
 * True when someone holding a role in the partnership has signed in through one of the given
 * providers: the provider works for this partnership.
 */
export async function providerHasWorkedFor(
  ex: Executor,
  partnershipId: string,
  providerIds: string[],
): Promise<boolean> {
  if (providerIds.length === 0) return false;
  const [row] = await ex
    .select({ n: sql<number>`count(*)::int` })
    .from(accountIdentities)
    .innerJoin(roleGrants, eq(roleGrants.accountId, accountIdentities.accountId))
    .where(
      and(inArray(accountIdentities.providerId, providerIds), eq(roleGrants.partnershipId, partnershipId)),
    );
  return (row?.n ?? 0) > 0;
}

// ── pending sign-ins ────────────────────────────────────────────────────────────────────────

export async function insertSignInRequest(ex: Executor, values: typeof oidcSignInRequests.$inferInsert) {
  await ex.delete(oidcSignInRequests).where(lt(oidcSignInRequests.expiresAt, values.createdAt ?? new Date()));
  await ex.insert(oidcSignInRequests).values(values);
}

/** Takes the pending sign-in (deletes it: each is used once); null when unknown or expired. */
export async function takeSignInRequest(
  ex: Executor,
  tokenHash: string,
  now: Date,
): Promise<SignInRequestRow | null> {
  const [row] = await ex
    .delete(oidcSignInRequests)
    .where(eq(oidcSignInRequests.tokenHash, tokenHash))
    .returning();
  if (!row || row.expiresAt.getTime() <= now.getTime()) return null;
  return row;
}

// ── partnership settings ────────────────────────────────────────────────────────────────────

export async function findSignInSettings(
  ex: Executor,
  partnershipId: string,
): Promise<SignInSettingsRow | null> {
  const [row] = await ex
    .select()
    .from(partnershipSignInSettings)
    .where(eq(partnershipSignInSettings.partnershipId, partnershipId));
  return row ?? null;
}

/** Inserts (expected version 0) or updates (expected the stored version) the settings; null on a stale version. */
export async function saveSignInSettings(
  ex: Executor,
  partnershipId: string,
  expectedVersion: number,
  passwordsDisabled: boolean,
): Promise<SignInSettingsRow | null> {
  if (expectedVersion === 0) {
    const [row] = await ex
      .insert(partnershipSignInSettings)
      .values({ partnershipId, passwordsDisabled })
      .onConflictDoNothing()
      .returning();
    return row ?? null;
  }
  const [row] = await ex
    .update(partnershipSignInSettings)
    .set({ passwordsDisabled, version: sql`${partnershipSignInSettings.version} + 1`, updatedAt: new Date() })
    .where(
      and(
        eq(partnershipSignInSettings.partnershipId, partnershipId),
        eq(partnershipSignInSettings.version, expectedVersion),
      ),
    )
    .returning();
  return row ?? null;
}

/**
 * The partnerships among the account's that have switched passwords off, with their enabled
 * providers' names (what the sign-in page tells the person to use instead).
 */
export async function passwordlessPartnershipsOf(
  ex: Executor,
  accountId: string,
): Promise<{ partnershipId: string; partnershipName: string }[]> {
  return ex
    .selectDistinct({ partnershipId: partnerships.id, partnershipName: partnerships.name })
    .from(roleGrants)
    .innerJoin(partnerships, eq(partnerships.id, roleGrants.partnershipId))
    .innerJoin(
      partnershipSignInSettings,
      eq(partnershipSignInSettings.partnershipId, roleGrants.partnershipId),
    )
    .where(and(eq(roleGrants.accountId, accountId), eq(partnershipSignInSettings.passwordsDisabled, true)));
}
