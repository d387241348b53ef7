/**
 * Ending a subscription with the token of any of its links (the confirmation link or the link of
 * any update mail): the row is deleted with its sent-log, so the address is gone. The link is the
 * credential; a POST ends it at once (RFC 8058 one-click), a GET only shows a button.
 */
import { sha256Hex } from "../accounts/secrets.js";
import type { Db } from "../platform/db/client.js";
import { mutate } from "../platform/db/mutation.js";
import { SUBSCRIPTION_ACTOR } from "./subscribe.js";
import type { TargetDescription } from "./subscription-mail.js";
import { deleteSubscription, describeTarget, findSubscriptionByToken } from "./subscriptions.repository.js";

/** What the link would end, or null when it ends nothing (already ended or expired). */
export async function readUnsubscribeLink(options: {
  db: Db;
  token: string;
}): Promise<{ target: TargetDescription } | null> {
  const row = await findSubscriptionByToken(options.db, sha256Hex(options.token));
  const target = row ? await describeTarget(options.db, row) : null;
  return target ? { target } : null;
}

/** Ends the subscription; `gone` when there was none (the answer to a repeated click). */
export async function unsubscribe(options: {
  db: Db;
  token: string;
}): Promise<{ outcome: "unsubscribed"; target: TargetDescription } | { outcome: "gone" }> {
  const row = await findSubscriptionByToken(options.db, sha256Hex(options.token));
  if (!row) return { outcome: "gone" };
  const target = await describeTarget(options.db, row);
  const deleted = await mutate(options.db, SUBSCRIPTION_ACTOR, async (tx, audit) => {
    const done = await deleteSubscription(tx, row.id);
    audit({
      action: "subscription.ended",
      entityType: "subscription",
      entityId: row.id,
      partnershipId: row.partnershipId,
    });
    return done;
  });
  return deleted && target ? { outcome: "unsubscribed", target } : { outcome: "gone" };
}
