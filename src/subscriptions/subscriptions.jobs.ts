/**
 * The jobs of following by e-mail:
 * - `subscriptions.notify` (every hour): for each confirmed subscription, what became public
 *   after it was confirmed (results approved in a period, a report-back published) under its
 *   target, read through the publishing boundary; one mail per subscription and period (or
 *   report), deduplicated by the sent-log (`subscription_mails`, unique per subscription and key).
 * - `subscriptions.cleanup` (daily): deletes unconfirmed subscriptions past their 7 days and
 *   rate-limit rows older than a day.
 */
import { z } from "zod";
import { randomToken, sha256Hex } from "../accounts/secrets.js";
import type { Clock } from "../platform/clock.js";
import { swedishHourOn } from "../platform/clock.js";
import type { Executor } from "../platform/db/client.js";
import { IsoDateSchema } from "../platform/http/schemas.js";
import { defineJob } from "../platform/jobs/job.js";
import { scheduleJob } from "../platform/jobs/schedule-job.js";
import { queueMail } from "../platform/mail/queue-mail.js";
import { type PublicUpdate, readPublicUpdatesSince } from "../publishing/public-updates.js";
import { ATTEMPTS_KEPT_MS } from "./subscribe.js";
import { type TargetDescription, updateMail } from "./subscription-mail.js";
import {
  deleteExpired,
  insertSentMail,
  listAreaNames,
  listConfirmedSubscriptions,
  listSentKeys,
  type SubscriptionRow,
} from "./subscriptions.repository.js";

/** Updates older than this are not mailed (a scan that was down for a month does not flood). */
const LOOKBACK_MS = 31 * 24 * 60 * 60 * 1000;

/** The sent-log's key of an update: one mail per period, one per published report. */
export function updateKey(update: PublicUpdate): string {
  return update.kind === "period" ? `period:${update.periodId}` : `report:${update.reportId}`;
}

function concerns(subscription: SubscriptionRow, update: PublicUpdate): boolean {
  if (!subscription.confirmedAt || update.at.getTime() <= subscription.confirmedAt.getTime()) return false;
  return subscription.promiseId
    ? update.promiseId === subscription.promiseId
    : subscription.areaId !== null && update.areaIds.includes(subscription.areaId);
}

export const notifySubscribersJob = defineJob({
  kind: "subscriptions.notify",
  payload: z.object({ hour: z.string().max(40) }),
  async handle({ tx, deps, audit }) {
    const since = new Date(deps.clock.now().getTime() - LOOKBACK_MS);
    const updates = await readPublicUpdatesSince(tx, since);
    if (updates.length === 0) return;
    const subscriptions = await listConfirmedSubscriptions(tx);
    if (subscriptions.length === 0) return;
    const [sent, areaNames] = await Promise.all([
      listSentKeys(tx, [...new Set(updates.map(updateKey))]),
      listAreaNames(tx),
    ]);
    let mails = 0;
    for (const subscription of subscriptions) {
      const byKey = new Map<string, PublicUpdate[]>();
      for (const update of updates) {
        if (!concerns(subscription, update)) continue;
        const key = updateKey(update);
        if (sent.has(`${subscription.id}|${key}`)) continue;
        byKey.set(key, [...(byKey.get(key) ?? []), update]);
      }
      for (const [key, group] of byKey) {
        const first = group[0] as PublicUpdate;
        const area = subscription.areaId ? areaNames.get(subscription.areaId) : undefined;
        const target: TargetDescription = area
          ? { kind: "area", name: area.name, partnershipName: area.partnershipName }
          : { kind: "promise", title: first.promiseTitle };
        const token = randomToken();
        const now = deps.clock.now();
        if (
          !(await insertSentMail(tx, {
            subscriptionId: subscription.id,
            key,
            tokenHash: sha256Hex(token),
            sentAt: now,
          }))
        )
          continue;
        const mail = updateMail({
          publicUrl: deps.config.publicUrl,
          from: deps.config.mail.from,
          token,
          target,
          updates: group,
        });
        await queueMail(tx, deps, {
          partnershipId: subscription.partnershipId,
          to: subscription.email,
          kind: "subscription.update",
          ...mail,
        });
        mails++;
      }
    }
    if (mails > 0)
      audit({
        action: "subscriptions.notified",
        entityType: "subscription",
        entityId: null,
        partnershipId: null,
        after: { mails },
      });
  },
});

export const cleanupSubscriptionsJob = defineJob({
  kind: "subscriptions.cleanup",
  payload: z.object({ date: IsoDateSchema }),
  async handle({ tx, deps, audit }) {
    const now = deps.clock.now();
    const deleted = await deleteExpired(tx, now, new Date(now.getTime() - ATTEMPTS_KEPT_MS));
    if (deleted.subscriptions > 0)
      audit({
        action: "subscriptions.expired_deleted",
        entityType: "subscription",
        entityId: null,
        partnershipId: null,
        after: { subscriptions: deleted.subscriptions },
      });
  },
});

/** The hour (Swedish time) of the daily clean-up. */
export const CLEANUP_HOUR = 3;

/**
 * Called by every scheduler tick: this hour's notify scan (one per hour, so a result approved now
 * is mailed within the hour) and today's clean-up (idempotent by key).
 */
export async function scheduleSubscriptionJobs(ex: Executor, clock: Clock): Promise<void> {
  const now = clock.now();
  const hour = now.toISOString().slice(0, 13);
  await scheduleJob(ex, {
    job: notifySubscribersJob,
    uniqueKey: `subscriptions:notify:${hour}`,
    runAt: now,
    payload: { hour },
  });
  const today = clock.today();
  await scheduleJob(ex, {
    job: cleanupSubscriptionsJob,
    uniqueKey: `subscriptions:cleanup:${today}`,
    runAt: swedishHourOn(today, CLEANUP_HOUR),
    payload: { date: today },
  });
}
