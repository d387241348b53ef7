import { sql } from "drizzle-orm";
import { check, date, index, jsonb, pgTable, text, unique, uuid } from "drizzle-orm/pg-core";
import { parties, partnerships } from "../partnerships/partnerships.schema.js";
import { createdAt, id } from "../platform/db/columns.js";

/** A district (stadsdel) or place, optionally inside a parent area, with optional GeoJSON. */
export const areas = pgTable(
  "areas",
  {
    id: id(),
    partnershipId: uuid("partnership_id")
      .notNull()
      .references(() => partnerships.id),
    parentId: uuid("parent_id"),
    kind: text("kind").notNull().default("district"),
    name: text("name").notNull(),
    /** The boundary: a GeoJSON Polygon or MultiPolygon in WGS 84 (checked by platform/maps). */
    geojson: jsonb("geojson"),
    /** The party that owns the area, when it is a partner's (a housing company's estate). */
    ownerPartyId: uuid("owner_party_id").references(() => parties.id),
    createdAt: createdAt(),
  },
  (t) => [
    check("areas_kind_check", sql`${t.kind} in ('municipality', 'district', 'place')`),
    unique("areas_name_unique").on(t.partnershipId, t.name),
  ],
);

/** The police classification of an area over time (utsatt / risk / särskilt utsatt område). */
export const areaClassifications = pgTable(
  "area_classifications",
  {
    id: id(),
    areaId: uuid("area_id")
      .notNull()
      .references(() => areas.id),
    classification: text("classification").notNull(),
    validFrom: date("valid_from", { mode: "string" }).notNull(),
    validTo: date("valid_to", { mode: "string" }),
    source: text("source"),
    createdAt: createdAt(),
  },
  (t) => [
    check(
      "area_classifications_kind_check",
      sql`${t.classification} in ('vulnerable', 'risk', 'especially_vulnerable')`,
    ),
    check("area_classifications_range_check", sql`${t.validTo} is null or ${t.validTo} >= ${t.validFrom}`),
    index("area_classifications_area_idx").on(t.areaId),
  ],
);
