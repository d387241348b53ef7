import { sql } from "drizzle-orm";
import {
  check,
  doublePrecision,
  index,
  integer,
  pgTable,
  text,
  timestamp,
  unique,
  uuid,
} from "drizzle-orm/pg-core";
import { people } from "../partnerships/partnerships.schema.js";
import { reportingPeriods } from "../periods/periods.schema.js";
import { createdAt, id, localized, updatedAt, version } from "../platform/db/columns.js";
import { commitments, targets } from "../promises/promises.schema.js";

/** The follow-up of one commitment for one reporting period. */
export const followUps = pgTable(
  "follow_ups",
  {
    id: id(),
    commitmentId: uuid("commitment_id")
      .notNull()
      .references(() => commitments.id),
    periodId: uuid("period_id")
      .notNull()
      .references(() => reportingPeriods.id),
    /** Null in a draft whose author has not chosen a status yet; a submitted one always has one. */
    status: text("status"),
    /** Where the follow-up is in its round: draft → submitted → approved, or returned. */
    state: text("state").notNull().default("draft"),
    narrative: localized("narrative"),
    authorId: uuid("author_id").references(() => people.id),
    submittedAt: timestamp("submitted_at", { withTimezone: true }),
    /** The account that submitted it last (four eyes: it may not approve it); no key, like the audit actor. */
    submittedByAccountId: uuid("submitted_by_account_id"),
    approvedAt: timestamp("approved_at", { withTimezone: true }),
    approvedById: uuid("approved_by_id").references(() => people.id),
    /** The coordinator's comment when the follow-up was returned to its author. */
    returnComment: text("return_comment"),
    returnedAt: timestamp("returned_at", { withTimezone: true }),
    version: version(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    check(
      "follow_ups_status_check",
      sql`${t.status} in ('not_started', 'in_progress', 'done', 'partly_done', 'not_done', 'not_applicable')`,
    ),
    check("follow_ups_status_chosen_check", sql`${t.status} is not null or ${t.state} = 'draft'`),
    check("follow_ups_state_check", sql`${t.state} in ('draft', 'submitted', 'returned', 'approved')`),
    check("follow_ups_approved_check", sql`(${t.state} = 'approved') = (${t.approvedAt} is not null)`),
    unique("follow_ups_commitment_period_unique").on(t.commitmentId, t.periodId),
    index("follow_ups_period_idx").on(t.periodId),
  ],
);

/** The measured value of one target in one follow-up. */
export const followUpMeasurements = pgTable(
  "follow_up_measurements",
  {
    id: id(),
    followUpId: uuid("follow_up_id")
      .notNull()
      .references(() => followUps.id),
    targetId: uuid("target_id")
      .notNull()
      .references(() => targets.id),
    value: doublePrecision("value").notNull(),
    createdAt: createdAt(),
  },
  (t) => [unique("follow_up_measurements_unique").on(t.followUpId, t.targetId)],
);

/** Links to documents that support a follow-up (minutes, photos, statistics). */
export const followUpLinks = pgTable(
  "follow_up_links",
  {
    id: id(),
    followUpId: uuid("follow_up_id")
      .notNull()
      .references(() => followUps.id, { onDelete: "cascade" }),
    position: integer("position").notNull(),
    url: text("url").notNull(),
    label: text("label"),
  },
  (t) => [unique("follow_up_links_position_unique").on(t.followUpId, t.position)],
);
