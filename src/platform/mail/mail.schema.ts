import { index, jsonb, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { createdAt, id } from "../db/columns.js";

/**
 * Every e-mail the system sends. Without SMTP configured, this outbox is where mail stays, and
 * administrators read it in the workspace; with SMTP, `sent_at` records delivery.
 */
export const outbox = pgTable(
  "outbox",
  {
    id: id(),
    partnershipId: uuid("partnership_id"),
    toAddress: text("to_address").notNull(),
    subject: text("subject").notNull(),
    bodyText: text("body_text").notNull(),
    /** Why it was sent, e.g. "reminder.before_deadline". */
    kind: text("kind").notNull(),
    /** Extra headers, e.g. List-Unsubscribe (RFC 8058); null for most mail. */
    headers: jsonb("headers").$type<Record<string, string>>(),
    createdAt: createdAt(),
    sentAt: timestamp("sent_at", { withTimezone: true }),
    error: text("error"),
  },
  (t) => [index("outbox_partnership_idx").on(t.partnershipId, t.createdAt)],
);
