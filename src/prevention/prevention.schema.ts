import { sql } from "drizzle-orm";
import {
  check,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  unique,
  uuid,
} from "drizzle-orm/pg-core";
import { areas } from "../areas/areas.schema.js";
import { parties, partnerships } from "../partnerships/partnerships.schema.js";
import { reportingPeriods } from "../periods/periods.schema.js";
import { createdAt, id, updatedAt, version } from "../platform/db/columns.js";
import { commitments } from "../promises/promises.schema.js";

/** A figure the police gave for a problem, entered by hand (e.g. "Anmälda bostadsinbrott 2022": 41). */
export interface PoliceFigure {
  label: string;
  value: number;
}

/**
 * The yearly lägesbild of crime in the municipality (lag 2023:196): one per partnership and year,
 * with its summary; its problems and the åtgärdsplan's measures hang on it.
 */
export const assessments = pgTable(
  "assessments",
  {
    id: id(),
    partnershipId: uuid("partnership_id")
      .notNull()
      .references(() => partnerships.id),
    year: integer("year").notNull(),
    summary: text("summary").notNull().default(""),
    /** The åtgärdsplan's introduction (its aims, how it was made). */
    planSummary: text("plan_summary").notNull().default(""),
    version: version(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    unique("assessments_year_unique").on(t.partnershipId, t.year),
    check("assessments_year_check", sql`${t.year} between 2000 and 2100`),
  ],
);

/** A problem the lägesbild finds, with its analysis and the police's figures. */
export const assessmentProblems = pgTable(
  "assessment_problems",
  {
    id: id(),
    assessmentId: uuid("assessment_id")
      .notNull()
      .references(() => assessments.id, { onDelete: "cascade" }),
    title: text("title").notNull(),
    category: text("category").notNull(),
    areaId: uuid("area_id").references(() => areas.id),
    analysis: text("analysis").notNull().default(""),
    /** What the problem rests on (surveys, dialogues, walks, incident reports), in words. */
    evidence: text("evidence").notNull().default(""),
    policeFigures: jsonb("police_figures").$type<PoliceFigure[]>().notNull().default([]),
    position: integer("position").notNull(),
    version: version(),
    createdAt: createdAt(),
  },
  (t) => [index("assessment_problems_assessment_idx").on(t.assessmentId)],
);

/** A measure of the åtgärdsplan: who does what by when; linked to problems and promise points. */
export const actionMeasures = pgTable(
  "action_measures",
  {
    id: id(),
    assessmentId: uuid("assessment_id")
      .notNull()
      .references(() => assessments.id, { onDelete: "cascade" }),
    title: text("title").notNull(),
    description: text("description").notNull().default(""),
    responsiblePartyId: uuid("responsible_party_id").references(() => parties.id),
    dueOn: date("due_on", { mode: "string" }),
    position: integer("position").notNull(),
    version: version(),
    createdAt: createdAt(),
  },
  (t) => [index("action_measures_assessment_idx").on(t.assessmentId)],
);

export const actionMeasureProblems = pgTable(
  "action_measure_problems",
  {
    measureId: uuid("measure_id")
      .notNull()
      .references(() => actionMeasures.id, { onDelete: "cascade" }),
    problemId: uuid("problem_id")
      .notNull()
      .references(() => assessmentProblems.id, { onDelete: "cascade" }),
  },
  (t) => [
    primaryKey({ columns: [t.measureId, t.problemId] }),
    index("action_measure_problems_problem_idx").on(t.problemId),
  ],
);

export const actionMeasureCommitments = pgTable(
  "action_measure_commitments",
  {
    measureId: uuid("measure_id")
      .notNull()
      .references(() => actionMeasures.id, { onDelete: "cascade" }),
    commitmentId: uuid("commitment_id")
      .notNull()
      .references(() => commitments.id, { onDelete: "cascade" }),
  },
  (t) => [primaryKey({ columns: [t.measureId, t.commitmentId] })],
);

/**
 * A measure's follow-up in a reporting period (the same periods as the promise's points). A measure
 * that is a promise point is followed up through the point instead (see prevention.ts).
 */
export const actionMeasureFollowUps = pgTable(
  "action_measure_follow_ups",
  {
    id: id(),
    measureId: uuid("measure_id")
      .notNull()
      .references(() => actionMeasures.id, { onDelete: "cascade" }),
    periodId: uuid("period_id")
      .notNull()
      .references(() => reportingPeriods.id),
    status: text("status").notNull(),
    narrative: text("narrative").notNull().default(""),
    version: version(),
    updatedAt: updatedAt(),
    updatedBy: uuid("updated_by"),
    recordedAt: timestamp("recorded_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    unique("action_measure_follow_ups_unique").on(t.measureId, t.periodId),
    check(
      "action_measure_follow_ups_status_check",
      sql`${t.status} in ('not_started', 'in_progress', 'done', 'partly_done', 'not_done', 'not_applicable')`,
    ),
  ],
);
