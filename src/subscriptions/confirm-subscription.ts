/**
 * The link in the confirmation mail: opening it (GET) only shows what would be confirmed; the
 * button (POST) confirms. Mail scanners that fetch links therefore confirm nothing.
 */
import { sha256Hex } from "../accounts/secrets.js";
import { type Clock, systemClock } from "../platform/clock.js";
import type { Db } from "../platform/db/client.js";
import { mutate } from "../platform/db/mutation.js";
import { AppError } from "../platform/errors.js";
import { SUBSCRIPTION_ACTOR } from "./subscribe.js";
import type { TargetDescription } from "./subscription-mail.js";
import { describeTarget, findSubscriptionByToken, markConfirmed } from "./subscriptions.repository.js";

const notFound = () => new AppError("not_found", { entity: "subscription" });

/** The subscription of a confirmation link still in force; otherwise `not_found`. */
export async function readSubscriptionLink(options: { db: Db; token: string; clock?: Clock }): Promise<{
  id: string;
  email: string;
  confirmed: boolean;
  target: TargetDescription;
  partnershipId: string;
}> {
  const now = (options.clock ?? systemClock).now();
  const row = await findSubscriptionByToken(options.db, sha256Hex(options.token));
  if (!row || (!row.confirmedAt && row.expiresAt && row.expiresAt.getTime() <= now.getTime()))
    throw notFound();
  const target = await describeTarget(options.db, row);
  if (!target) throw notFound();
  return {
    id: row.id,
    email: row.email,
    confirmed: row.confirmedAt !== null,
    target,
    partnershipId: row.partnershipId,
  };
}

/** Confirms the subscription of the link (again: nothing changes). */
export async function confirmSubscription(options: {
  db: Db;
  token: string;
  clock?: Clock;
}): Promise<{ target: TargetDescription }> {
  const link = await readSubscriptionLink(options);
  if (!link.confirmed) {
    const now = (options.clock ?? systemClock).now();
    await mutate(options.db, SUBSCRIPTION_ACTOR, async (tx, audit) => {
      await markConfirmed(tx, link.id, now);
      audit({
        action: "subscription.confirmed",
        entityType: "subscription",
        entityId: link.id,
        partnershipId: link.partnershipId,
      });
    });
  }
  return { target: link.target };
}
