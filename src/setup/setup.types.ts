/**
 * What a partnership's setup takes, for the API, the forms and the setup file alike. A field's
 * zod message is a reason code (`setup.error.<reason>` in the catalog) so a page can show it beside
 * the field; zod's own messages (a wrong enum value, a bad date) become `invalid`.
 */
import { z } from "@hono/zod-openapi";
import { IdSchema, IsoDateSchema } from "../platform/http/schemas.js";

export const PARTY_KINDS = [
  "municipality",
  "police",
  "region",
  "housing_company",
  "property_owner",
  "association",
  "school",
  "other",
] as const;
export type PartyKind = (typeof PARTY_KINDS)[number];

export const AREA_KINDS = ["municipality", "district", "place"] as const;
export const CLASSIFICATIONS = ["vulnerable", "risk", "especially_vulnerable"] as const;

export const FIELD_REASONS = [
  "required",
  "too_long",
  "invalid",
  "taken",
  "party_invalid",
  "unit_invalid",
  "parent_invalid",
  "date_range",
  "years_range",
  "email_invalid",
  "goals_required",
  "parties_required",
  "geojson_too_large",
  "geojson_not_json",
  "geojson_type",
  "geojson_empty",
  "geojson_coordinate_invalid",
  "geojson_longitude_range",
  "geojson_latitude_range",
  "geojson_ring_short",
  "geojson_ring_open",
  "geojson_too_many_vertices",
] as const;
export type FieldReason = (typeof FIELD_REASONS)[number];

const text = (max: number) => z.string().trim().min(1, "required").max(max, "too_long");
const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, "too_long")
    .optional()
    .transform((v) => (v ? v : null));

export const PartyInputSchema = z
  .object({
    kind: z.enum(PARTY_KINDS),
    name: text(200),
    shortName: text(60).openapi({ description: "Unique in the partnership; the setup file's key." }),
  })
  .openapi("PartyInput");

export const UnitInputSchema = z
  .object({ partyId: IdSchema, name: text(200), parentId: IdSchema.nullable().optional() })
  .openapi("UnitInput");

export const PersonInputSchema = z
  .object({
    partyId: IdSchema,
    unitId: IdSchema.nullable().optional(),
    name: text(200),
    title: optionalText(200),
    email: z
      .string()
      .trim()
      .max(254, "too_long")
      .optional()
      .transform((v) => (v ? v.toLowerCase() : null))
      .refine((v) => v === null || /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(v), "email_invalid"),
    phone: optionalText(40),
  })
  .openapi("PersonInput");

/** The partnership's contact address for residents (shown on its public pages); empty e-mail: none. */
export const ContactInputSchema = z
  .object({
    email: z
      .string()
      .trim()
      .max(254, "too_long")
      .optional()
      .transform((v) => (v ? v.toLowerCase() : null))
      .refine((v) => v === null || /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(v), "email_invalid")
      .openapi({
        description: "E-mail residents may write to; empty or absent: none.",
        example: "trygghet@exempelstad.se",
      }),
    phone: optionalText(40)
      .refine((v) => v === null || /^[0-9+\-() ]{5,40}$/.test(v), "invalid")
      .openapi({ description: "Optional phone number.", example: "013-20 60 00" }),
    version: z.coerce
      .number({ error: "invalid" })
      .int("invalid")
      .min(1, "invalid")
      .openapi({ description: "The partnership's version as read (a newer one: 409 conflict)." }),
  })
  .openapi("ContactInput");

export const ClassificationInputSchema = z
  .object({
    classification: z.enum(CLASSIFICATIONS),
    validFrom: IsoDateSchema,
    validTo: IsoDateSchema.nullable().optional(),
  })
  .refine((c) => !c.validTo || c.validTo >= c.validFrom, { message: "date_range", path: ["validTo"] })
  .openapi("AreaClassificationInput");

