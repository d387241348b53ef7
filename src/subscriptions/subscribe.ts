/**
 * Following a promise or an area: the request (rate-limited per client and per address), which
 * stores the address unconfirmed and mails a confirmation link (double opt-in). No viewer: this
 * is anonymous by design, whoever is signed in; the link in the mail is what proves the address.
 */
import { randomToken, sha256Hex } from "../accounts/secrets.js";
import { type Clock, systemClock } from "../platform/clock.js";
import type { Config } from "../platform/config.js";
import type { Db } from "../platform/db/client.js";
import { mutate } from "../platform/db/mutation.js";
import { AppError } from "../platform/errors.js";
import { queueMail } from "../platform/mail/queue-mail.js";
import { readPublicPromise } from "../publishing/public-readers.js";
import { confirmationMail, type TargetDescription } from "./subscription-mail.js";
import {
  countAttemptsSince,
  findAreaTarget,
  findSubscription,
  insertAttempt,
  insertSubscription,
  renewPendingSubscription,
} from "./subscriptions.repository.js";
import type { SubscriptionTarget } from "./subscriptions.types.js";

const HOUR_MS = 60 * 60 * 1000;
/** Subscribe requests one client may make per hour. */
export const REQUESTS_PER_CLIENT_HOUR = 20;
/** Confirmation mails one address may get per day. */
export const MAILS_PER_ADDRESS_DAY = 3;
/** How long an unconfirmed subscription (and its link) lives. */
export const CONFIRM_WITHIN_MS = 7 * 24 * HOUR_MS;
/** How long rate-limit rows are kept. */
export const ATTEMPTS_KEPT_MS = 24 * HOUR_MS;

export const SUBSCRIPTION_ACTOR = { kind: "system", id: null, label: "prenumeration" } as const;

/** The target, if it may be followed: a public promise, or an area of a partnership. */
async function resolveTarget(
  db: Db,
  target: SubscriptionTarget,
): Promise<{ partnershipId: string; description: TargetDescription }> {
  const notFound = () =>
    new AppError("not_found", {
      entity: "subscription_target",
      value: "promiseId" in target ? target.promiseId : target.areaId,
    });
  if ("promiseId" in target) {
    const promise = await readPublicPromise(db, target.promiseId).catch((error) => {
      if (error instanceof AppError && error.code === "not_found") throw notFound();
      throw error;
    });
    return { partnershipId: promise.partnershipId, description: { kind: "promise", title: promise.title } };
  }
  const area = await findAreaTarget(db, target.areaId);
  if (!area) throw notFound();
  return {
    partnershipId: area.partnershipId,
    description: { kind: "area", name: area.name, partnershipName: area.partnershipName },
  };
}

/**
 * Asks to follow `target` with `email` (already normalized by the schema). Refused with
 * `rate_limited` (429) past REQUESTS_PER_CLIENT_HOUR for the client or MAILS_PER_ADDRESS_DAY
 * confirmation mails for the address. An address that already follows the target gets no mail,
 * and the answer is the same (it tells no one who follows what).
 */
export async function subscribe(options: {
  db: Db;
  config: Config;
  clock?: Clock;
  email: string;
  target: SubscriptionTarget;
  /** The client's network address (only its hash is kept, for a day). */
  client: string;
}): Promise<{ mailed: boolean }> {
  const { db, config, email } = options;
  const clock = options.clock ?? systemClock;
  const now = clock.now();
  const clientKey = sha256Hex(`client:${options.client}`);
  const addressKey = sha256Hex(`address:${email}`);
  const hourAgo = new Date(now.getTime() - HOUR_MS);
  if ((await countAttemptsSince(db, "request", clientKey, hourAgo)) >= REQUESTS_PER_CLIENT_HOUR)
    throw new AppError("rate_limited", { entity: "subscription_client", retryAfter: 3600 });
  // Operational data (like sign-in attempts), not an audit event.
  await insertAttempt(db, "request", clientKey, now);
  const { partnershipId, description } = await resolveTarget(db, options.target);
  const existing = await findSubscription(db, email, options.target);
  if (existing?.confirmedAt) return { mailed: false };
  const dayAgo = new Date(now.getTime() - ATTEMPTS_KEPT_MS);
  if ((await countAttemptsSince(db, "mail", addressKey, dayAgo)) >= MAILS_PER_ADDRESS_DAY)
    throw new AppError("rate_limited", { entity: "subscription_address", retryAfter: 86400 });
  const token = randomToken();
  const tokenHash = sha256Hex(token);
  const expiresAt = new Date(now.getTime() + CONFIRM_WITHIN_MS);
  const mailed = await mutate(db, SUBSCRIPTION_ACTOR, async (tx, audit) => {
    let id = existing?.id;
    if (id) await renewPendingSubscription(tx, id, tokenHash, expiresAt);
    else {
      const row = await insertSubscription(tx, {
        partnershipId,
        promiseId: "promiseId" in options.target ? options.target.promiseId : null,
        areaId: "areaId" in options.target ? options.target.areaId : null,
        email,
        tokenHash,
        createdAt: now,
        expiresAt,
      });
      // A concurrent request for the same address and target mails the link; this one is done.
      if (!row) throw new AlreadyRequested();
      id = row.id;
    }
    await insertAttempt(tx, "mail", addressKey, now);
    await queueMail(
      tx,
      { config, clock },
      {
        partnershipId,
        to: email,
        kind: "subscription.confirm",
        ...confirmationMail({ publicUrl: config.publicUrl, token, target: description }),
      },
    );
    // The audit log is kept for ever: it names the subscription and its target, never the address.
    audit({
      action: "subscription.requested",
      entityType: "subscription",
      entityId: id,
      partnershipId,
      after: { target: options.target, expiresAt: expiresAt.toISOString() },
    });
    return true;
  }).catch((error) => {
    if (error instanceof AlreadyRequested) return false;
    throw error;
  });
  return { mailed };
}

/** Rolls back a request that lost the race to a concurrent one for the same address and target. */
class AlreadyRequested extends Error {}
