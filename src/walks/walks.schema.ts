import { sql } from "drizzle-orm";
import {
  boolean,
  check,
  date,
  doublePrecision,
  index,
  integer,
  pgTable,
  text,
  timestamp,
  uuid,
} from "drizzle-orm/pg-core";
import { areas } from "../areas/areas.schema.js";
import { parties, partnerships, units } from "../partnerships/partnerships.schema.js";
import { createdAt, id, updatedAt, version } from "../platform/db/columns.js";

/**
 * A safety walk (trygghetsvandring) in one of the partnership's areas: when, the route in words,
 * and how many of each participant group took part — counts only, never names.
 */
export const safetyWalks = pgTable(
  "safety_walks",
  {
    id: id(),
    partnershipId: uuid("partnership_id")
      .notNull()
      .references(() => partnerships.id),
    areaId: uuid("area_id")
      .notNull()
      .references(() => areas.id),
    walkedOn: date("walked_on", { mode: "string" }).notNull(),
    route: text("route").notNull().default(""),
    /** Participants by group: boende, unga, fastighetsägare, personal. */
    residents: integer("residents").notNull().default(0),
    youth: integer("youth").notNull().default(0),
    propertyOwners: integer("property_owners").notNull().default(0),
    staff: integer("staff").notNull().default(0),
    version: version(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    check(
      "safety_walks_participants_check",
      sql`${t.residents} >= 0 and ${t.youth} >= 0 and ${t.propertyOwners} >= 0 and ${t.staff} >= 0`,
    ),
    index("safety_walks_partnership_idx").on(t.partnershipId),
  ],
);

/**
 * A finding of a walk: a place (a WGS 84 point, or only an address in words), a category, a
 * description (internal unless staff marks it public), who must act (a party, optionally its
 * unit), a status and a target date.
 */
export const walkFindings = pgTable(
  "walk_findings",
  {
    id: id(),
    walkId: uuid("walk_id")
      .notNull()
      .references(() => safetyWalks.id),
    partnershipId: uuid("partnership_id")
      .notNull()
      .references(() => partnerships.id),
    /** Number within the walk (the marker's label on the map and the row of the table). */
    number: integer("number").notNull(),
    category: text("category").notNull(),
    description: text("description").notNull().default(""),
    /** Staff has checked that the description holds no personal data: it may be shown to residents. */
    descriptionPublic: boolean("description_public").notNull().default(false),
    latitude: doublePrecision("latitude"),
    longitude: doublePrecision("longitude"),
    address: text("address"),
    responsiblePartyId: uuid("responsible_party_id")
      .notNull()
      .references(() => parties.id),
    unitId: uuid("unit_id").references(() => units.id),
    status: text("status").notNull().default("new"),
    rejectionReason: text("rejection_reason"),
    targetDate: date("target_date", { mode: "string" }).notNull(),
    statusChangedAt: timestamp("status_changed_at", { withTimezone: true }),
    version: version(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    check(
      "walk_findings_category_check",
      sql`${t.category} in ('lighting', 'vegetation', 'litter', 'vandalism', 'traffic', 'other')`,
    ),
    check("walk_findings_status_check", sql`${t.status} in ('new', 'in_progress', 'done', 'rejected')`),
    check(
      "walk_findings_rejection_check",
      sql`${t.status} <> 'rejected' or coalesce(length(${t.rejectionReason}), 0) > 0`,
    ),
    check(
      "walk_findings_place_check",
      sql`(${t.latitude} is null) = (${t.longitude} is null) and (${t.latitude} is not null or ${t.address} is not null)`,
    ),
    index("walk_findings_walk_idx").on(t.walkId),
    index("walk_findings_partnership_idx").on(t.partnershipId, t.status),
  ],
);

/** A finding's photo, its metadata stripped before it was stored (base64, at most PHOTO_MAX_BYTES). */
export const walkFindingPhotos = pgTable("walk_finding_photos", {
  findingId: uuid("finding_id")
    .primaryKey()
    .references(() => walkFindings.id),
  contentType: text("content_type").notNull(),
  data: text("data").notNull(),
  createdAt: createdAt(),
});

/**
 * A partnership's settings of safety walks: how many months a closed (åtgärdad or avvisad)
 * finding's photo is kept before the daily job deletes it. No row: the default (12 months).
 */
export const walkSettings = pgTable(
  "walk_settings",
  {
    partnershipId: uuid("partnership_id")
      .primaryKey()
      .references(() => partnerships.id),
    photoRetentionMonths: integer("photo_retention_months").notNull().default(12),
    version: version(),
    updatedAt: updatedAt(),
  },
  (t) => [check("walk_settings_photo_retention_check", sql`${t.photoRetentionMonths} between 1 and 120`)],
);
