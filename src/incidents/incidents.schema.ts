import { sql } from "drizzle-orm";
import {
  boolean,
  check,
  doublePrecision,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  timestamp,
  unique,
  uuid,
} from "drizzle-orm/pg-core";
import { accounts } from "../accounts/accounts.schema.js";
import { areas } from "../areas/areas.schema.js";
import { parties, partnerships } from "../partnerships/partnerships.schema.js";
import { createdAt, id, updatedAt, version } from "../platform/db/columns.js";

/**
 * A partnership's incident reporting (EST): the rhythm its reporters report in and how many months
 * raw reports are kept before they are folded into weekly counts. No row: the defaults (weekly,
 * 12 months).
 */
export const incidentSettings = pgTable(
  "incident_settings",
  {
    partnershipId: uuid("partnership_id")
      .primaryKey()
      .references(() => partnerships.id),
    rhythm: text("rhythm").notNull().default("weekly"),
    retentionMonths: integer("retention_months").notNull().default(12),
    version: version(),
    updatedAt: updatedAt(),
  },
  (t) => [
    check("incident_settings_rhythm_check", sql`${t.rhythm} in ('weekly', 'biweekly')`),
    check("incident_settings_retention_check", sql`${t.retentionMonths} between 1 and 120`),
  ],
);

/**
 * A partnership's own list of incident categories, each with its sub-categories. No rows: the EST
 * default set (incident-categories.ts); the first change stores the whole list. `key` is stable
 * (reports and counts refer to it), the name may change.
 */
export const incidentCategories = pgTable(
  "incident_categories",
  {
    id: id(),
    partnershipId: uuid("partnership_id")
      .notNull()
      .references(() => partnerships.id),
    key: text("key").notNull(),
    name: text("name").notNull(),
    subcategories: text("subcategories").array().notNull().default(sql`'{}'::text[]`),
    position: integer("position").notNull(),
    active: boolean("active").notNull().default(true),
    version: version(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    unique("incident_categories_key_unique").on(t.partnershipId, t.key),
    check("incident_categories_key_check", sql`${t.key} ~ '^[a-z0-9][a-z0-9-]{0,39}$'`),
  ],
);

/**
 * One incident reported by a händelserapportör for their organisation (party): when, where (an
 * area, a place text and/or a coordinate), what (category, sub-category) and a short description.
 * Never a name: the description is checked for identity numbers, phone numbers and e-mail
 * addresses, and what the reporter confirmed despite the warning is kept in `warnings`. Deleted
 * after the partnership's retention (folded into `incident_weekly_counts` first).
 */
export const incidentReports = pgTable(
  "incident_reports",
  {
    id: id(),
    partnershipId: uuid("partnership_id")
      .notNull()
      .references(() => partnerships.id),
    reporterAccountId: uuid("reporter_account_id").references(() => accounts.id),
    partyId: uuid("party_id")
      .notNull()
      .references(() => parties.id),
    occurredAt: timestamp("occurred_at", { withTimezone: true }).notNull(),
    /** ISO week of `occurred_at` in Swedish time, e.g. 2026-W48. */
    week: text("week").notNull(),
    areaId: uuid("area_id").references(() => areas.id),
    placeText: text("place_text"),
    lon: doublePrecision("lon"),
    lat: doublePrecision("lat"),
    categoryKey: text("category_key").notNull(),
    subcategory: text("subcategory"),
    description: text("description").notNull(),
    warnings: text("warnings").array().notNull().default(sql`'{}'::text[]`),
    version: version(),
    createdAt: createdAt(),
  },
  (t) => [
    check("incident_reports_week_check", sql`${t.week} ~ '^[0-9]{4}-W[0-9]{2}$'`),
    check("incident_reports_position_check", sql`(${t.lon} is null) = (${t.lat} is null)`),
    index("incident_reports_partnership_week_idx").on(t.partnershipId, t.week),
    index("incident_reports_reporter_idx").on(t.reporterAccountId),
    index("incident_reports_occurred_idx").on(t.occurredAt),
  ],
);

/**
 * Weekly counts of raw reports removed by the retention job, per category and area (no area:
 * `area_id` null). The lägesbild and the export count these together with the raw reports.
 */
export const incidentWeeklyCounts = pgTable(
  "incident_weekly_counts",
  {
    id: id(),
    partnershipId: uuid("partnership_id")
      .notNull()
      .references(() => partnerships.id),
    week: text("week").notNull(),
    areaId: uuid("area_id").references(() => areas.id),
    categoryKey: text("category_key").notNull(),
    count: integer("count").notNull(),
    updatedAt: updatedAt(),
  },
  (t) => [
    unique("incident_weekly_counts_cell_unique")
      .on(t.partnershipId, t.week, t.areaId, t.categoryKey)
      .nullsNotDistinct(),
    check("incident_weekly_counts_count_check", sql`${t.count} > 0`),
  ],
);

/**
 * The weekly lägesbild of one ISO week: the counts compiled (by the Monday job or on demand), the
 * coordinator's assessment, and its state (draft → shared; shared ones are read by every member).
 */
export const incidentSituations = pgTable(
  "incident_situations",
  {
    id: id(),
    partnershipId: uuid("partnership_id")
      .notNull()
      .references(() => partnerships.id),
    week: text("week").notNull(),
    state: text("state").notNull().default("draft"),
    /** The compiled figures (incident-situation.ts `SituationData`). */
    data: jsonb("data").notNull(),
    compiledAt: timestamp("compiled_at", { withTimezone: true }).notNull(),
    assessment: text("assessment").notNull().default(""),
    sharedAt: timestamp("shared_at", { withTimezone: true }),
    /**
     * Set when the samordnare publishes the shared lägesbild's figures to residents (its own act,
     * `incidents.publishSituation`); null again when withdrawn. Only then does `publishing/` read it.
     */
    publishedAt: timestamp("published_at", { withTimezone: true }),
    version: version(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    unique("incident_situations_week_unique").on(t.partnershipId, t.week),
    check("incident_situations_state_check", sql`${t.state} in ('draft', 'shared')`),
    check("incident_situations_week_check", sql`${t.week} ~ '^[0-9]{4}-W[0-9]{2}$'`),
    check("incident_situations_published_check", sql`${t.publishedAt} is null or ${t.state} = 'shared'`),
  ],
);
