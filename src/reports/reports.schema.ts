import { sql } from "drizzle-orm";
import {
  type AnyPgColumn,
  check,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  timestamp,
  unique,
  uuid,
} from "drizzle-orm/pg-core";
import { partnerships } from "../partnerships/partnerships.schema.js";
import { createdAt, id, localized, updatedAt, version } from "../platform/db/columns.js";
import { promises } from "../promises/promises.schema.js";

/**
 * The report-back (återrapportering): a memo (tjänsteskrivelse) to the municipal board.
 * `edition` counts corrections: a decided report is never changed, a new edition is made.
 */
export const reportBacks = pgTable(
  "report_backs",
  {
    id: id(),
    promiseId: uuid("promise_id")
      .notNull()
      .references(() => promises.id),
    edition: integer("edition").notNull().default(1),
    status: text("status").notNull().default("draft"),
    /** Diarienummer. */
    registrationNumber: text("registration_number"),
    title: localized("title").notNull(),
    /** The body the memo is addressed to, e.g. "kommunstyrelsen". */
    addressee: text("addressee").notNull(),
    /** The office that issues the memo, e.g. "Kommunledningsförvaltningen". */
    issuingUnit: text("issuing_unit").notNull(),
    /** The unit (enhet) within the office, e.g. "Säkerhetsenheten". */
    issuingSubunit: text("issuing_subunit"),
    /** The handling officer (handläggare) the heading names, with title and contact. */
    officerName: text("officer_name"),
    officerTitle: text("officer_title"),
    officerPhone: text("officer_phone"),
    officerEmail: text("officer_email"),
    datedOn: date("dated_on", { mode: "string" }),
    matter: localized("matter"),
    background: localized("background"),
    genderEquality: localized("gender_equality"),
    /** Where the period follow-ups were published, and what was reported during the year. */
    publicationNote: localized("publication_note"),
    committeeNote: localized("committee_note"),
    /** Lead-in to the list of council goals. */
    goalsIntro: localized("goals_intro"),
    mblStatement: localized("mbl_statement"),
    /** The edition this one corrects (a decided report is never changed; a new edition is made). */
    supersedesId: uuid("supersedes_id").references((): AnyPgColumn => reportBacks.id),
    /** Why this edition corrects the one it supersedes (a correction states what it replaces and why). */
    correctionReason: localized("correction_reason"),
    /** When a newer edition was published in its place (the older one stays readable). */
    replacedAt: timestamp("replaced_at", { withTimezone: true }),
    /** The document model as decided: what the decided edition says, frozen. */
    frozenModel: jsonb("frozen_model"),
    version: version(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    check(
      "report_backs_status_check",
      sql`${t.status} in ('draft', 'consultation', 'to_committee', 'to_board', 'decided', 'published')`,
    ),
    unique("report_backs_edition_unique").on(t.promiseId, t.edition),
  ],
);

/** A numbered item of the decision proposal (Förslag till beslut). */
export const reportDecisionItems = pgTable(
  "report_decision_items",
  {
    id: id(),
    reportId: uuid("report_id")
      .notNull()
      .references(() => reportBacks.id),
    position: integer("position").notNull(),
    text: localized("text").notNull(),
  },
  (t) => [unique("report_decision_items_position_unique").on(t.reportId, t.position)],
);

/**
 * A consultation record: who was consulted, how (collaborated in the matter, or prepared it),
 * and their position.
 */
export const reportConsultations = pgTable(
  "report_consultations",
  {
    id: id(),
    reportId: uuid("report_id")
      .notNull()
      .references(() => reportBacks.id),
    position: integer("position").notNull(),
    body: text("body").notNull(),
    mode: text("mode").notNull().default("collaborated"),
    stance: text("stance"),
    comment: text("comment"),
    consultedOn: date("consulted_on", { mode: "string" }),
  },
  (t) => [
    check("report_consultations_mode_check", sql`${t.mode} in ('collaborated', 'prepared')`),
    check(
      "report_consultations_stance_check",
      sql`${t.stance} is null or ${t.stance} in ('endorses', 'rejects', 'no_objection')`,
    ),
    index("report_consultations_report_idx").on(t.reportId),
  ],
);

/**
 * A decision on the report by a body: the committee (utskott) on its way, or the board
 * (kommunstyrelsen) that decides it. `step` says which.
 */
export const reportDecisions = pgTable(
  "report_decisions",
  {
    id: id(),
    reportId: uuid("report_id")
      .notNull()
      .references(() => reportBacks.id),
    step: text("step").notNull().default("board"),
    body: text("body").notNull(),
    decidedOn: date("decided_on", { mode: "string" }).notNull(),
    paragraph: text("paragraph"),
    text: localized("text").notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    index("report_decisions_report_idx").on(t.reportId),
    check("report_decisions_step_check", sql`${t.step} in ('committee', 'board')`),
  ],
);

export const reportSignatories = pgTable(
  "report_signatories",
  {
    id: id(),
    reportId: uuid("report_id")
      .notNull()
      .references(() => reportBacks.id),
    position: integer("position").notNull(),
    name: text("name").notNull(),
    title: text("title"),
  },
  (t) => [unique("report_signatories_position_unique").on(t.reportId, t.position)],
);

/** Beslutet skickas till. */
export const reportDistribution = pgTable(
  "report_distribution",
  {
    id: id(),
    reportId: uuid("report_id")
      .notNull()
      .references(() => reportBacks.id),
    position: integer("position").notNull(),
    recipient: text("recipient").notNull(),
  },
  (t) => [unique("report_distribution_position_unique").on(t.reportId, t.position)],
);

/** Web addresses where the promise's follow-ups are published. */
export const reportLinks = pgTable(
  "report_links",
  {
    id: id(),
    reportId: uuid("report_id")
      .notNull()
      .references(() => reportBacks.id),
    position: integer("position").notNull(),
    url: text("url").notNull(),
    label: text("label"),
  },
  (t) => [unique("report_links_position_unique").on(t.reportId, t.position)],
);

/** Beslutsunderlag: the documents attached to the case (period reports, the promise itself, …). */
export const reportAttachments = pgTable(
  "report_attachments",
  {
    id: id(),
    reportId: uuid("report_id")
      .notNull()
      .references(() => reportBacks.id),
    position: integer("position").notNull(),
    title: text("title").notNull(),
    kind: text("kind").notNull(),
    /** For a period report: its period code, e.g. 2017-T2. */
    periodCode: text("period_code"),
  },
  (t) => [
    check("report_attachments_kind_check", sql`${t.kind} in ('period_report', 'promise', 'other')`),
    unique("report_attachments_position_unique").on(t.reportId, t.position),
  ],
);

/**
 * A partnership's defaults for its report-backs: the heading (office, unit, handling officer,
 * addressee), the usual consultation bodies, signatories and distribution, the MBL statement,
 * links, and an optional logo. A new report-back starts from these; each report keeps its own
 * copy, so changing a default never changes a report already written. A table of the reports
 * module (not columns of partnerships) because only the reports read it.
 */
export const reportDefaults = pgTable("report_defaults", {
  partnershipId: uuid("partnership_id")
    .primaryKey()
    .references(() => partnerships.id),
  addressee: text("addressee").notNull().default("kommunstyrelsen"),
  issuingUnit: text("issuing_unit").notNull().default(""),
  issuingSubunit: text("issuing_subunit"),
  officerName: text("officer_name"),
  officerTitle: text("officer_title"),
  officerPhone: text("officer_phone"),
  officerEmail: text("officer_email"),
  mblStatement: text("mbl_statement"),
  /** Consultation bodies: `{ body, mode }` in order. */
  consultations: jsonb("consultations")
    .$type<{ body: string; mode: "collaborated" | "prepared" }[]>()
    .notNull()
    .default([]),
  signatories: jsonb("signatories").$type<{ name: string; title: string | null }[]>().notNull().default([]),
  distribution: jsonb("distribution").$type<string[]>().notNull().default([]),
  links: jsonb("links").$type<{ url: string; label: string | null }[]>().notNull().default([]),
  /** The logo as base64 with its type (image/png or image/svg+xml, sanitised); at most 200 kB. */
  logoType: text("logo_type"),
  logoData: text("logo_data"),
  version: version(),
  updatedAt: updatedAt(),
});
