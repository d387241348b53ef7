import { sql } from "drizzle-orm";
import { check, index, integer, pgTable, text, unique, uuid } from "drizzle-orm/pg-core";
import { partnerships } from "../partnerships/partnerships.schema.js";
import { createdAt, id, localized } from "../platform/db/columns.js";

/** A numbered set of council goals for a period, e.g. the overarching goals 2015–2018. */
export const councilGoalSets = pgTable(
  "council_goal_sets",
  {
    id: id(),
    partnershipId: uuid("partnership_id")
      .notNull()
      .references(() => partnerships.id),
    /** The body that set the goals, e.g. "kommunfullmäktige". */
    body: text("body").notNull(),
    name: localized("name").notNull(),
    fromYear: integer("from_year").notNull(),
    toYear: integer("to_year").notNull(),
    createdAt: createdAt(),
  },
  (t) => [check("council_goal_sets_years_check", sql`${t.toYear} >= ${t.fromYear}`)],
);

export const councilGoals = pgTable(
  "council_goals",
  {
    id: id(),
    setId: uuid("set_id")
      .notNull()
      .references(() => councilGoalSets.id),
    number: integer("number").notNull(),
    text: localized("text").notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    unique("council_goals_number_unique").on(t.setId, t.number),
    index("council_goals_set_idx").on(t.setId),
  ],
);
