/** The only SQL of following a promise or an area by e-mail. */
import { and, count, eq, gt, inArray, isNotNull, isNull, lt, sql } from "drizzle-orm";
import { areas } from "../areas/areas.schema.js";
import { partnerships } from "../partnerships/partnerships.schema.js";
import type { Executor } from "../platform/db/client.js";
import { queryRows } from "../platform/db/rows.js";
import type { LocalizedText } from "../platform/i18n/localized-text.js";
import { promises } from "../promises/promises.schema.js";
import { subscriptionAttempts, subscriptionMails, subscriptions } from "./subscriptions.schema.js";

export type SubscriptionRow = typeof subscriptions.$inferSelect;

export async function findPartnershipBySlug(
  ex: Executor,
  slug: string,
): Promise<{ id: string; name: string; slug: string } | null> {
  const [row] = await ex
    .select({ id: partnerships.id, name: partnerships.name, slug: partnerships.slug })
    .from(partnerships)
    .where(eq(partnerships.slug, slug));
  return row ?? null;
}

/** An area with its partnership (areas are public facts). */
export async function findAreaTarget(
  ex: Executor,
  areaId: string,
): Promise<{ partnershipId: string; name: string; partnershipName: string } | null> {
  const [row] = await ex
    .select({ partnershipId: areas.partnershipId, name: areas.name, partnershipName: partnerships.name })
    .from(areas)
    .innerJoin(partnerships, eq(partnerships.id, areas.partnershipId))
    .where(eq(areas.id, areaId));
  return row ?? null;
}

/** Area names by id (for mails to an area's followers). */
export async function listAreaNames(
  ex: Executor,
): Promise<Map<string, { name: string; partnershipName: string }>> {
  const rows = await ex
    .select({ id: areas.id, name: areas.name, partnershipName: partnerships.name })
    .from(areas)
    .innerJoin(partnerships, eq(partnerships.id, areas.partnershipId));
  return new Map(rows.map((r) => [r.id, { name: r.name, partnershipName: r.partnershipName }]));
}

export async function countAttemptsSince(
  ex: Executor,
  kind: "request" | "mail",
  keyHash: string,
  since: Date,
): Promise<number> {
  const [row] = await ex
    .select({ n: count() })
    .from(subscriptionAttempts)
    .where(
      and(
        eq(subscriptionAttempts.kind, kind),
        eq(subscriptionAttempts.keyHash, keyHash),
        gt(subscriptionAttempts.at, since),
      ),
    );
  return row?.n ?? 0;
}

export async function insertAttempt(
  ex: Executor,
  kind: "request" | "mail",
  keyHash: string,
  at: Date,
): Promise<void> {
  await ex.insert(subscriptionAttempts).values({ kind, keyHash, at });
}

export async function findSubscription(
  ex: Executor,
  email: string,
  target: { promiseId: string } | { areaId: string },
): Promise<SubscriptionRow | null> {
  const [row] = await ex
    .select()
    .from(subscriptions)
    .where(
      and(
        eq(subscriptions.email, email),
        "promiseId" in target
          ? eq(subscriptions.promiseId, target.promiseId)
          : eq(subscriptions.areaId, target.areaId),
      ),
    );
  return row ?? null;
}

export async function insertSubscription(
  ex: Executor,
  values: typeof subscriptions.$inferInsert,
): Promise<SubscriptionRow | null> {
  // A double-clicked form: the other request inserted the same address and target first.
  const [row] = await ex.insert(subscriptions).values(values).onConflictDoNothing().returning();
  return row ?? null;
}

/** A new link for an unconfirmed subscription (the old one stops working). */
export async function renewPendingSubscription(
  ex: Executor,
  id: string,
  tokenHash: string,
  expiresAt: Date,
): Promise<void> {
  await ex
    .update(subscriptions)
    .set({ tokenHash, expiresAt })
    .where(and(eq(subscriptions.id, id), isNull(subscriptions.confirmedAt)));
}

