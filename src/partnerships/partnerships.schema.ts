import { sql } from "drizzle-orm";
import { boolean, check, index, integer, pgTable, text, unique, uuid } from "drizzle-orm/pg-core";
import { createdAt, id, updatedAt, version } from "../platform/db/columns.js";

/** The tenant: one municipality together with its local police area. */
export const partnerships = pgTable(
  "partnerships",
  {
    id: id(),
    slug: text("slug").notNull().unique(),
    name: text("name").notNull(),
    municipalityName: text("municipality_name").notNull(),
    /** The county (län), e.g. "Östergötlands län"; the national overview filters by it. */
    county: text("county"),
    /** Where residents reach the partnership (shown on its public pages); phone optional. */
    contactEmail: text("contact_email"),
    contactPhone: text("contact_phone"),
    /** Reporting-period scheme: tertial (default), quarter or half. */
    periodScheme: text("period_scheme").notNull().default("tertial"),
    /** Days after a period's end by which follow-ups are due. */
    deadlineOffsetDays: integer("deadline_offset_days").notNull().default(14),
    /** Days before a period's deadline when reporters get a reminder (again when overdue). */
    reminderDaysBefore: integer("reminder_days_before").notNull().default(7),
    defaultLocale: text("default_locale").notNull().default("sv"),
    /** Four eyes: whoever submitted a follow-up may not approve it (on by default). */
    fourEyes: boolean("four_eyes").notNull().default(true),
    version: version(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    check("partnerships_scheme_check", sql`${t.periodScheme} in ('tertial', 'quarter', 'half')`),
    check("partnerships_deadline_check", sql`${t.deadlineOffsetDays} between 0 and 90`),
    check("partnerships_reminder_check", sql`${t.reminderDaysBefore} between 0 and 60`),
    check("partnerships_slug_check", sql`${t.slug} ~ '^[a-z0-9][a-z0-9-]{0,62}$'`),
    // The national overview's filters and order (ARCHITECTURE.md, "The national overview").
    index("partnerships_county_idx").on(t.county, t.name),
    index("partnerships_municipality_idx").on(t.municipalityName),
    index("partnerships_name_idx").on(t.name, t.id),
  ],
);

/**
 * A party of the partnership: the municipality, the police area, or another partner (region,
 * housing company, property owner, association, school, other); its short name is unique in the
 * partnership (the setup file's key).
 */
export const parties = pgTable(
  "parties",
  {
    id: id(),
    partnershipId: uuid("partnership_id")
      .notNull()
      .references(() => partnerships.id),
    kind: text("kind").notNull(),
    name: text("name").notNull(),
    shortName: text("short_name"),
    createdAt: createdAt(),
  },
  (t) => [
    check(
      "parties_kind_check",
      sql`${t.kind} in ('municipality', 'police', 'region', 'housing_company', 'property_owner', 'association', 'school', 'other')`,
    ),
    unique("parties_name_unique").on(t.partnershipId, t.name),
    unique("parties_short_name_unique").on(t.partnershipId, t.shortName),
    index("parties_partnership_idx").on(t.partnershipId),
  ],
);

/** An organisational unit of a party (förvaltning, kontor, enhet), optionally nested. */
export const units = pgTable(
  "units",
  {
    id: id(),
    partyId: uuid("party_id")
      .notNull()
      .references(() => parties.id),
    parentId: uuid("parent_id"),
    name: text("name").notNull(),
    createdAt: createdAt(),
  },
  (t) => [unique("units_name_unique").on(t.partyId, t.name), index("units_party_idx").on(t.partyId)],
);

/** A person who works with the promise (no account yet: accounts come with the workspace). */
export const people = pgTable(
  "people",
  {
    id: id(),
    partnershipId: uuid("partnership_id")
      .notNull()
      .references(() => partnerships.id),
    partyId: uuid("party_id")
      .notNull()
      .references(() => parties.id),
    unitId: uuid("unit_id").references(() => units.id),
    name: text("name").notNull(),
    title: text("title"),
    email: text("email"),
    phone: text("phone"),
    createdAt: createdAt(),
  },
  (t) => [
    index("people_partnership_idx").on(t.partnershipId),
    unique("people_name_unique").on(t.partyId, t.name),
  ],
);
