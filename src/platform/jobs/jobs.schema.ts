import { sql } from "drizzle-orm";
import { check, index, integer, jsonb, pgTable, text, timestamp } from "drizzle-orm/pg-core";
import { createdAt, id } from "../db/columns.js";

/**
 * Background jobs. `unique_key` makes scheduling idempotent (ON CONFLICT DO NOTHING), and claiming
 * with FOR UPDATE SKIP LOCKED makes each job run once even when several servers share PostgreSQL.
 */
export const jobs = pgTable(
  "jobs",
  {
    id: id(),
    kind: text("kind").notNull(),
    uniqueKey: text("unique_key").notNull().unique(),
    payload: jsonb("payload").notNull().default({}),
    runAt: timestamp("run_at", { withTimezone: true }).notNull(),
    state: text("state").notNull().default("pending"),
    attempts: integer("attempts").notNull().default(0),
    lockedBy: text("locked_by"),
    lockedUntil: timestamp("locked_until", { withTimezone: true }),
    finishedAt: timestamp("finished_at", { withTimezone: true }),
    lastError: text("last_error"),
    createdAt: createdAt(),
  },
  (t) => [
    check("jobs_state_check", sql`${t.state} in ('pending', 'running', 'done', 'failed')`),
    index("jobs_due_idx").on(t.state, t.runAt),
  ],
);
