import { sql } from "drizzle-orm";
import { check, date, index, integer, pgTable, primaryKey, uuid } from "drizzle-orm/pg-core";
import { parties, partnerships } from "../partnerships/partnerships.schema.js";
import { createdAt, id, localized } from "../platform/db/columns.js";

/** A samverkansöverenskommelse: the multi-year agreement a promise is the public part of. */
export const agreements = pgTable(
  "agreements",
  {
    id: id(),
    partnershipId: uuid("partnership_id")
      .notNull()
      .references(() => partnerships.id),
    title: localized("title").notNull(),
    validFrom: date("valid_from", { mode: "string" }).notNull(),
    validTo: date("valid_to", { mode: "string" }),
    signedOn: date("signed_on", { mode: "string" }),
    createdAt: createdAt(),
  },
  (t) => [
    check("agreements_range_check", sql`${t.validTo} is null or ${t.validTo} >= ${t.validFrom}`),
    index("agreements_partnership_idx").on(t.partnershipId),
  ],
);

export const agreementParties = pgTable(
  "agreement_parties",
  {
    agreementId: uuid("agreement_id")
      .notNull()
      .references(() => agreements.id),
    partyId: uuid("party_id")
      .notNull()
      .references(() => parties.id),
  },
  (t) => [primaryKey({ columns: [t.agreementId, t.partyId] })],
);

/** The problems the agreement says the parties will focus on, in order. */
export const agreementFocusProblems = pgTable(
  "agreement_focus_problems",
  {
    id: id(),
    agreementId: uuid("agreement_id")
      .notNull()
      .references(() => agreements.id),
    position: integer("position").notNull(),
    text: localized("text").notNull(),
  },
  (t) => [index("agreement_focus_problems_agreement_idx").on(t.agreementId)],
);
