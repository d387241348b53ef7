import { sql } from "drizzle-orm";
import { check, doublePrecision, index, integer, pgTable, text, unique, uuid } from "drizzle-orm/pg-core";
import { areas } from "../areas/areas.schema.js";
import { partnerships } from "../partnerships/partnerships.schema.js";
import { createdAt, id, updatedAt, version } from "../platform/db/columns.js";

/**
 * A survey indicator of a partnership: a question of the police's trygghetsmätning (an index 0–6,
 * lower is better) or an NTU-style share (a percentage). Created by the first import that names it.
 */
export const surveyIndicators = pgTable(
  "survey_indicators",
  {
    id: id(),
    partnershipId: uuid("partnership_id")
      .notNull()
      .references(() => partnerships.id),
    name: text("name").notNull(),
    /** `index` (0–6) or `percent` (0–100). */
    kind: text("kind").notNull(),
    description: text("description"),
    /** True when a lower value is better (always for the index; for most shares of worry too). */
    lowerIsBetter: integer("lower_is_better").notNull().default(1),
    version: version(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    check("survey_indicators_kind_check", sql`${t.kind} in ('index', 'percent')`),
    check("survey_indicators_lower_check", sql`${t.lowerIsBetter} in (0, 1)`),
    unique("survey_indicators_name_unique").on(t.partnershipId, t.name),
  ],
);

/** One published value: an indicator in an area, a year, a group (kvinnor / män / alla) and an age band. */
export const surveyValues = pgTable(
  "survey_values",
  {
    id: id(),
    indicatorId: uuid("indicator_id")
      .notNull()
      .references(() => surveyIndicators.id, { onDelete: "cascade" }),
    areaId: uuid("area_id")
      .notNull()
      .references(() => areas.id),
    year: integer("year").notNull(),
    /** `women`, `men` or `all`. */
    gender: text("gender").notNull(),
    /** "alla" or a band such as "16–24". */
    ageBand: text("age_band").notNull().default("alla"),
    value: doublePrecision("value").notNull(),
    /** The number of answers behind the value, where the source gives it. */
    respondents: integer("respondents"),
    source: text("source").notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    check("survey_values_gender_check", sql`${t.gender} in ('women', 'men', 'all')`),
    check("survey_values_year_check", sql`${t.year} between 1990 and 2100`),
    check("survey_values_respondents_check", sql`${t.respondents} is null or ${t.respondents} >= 0`),
    unique("survey_values_cell_unique").on(t.indicatorId, t.areaId, t.year, t.gender, t.ageBand),
    index("survey_values_area_idx").on(t.areaId),
  ],
);
