import { sql } from "drizzle-orm";
import {
  boolean,
  check,
  date,
  index,
  integer,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uuid,
} from "drizzle-orm/pg-core";
import { areas } from "../areas/areas.schema.js";
import { parties, partnerships } from "../partnerships/partnerships.schema.js";
import { createdAt, id, updatedAt, version } from "../platform/db/columns.js";
import { commitments } from "../promises/promises.schema.js";

/**
 * A dialogue the partnership held (medarbetardialog with staff, medborgardialog with residents):
 * when, where, how, who organised it, and whether the participants got feedback (återkoppling).
 * Participants are counted, never named (dialogue_participants).
 */
export const dialogues = pgTable(
  "dialogues",
  {
    id: id(),
    partnershipId: uuid("partnership_id")
      .notNull()
      .references(() => partnerships.id),
    kind: text("kind").notNull(),
    title: text("title").notNull(),
    heldOn: date("held_on", { mode: "string" }).notNull(),
    areaId: uuid("area_id")
      .notNull()
      .references(() => areas.id),
    method: text("method").notNull(),
    /** Where it was held (e.g. "Skäggetorps bibliotek"); never a person. */
    venue: text("venue"),
    /** The free-text problem statements may be shown to residents (the counts always may, suppressed). */
    public: boolean("public").notNull().default(false),
    feedbackOn: date("feedback_on", { mode: "string" }),
    feedbackHow: text("feedback_how"),
    version: version(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    check("dialogues_kind_check", sql`${t.kind} in ('staff', 'citizen')`),
    check(
      "dialogues_method_check",
      sql`${t.method} in ('meeting', 'survey', 'walk', 'door_knocking', 'digital')`,
    ),
    check(
      "dialogues_feedback_check",
      sql`(${t.feedbackOn} is null) = (${t.feedbackHow} is null) and (${t.feedbackOn} is null or ${t.feedbackOn} >= ${t.heldOn})`,
    ),
    index("dialogues_partnership_idx").on(t.partnershipId, t.heldOn),
  ],
);

/** The parties of the partnership that organised a dialogue. */
export const dialogueOrganisers = pgTable(
  "dialogue_organisers",
  {
    dialogueId: uuid("dialogue_id")
      .notNull()
      .references(() => dialogues.id, { onDelete: "cascade" }),
    partyId: uuid("party_id")
      .notNull()
      .references(() => parties.id),
  },
  (t) => [primaryKey({ columns: [t.dialogueId, t.partyId] })],
);

/** How many took part, by gender and age band (one cell each; no names). */
export const dialogueParticipants = pgTable(
  "dialogue_participants",
  {
    dialogueId: uuid("dialogue_id")
      .notNull()
      .references(() => dialogues.id, { onDelete: "cascade" }),
    gender: text("gender").notNull(),
    ageBand: text("age_band").notNull(),
    count: integer("count").notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.dialogueId, t.gender, t.ageBand] }),
    check("dialogue_participants_gender_check", sql`${t.gender} in ('women', 'men', 'other')`),
    check(
      "dialogue_participants_age_check",
      sql`${t.ageBand} in ('0-15', '16-24', '25-44', '45-64', '65+', 'unknown')`,
    ),
    check("dialogue_participants_count_check", sql`${t.count} >= 0`),
  ],
);

/** A problem raised in a dialogue: a category, a place (text), the statement, and how many raised it. */
export const dialogueFindings = pgTable(
  "dialogue_findings",
  {
    id: id(),
    dialogueId: uuid("dialogue_id")
      .notNull()
      .references(() => dialogues.id, { onDelete: "cascade" }),
    category: text("category").notNull(),
    place: text("place"),
    statement: text("statement").notNull(),
    raisedBy: integer("raised_by").notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    check(
      "dialogue_findings_category_check",
      sql`${t.category} in ('otrygghet', 'narkotika', 'skadegorelse', 'ungdomsbrott', 'trafik', 'nedskrapning', 'belysning', 'vald', 'annat')`,
    ),
    check("dialogue_findings_raised_check", sql`${t.raisedBy} >= 1`),
    index("dialogue_findings_dialogue_idx").on(t.dialogueId),
  ],
);

/** A finding behind a promise point ("varför den här punkten"). */
export const findingCommitments = pgTable(
  "finding_commitments",
  {
    findingId: uuid("finding_id")
      .notNull()
      .references(() => dialogueFindings.id, { onDelete: "cascade" }),
    commitmentId: uuid("commitment_id")
      .notNull()
      .references(() => commitments.id, { onDelete: "cascade" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.findingId, t.commitmentId] }),
    index("finding_commitments_commitment_idx").on(t.commitmentId),
  ],
);
