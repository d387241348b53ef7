import { sql } from "drizzle-orm";
import { check, index, pgTable, text, timestamp, unique, uuid } from "drizzle-orm/pg-core";
import { areas } from "../areas/areas.schema.js";
import { partnerships } from "../partnerships/partnerships.schema.js";
import { createdAt, id } from "../platform/db/columns.js";
import { promises } from "../promises/promises.schema.js";

/**
 * A resident following a promise or an area by e-mail. Only the address, the target, the hash of
 * the link's token and times are stored (nothing else about the person). Unconfirmed rows expire
 * (`expires_at`) and a daily job deletes them; unsubscribing deletes the row.
 */
export const subscriptions = pgTable(
  "subscriptions",
  {
    id: id(),
    partnershipId: uuid("partnership_id")
      .notNull()
      .references(() => partnerships.id, { onDelete: "cascade" }),
    promiseId: uuid("promise_id").references(() => promises.id, { onDelete: "cascade" }),
    areaId: uuid("area_id").references(() => areas.id, { onDelete: "cascade" }),
    email: text("email").notNull(),
    /** SHA-256 of the confirmation link's token (the link also unsubscribes). */
    tokenHash: text("token_hash").notNull(),
    createdAt: createdAt(),
    confirmedAt: timestamp("confirmed_at", { withTimezone: true }),
    /** When an unconfirmed subscription is deleted; null once confirmed. */
    expiresAt: timestamp("expires_at", { withTimezone: true }),
  },
  (t) => [
    check("subscriptions_target_check", sql`(${t.promiseId} is null) <> (${t.areaId} is null)`),
    check("subscriptions_expiry_check", sql`(${t.confirmedAt} is null) = (${t.expiresAt} is not null)`),
    unique("subscriptions_token_unique").on(t.tokenHash),
    unique("subscriptions_promise_unique").on(t.email, t.promiseId),
    unique("subscriptions_area_unique").on(t.email, t.areaId),
    index("subscriptions_expires_idx").on(t.expiresAt),
  ],
);

/**
 * The sent-log: one row per subscription and period (`period:<id>`) or published report
 * (`report:<id>`), so each gets one mail. Each mail's unsubscribe token is stored hashed here.
 */
export const subscriptionMails = pgTable(
  "subscription_mails",
  {
    id: id(),
    subscriptionId: uuid("subscription_id")
      .notNull()
      .references(() => subscriptions.id, { onDelete: "cascade" }),
    key: text("key").notNull(),
    tokenHash: text("token_hash").notNull(),
    sentAt: timestamp("sent_at", { withTimezone: true }).notNull(),
  },
  (t) => [
    unique("subscription_mails_key_unique").on(t.subscriptionId, t.key),
    unique("subscription_mails_token_unique").on(t.tokenHash),
  ],
);

/**
 * Rate-limit counters (operational data, deleted after a day): `request` per client (SHA-256 of
 * its address), `mail` per e-mail address (SHA-256 of the address).
 */
export const subscriptionAttempts = pgTable(
  "subscription_attempts",
  {
    id: id(),
    kind: text("kind").notNull(),
    keyHash: text("key_hash").notNull(),
    at: timestamp("at", { withTimezone: true }).notNull(),
  },
  (t) => [
    check("subscription_attempts_kind_check", sql`${t.kind} in ('request', 'mail')`),
    index("subscription_attempts_key_idx").on(t.kind, t.keyHash, t.at),
  ],
);