/** The subscription a link's token belongs to: its own (confirmation) token or one of its mails'. */
export async function findSubscriptionByToken(
  ex: Executor,
  tokenHash: string,
): Promise<SubscriptionRow | null> {
  const [own] = await ex.select().from(subscriptions).where(eq(subscriptions.tokenHash, tokenHash));
  if (own) return own;
  const [viaMail] = await ex
    .select({ subscription: subscriptions })
    .from(subscriptionMails)
    .innerJoin(subscriptions, eq(subscriptions.id, subscriptionMails.subscriptionId))
    .where(eq(subscriptionMails.tokenHash, tokenHash));
  return viaMail?.subscription ?? null;
}

export async function markConfirmed(ex: Executor, id: string, at: Date): Promise<void> {
  await ex
    .update(subscriptions)
    .set({ confirmedAt: at, expiresAt: null })
    .where(and(eq(subscriptions.id, id), isNull(subscriptions.confirmedAt)));
}

export async function deleteSubscription(ex: Executor, id: string): Promise<boolean> {
  const rows = await ex
    .delete(subscriptions)
    .where(eq(subscriptions.id, id))
    .returning({ id: subscriptions.id });
  return rows.length > 0;
}

/** What a subscription follows, named (for its pages and mails). */
export async function describeTarget(
  ex: Executor,
  row: Pick<SubscriptionRow, "promiseId" | "areaId">,
): Promise<
  { kind: "promise"; title: LocalizedText } | { kind: "area"; name: string; partnershipName: string } | null
> {
  if (row.promiseId) {
    const [p] = await ex
      .select({ title: promises.title })
      .from(promises)
      .where(eq(promises.id, row.promiseId));
    return p ? { kind: "promise", title: p.title } : null;
  }
  const area = row.areaId ? await findAreaTarget(ex, row.areaId) : null;
  return area ? { kind: "area", name: area.name, partnershipName: area.partnershipName } : null;
}

export function listConfirmedSubscriptions(ex: Executor): Promise<SubscriptionRow[]> {
  return ex
    .select()
    .from(subscriptions)
    .where(isNotNull(subscriptions.confirmedAt))
    .orderBy(subscriptions.createdAt, subscriptions.id);
}

/** `subscriptionId|key` of the mails sent for these keys. */
export async function listSentKeys(ex: Executor, keys: string[]): Promise<Set<string>> {
  if (keys.length === 0) return new Set();
  const rows = await ex
    .select({ subscriptionId: subscriptionMails.subscriptionId, key: subscriptionMails.key })
    .from(subscriptionMails)
    .where(inArray(subscriptionMails.key, keys));
  return new Set(rows.map((r) => `${r.subscriptionId}|${r.key}`));
}

/** Records one mail of the sent-log; false when that subscription already had it (another runner). */
export async function insertSentMail(
  ex: Executor,
  values: typeof subscriptionMails.$inferInsert,
): Promise<boolean> {
  const rows = await ex
    .insert(subscriptionMails)
    .values(values)
    .onConflictDoNothing()
    .returning({ id: subscriptionMails.id });
  return rows.length > 0;
}

/** Deletes unconfirmed subscriptions past their expiry, and rate-limit rows older than `attemptsBefore`. */
export async function deleteExpired(
  ex: Executor,
  now: Date,
  attemptsBefore: Date,
): Promise<{ subscriptions: number; attempts: number }> {
  const gone = await ex
    .delete(subscriptions)
    .where(and(isNull(subscriptions.confirmedAt), lt(subscriptions.expiresAt, now)))
    .returning({ id: subscriptions.id });
  const attempts = await ex
    .delete(subscriptionAttempts)
    .where(lt(subscriptionAttempts.at, attemptsBefore))
    .returning({ id: subscriptionAttempts.id });
  return { subscriptions: gone.length, attempts: attempts.length };
}

/** The number of subscriptions (for tests and operations; never listed by address). */
export async function countSubscriptions(ex: Executor): Promise<number> {
  const [row] = await queryRows<{ n: number }>(ex, sql`select count(*)::int as n from subscriptions`);
  return row?.n ?? 0;
}
