import { sql } from "drizzle-orm";
import { check, date, integer, pgTable, text, timestamp, unique, uuid } from "drizzle-orm/pg-core";
import { partnerships } from "../partnerships/partnerships.schema.js";
import { createdAt, id } from "../platform/db/columns.js";

/** One reporting period of a partnership (e.g. 2017-T2) with its deadline. */
export const reportingPeriods = pgTable(
  "reporting_periods",
  {
    id: id(),
    partnershipId: uuid("partnership_id")
      .notNull()
      .references(() => partnerships.id),
    scheme: text("scheme").notNull(),
    year: integer("year").notNull(),
    index: integer("index").notNull(),
    code: text("code").notNull(),
    startsOn: date("starts_on", { mode: "string" }).notNull(),
    endsOn: date("ends_on", { mode: "string" }).notNull(),
    deadline: date("deadline", { mode: "string" }).notNull(),
    /** Days before the deadline when reporters are reminded; null: the partnership's setting. */
    reminderDaysBefore: integer("reminder_days_before"),
    closedAt: timestamp("closed_at", { withTimezone: true }),
    createdAt: createdAt(),
  },
  (t) => [
    check("reporting_periods_scheme_check", sql`${t.scheme} in ('tertial', 'quarter', 'half')`),
    check(
      "reporting_periods_range_check",
      sql`${t.endsOn} >= ${t.startsOn} and ${t.deadline} >= ${t.endsOn}`,
    ),
    check(
      "reporting_periods_reminder_check",
      sql`${t.reminderDaysBefore} is null or ${t.reminderDaysBefore} between 0 and 60`,
    ),
    unique("reporting_periods_code_unique").on(t.partnershipId, t.code),
  ],
);
