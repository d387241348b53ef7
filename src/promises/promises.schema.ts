import { sql } from "drizzle-orm";
import {
  type AnyPgColumn,
  check,
  date,
  doublePrecision,
  index,
  integer,
  pgTable,
  primaryKey,
  text,
  unique,
  uuid,
} from "drizzle-orm/pg-core";
import { agreements } from "../agreements/agreements.schema.js";
import { areas } from "../areas/areas.schema.js";
import { councilGoals } from "../goals/goals.schema.js";
import { parties, partnerships, units } from "../partnerships/partnerships.schema.js";
import { createdAt, id, localized, updatedAt, version } from "../platform/db/columns.js";

/** A medborgarlöfte: the public promise to the residents of one or more areas for one or more years. */
export const promises = pgTable(
  "promises",
  {
    id: id(),
    partnershipId: uuid("partnership_id")
      .notNull()
      .references(() => partnerships.id),
    agreementId: uuid("agreement_id").references(() => agreements.id),
    /** Human-readable reference used in URLs and by the CLI, e.g. "skaggetorp-2017". */
    ref: text("ref").notNull(),
    title: localized("title").notNull(),
    fromYear: integer("from_year").notNull(),
    toYear: integer("to_year").notNull(),
    /** First and last day the promise runs (null: the whole of fromYear / toYear). */
    startsOn: date("starts_on", { mode: "string" }),
    endsOn: date("ends_on", { mode: "string" }),
    status: text("status").notNull().default("draft"),
    signedOn: date("signed_on", { mode: "string" }),
    background: localized("background"),
    /** How the promise was made: dialogues, situation picture, method. */
    howMade: localized("how_made"),
    version: version(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    check(
      "promises_status_check",
      sql`${t.status} in ('draft', 'in_consultation', 'signed', 'published', 'following_up', 'reported_back', 'closed')`,
    ),
    check("promises_years_check", sql`${t.toYear} >= ${t.fromYear} and ${t.fromYear} between 2000 and 2100`),
    check("promises_ref_check", sql`${t.ref} ~ '^[a-z0-9][a-z0-9-]{0,79}$'`),
    check(
      "promises_span_check",
      sql`${t.endsOn} is null or ${t.startsOn} is null or ${t.endsOn} >= ${t.startsOn}`,
    ),
    /** A reference is unique within its partnership; another municipality may use the same one. */
    unique("promises_partnership_ref_unique").on(t.partnershipId, t.ref),
    // A partnership's promises newest first: the national overview walks partnerships by name and
    // reads each one's promises in this order (ARCHITECTURE: the national overview).
    index("promises_partnership_year_idx").on(t.partnershipId, t.fromYear.desc().nullsFirst(), t.ref),
    // The API's list, newest first and paged by a cursor (from_year, ref, id): an index scan that
    // starts at the cursor and stops after `limit` rows instead of sorting every promise.
    index("promises_list_idx").on(t.fromYear.desc().nullsFirst(), t.ref, t.id),
  ],
);

export const promiseAreas = pgTable(
  "promise_areas",
  {
    promiseId: uuid("promise_id")
      .notNull()
      .references(() => promises.id),
    areaId: uuid("area_id")
      .notNull()
      .references(() => areas.id),
  },
  (t) => [primaryKey({ columns: [t.promiseId, t.areaId] })],
);

/** The parties that make the promise. */
export const promiseParties = pgTable(
  "promise_parties",
  {
    promiseId: uuid("promise_id")
      .notNull()
      .references(() => promises.id),
    partyId: uuid("party_id")
      .notNull()
      .references(() => parties.id),
  },
  (t) => [primaryKey({ columns: [t.promiseId, t.partyId] })],
);

/** One numbered point (löftespunkt) of a promise. */
export const commitments = pgTable(
  "commitments",
  {
    id: id(),
    promiseId: uuid("promise_id")
      .notNull()
      .references(() => promises.id),
    /** Stable id for spreadsheet round trips, unique within the promise. */
    externalId: text("external_id").notNull(),
    number: integer("number").notNull(),
    text: localized("text").notNull(),
    responsibleKind: text("responsible_kind").notNull(),
    /** Weight in the progress roll-up (default 1). */
    weight: doublePrecision("weight").notNull().default(1),
    carriedFromId: uuid("carried_from_id").references((): AnyPgColumn => commitments.id),
    /** Decision at the end of the promise: carry into the next promise, or close. */
    carryOver: text("carry_over"),
    carryOverReason: localized("carry_over_reason"),
    version: version(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    check(
      "commitments_kind_check",
      sql`${t.responsibleKind} in ('joint', 'municipality', 'police', 'other')`,
    ),
    check(
      "commitments_carry_over_check",
      sql`${t.carryOver} is null or ${t.carryOver} in ('carry', 'close')`,
    ),
    check("commitments_weight_check", sql`${t.weight} > 0`),
    check("commitments_number_check", sql`${t.number} > 0`),
    unique("commitments_number_unique").on(t.promiseId, t.number),
    unique("commitments_external_id_unique").on(t.promiseId, t.externalId),
    index("commitments_carried_from_idx").on(t.carriedFromId),
  ],
);

/**
 * The parties of a commitment: `responsible` parties own it (and will report on it);
 * `contributor` parties are the other actors the text names.
 */
export const commitmentParties = pgTable(
  "commitment_parties",
  {
    commitmentId: uuid("commitment_id")
      .notNull()
      .references(() => commitments.id),
    partyId: uuid("party_id")
      .notNull()
      .references(() => parties.id),
    role: text("role").notNull().default("responsible"),
  },
  (t) => [
    primaryKey({ columns: [t.commitmentId, t.partyId] }),
    check("commitment_parties_role_check", sql`${t.role} in ('responsible', 'contributor')`),
  ],
);

/** The units responsible for a commitment. */
export const commitmentUnits = pgTable(
  "commitment_units",
  {
    commitmentId: uuid("commitment_id")
      .notNull()
      .references(() => commitments.id),
    unitId: uuid("unit_id")
      .notNull()
      .references(() => units.id),
  },
  (t) => [primaryKey({ columns: [t.commitmentId, t.unitId] })],
);

export const commitmentGoals = pgTable(
  "commitment_goals",
  {
    commitmentId: uuid("commitment_id")
      .notNull()
      .references(() => commitments.id),
    goalId: uuid("goal_id")
      .notNull()
      .references(() => councilGoals.id),
  },
  (t) => [primaryKey({ columns: [t.commitmentId, t.goalId] })],
);

/** A measurable target of a commitment: "at least 4 safety walks". */
export const targets = pgTable(
  "targets",
  {
    id: id(),
    commitmentId: uuid("commitment_id")
      .notNull()
      .references(() => commitments.id),
    position: integer("position").notNull(),
    description: localized("description").notNull(),
    /** Unit of measure as shown to readers, e.g. "st", "%". */
    unit: text("unit").notNull(),
    /** The value aimed at; null: a measure the point records without a target ("no target", never 0). */
    targetValue: doublePrecision("target_value"),
    direction: text("direction").notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    check("targets_direction_check", sql`${t.direction} in ('at_least', 'at_most', 'exactly')`),
    unique("targets_position_unique").on(t.commitmentId, t.position),
  ],
);