export const AreaInputSchema = z
  .object({
    name: text(200),
    kind: z.enum(AREA_KINDS).default("district"),
    parentId: IdSchema.nullable().optional(),
    ownerPartyId: IdSchema.nullable().optional().openapi({ description: "A partner that owns the area." }),
    classifications: z.array(ClassificationInputSchema).max(20).default([]),
    boundary: z.unknown().optional().openapi({
      description: "GeoJSON Polygon or MultiPolygon in WGS 84 (a geometry, Feature or FeatureCollection).",
    }),
  })
  .openapi("AreaInput");

export const BoundaryInputSchema = z
  .object({ boundary: z.unknown().openapi({ description: "GeoJSON Polygon or MultiPolygon in WGS 84." }) })
  .openapi("BoundaryInput");

export const GoalSetInputSchema = z
  .object({
    body: text(200).default("kommunfullmäktige"),
    name: text(300),
    fromYear: z.number().int().min(2000, "invalid").max(2100, "invalid"),
    toYear: z.number().int().min(2000, "invalid").max(2100, "invalid"),
    goals: z.array(text(2000)).min(1, "goals_required").max(50),
  })
  .refine((g) => g.toYear >= g.fromYear, { message: "years_range", path: ["toYear"] })
  .openapi("GoalSetInput");

export const AgreementInputSchema = z
  .object({
    title: text(300),
    validFrom: IsoDateSchema,
    validTo: IsoDateSchema,
    signedOn: IsoDateSchema.nullable().optional(),
    partyIds: z.array(IdSchema).min(1, "parties_required"),
    focusProblems: z.array(text(2000)).max(30).default([]),
  })
  .refine((a) => a.validTo >= a.validFrom, { message: "date_range", path: ["validTo"] })
  .openapi("AgreementInput");

export type PartyInput = z.output<typeof PartyInputSchema>;
export type UnitInput = z.output<typeof UnitInputSchema>;
export type PersonInput = z.output<typeof PersonInputSchema>;
export type ContactInput = z.output<typeof ContactInputSchema>;
export type AreaInput = z.output<typeof AreaInputSchema>;
export type ClassificationInput = z.output<typeof ClassificationInputSchema>;
export type GoalSetInput = z.output<typeof GoalSetInputSchema>;
export type AgreementInput = z.output<typeof AgreementInputSchema>;

// --- the forms (the same fields; lists typed one item a line, the boundary as a file) -------------

const lines = (s: string) =>
  s
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter(Boolean);

export const GoalSetFormSchema = z
  .object({
    body: z.string().optional(),
    name: z.string(),
    fromYear: z.number({ error: "invalid" }),
    toYear: z.number({ error: "invalid" }),
    goals: z.string().default(""),
  })
  .transform(
    (f) =>
      ({ ...f, body: f.body?.trim() || undefined, goals: lines(f.goals) }) as z.input<
        typeof GoalSetInputSchema
      >,
  )
  .pipe(GoalSetInputSchema);

export const AgreementFormSchema = z
  .object({
    title: z.string(),
    validFrom: z.string(),
    validTo: z.string(),
    signedOn: z.string().nullable().optional(),
    partyIds: z.array(z.string()).default([]),
    focusProblems: z.string().default(""),
  })
  .transform(
    (f) =>
      ({ ...f, signedOn: f.signedOn || null, focusProblems: lines(f.focusProblems) }) as z.input<
        typeof AgreementInputSchema
      >,
  )
  .pipe(AgreementInputSchema);

/** The area form: one optional classification row and an optional boundary file. */
export const AreaFormSchema = z.object({
  name: z.string(),
  kind: z.enum(AREA_KINDS).default("district"),
  parentId: IdSchema.nullable().optional(),
  ownerPartyId: IdSchema.nullable().optional(),
  classification: z.enum(CLASSIFICATIONS).nullable().optional(),
  validFrom: z.string().nullable().optional(),
  validTo: z.string().nullable().optional(),
  boundary: z.file().optional(),
});

export const ClassificationFormSchema = z.object({
  classification: z.enum(CLASSIFICATIONS),
  validFrom: z.string(),
  validTo: z.string().nullable().optional(),
});

export const BoundaryFormSchema = z.object({ boundary: z.file().optional() });
