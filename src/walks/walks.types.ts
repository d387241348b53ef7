/**
 * The walks' zod schemas: API input and output, and the forms (parsed with the same schemas by
 * platform/http/form.ts). Categories and statuses are codes; the catalogs give them words.
 */
import { z } from "@hono/zod-openapi";
import { IdSchema, IsoDateSchema } from "../platform/http/schemas.js";
import { MapClickSchema } from "../platform/maps/map-click.js";

export const WALK_CATEGORIES = ["lighting", "vegetation", "litter", "vandalism", "traffic", "other"] as const;
export type WalkCategory = (typeof WALK_CATEGORIES)[number];

export const FINDING_STATUSES = ["new", "in_progress", "done", "rejected"] as const;
export type FindingStatus = (typeof FINDING_STATUSES)[number];

/** Open findings are still someone's to do (reminded when past their target date). */
export const OPEN_STATUSES: readonly FindingStatus[] = ["new", "in_progress"];

/**
 * The allowed moves: ny → åtgärdas → åtgärdad (a quick fix may go straight to åtgärdad), avvisad
 * (with a reason) from ny or åtgärdas; a closed finding may be reopened (åtgärdad → åtgärdas,
 * avvisad → ny). Anything else is refused (409 transition_refused).
 */
export const TRANSITIONS: Record<FindingStatus, readonly FindingStatus[]> = {
  new: ["in_progress", "done", "rejected"],
  in_progress: ["done", "rejected"],
  done: ["in_progress"],
  rejected: ["new"],
};

/** Months a closed finding's photo is kept when the partnership has not set its own (walk_settings). */
export const DEFAULT_PHOTO_RETENTION_MONTHS = 12;

/** Months from the walk to a finding's default target date (EVIDENCE.md: our default, editable). */
export const DEFAULT_TARGET_MONTHS = 6;

const count = z.coerce.number().int().min(0).max(10_000).default(0);

export const WalkInputSchema = z
  .object({
    areaId: IdSchema,
    walkedOn: IsoDateSchema,
    route: z.string().trim().max(2000).default(""),
    residents: count,
    youth: count,
    propertyOwners: count,
    staff: count,
  })
  .openapi("SafetyWalkInput");
export type WalkInput = z.output<typeof WalkInputSchema>;

const latitude = z.coerce.number().min(-90).max(90);
const longitude = z.coerce.number().min(-180).max(180);

/** A finding as the API takes it: a position (latitude and longitude) or an address, or both. */
export const FindingInputSchema = z
  .object({
    category: z.enum(WALK_CATEGORIES),
    description: z.string().trim().max(2000).default(""),
    descriptionPublic: z.boolean().default(false),
    latitude: latitude.nullable().optional(),
    longitude: longitude.nullable().optional(),
    address: z.string().trim().max(200).nullable().optional(),
    responsiblePartyId: IdSchema,
    unitId: IdSchema.nullable().optional(),
    /** Default: six months after the walk. */
    targetDate: IsoDateSchema.nullable().optional(),
    /** A JPEG or PNG, base64 (its metadata is stripped before it is stored). */
    photoBase64: z.string().max(3_000_000).nullable().optional(),
  })
  .openapi("WalkFindingInput");
export type FindingInput = z.output<typeof FindingInputSchema>;

/**
 * A correction of a finding (PUT: every editable field as when adding, the version read, and
 * what to do with the photo: a new `photoBase64` replaces it, `removePhoto` deletes it, neither
 * keeps it).
 */
export const FindingUpdateSchema = FindingInputSchema.extend({
  version: z.coerce.number().int().min(1),
  removePhoto: z.boolean().default(false),
}).openapi("WalkFindingUpdate");
export type FindingUpdate = z.output<typeof FindingUpdateSchema>;

/** The add-finding form: the same fields as text, the map click (`karta.x`, `karta.y`) and a photo file. */
export const FindingFormSchema = z.object({
  category: z.enum(WALK_CATEGORIES),
  description: z.string().trim().max(2000).default(""),
  descriptionPublic: z.boolean().default(false),
  latitude: latitude.optional(),
  longitude: longitude.optional(),
  address: z.string().trim().max(200).optional(),
  responsiblePartyId: IdSchema,
  unitId: IdSchema.optional(),
  targetDate: IsoDateSchema.optional(),
  karta: MapClickSchema.optional(),
  photo: z.file().optional(),
  /** The writer has seen the personal-data warning and confirms the text is about a place. */
  confirmPersonalData: z.boolean().default(false),
});
export type FindingForm = z.output<typeof FindingFormSchema>;

/** The edit-finding form: the add form's fields, the version read, and "remove the photo". */
export const FindingEditFormSchema = FindingFormSchema.extend({
  version: z.coerce.number().int().min(1),
  removePhoto: z.boolean().default(false),
});

export const StatusInputSchema = z
  .object({
    status: z.enum(FINDING_STATUSES),
    reason: z.string().trim().max(1000).optional(),
    version: z.coerce.number().int().min(1),
  })
  .openapi("WalkFindingStatusInput");
export type StatusInput = z.output<typeof StatusInputSchema>;

export const StatusFormSchema = StatusInputSchema.extend({
  /** Where to go back to: the walk's page (default) or Att rapportera. */
  back: z.enum(["walk", "todo"]).default("walk"),
});

export const PublicityInputSchema = z
  .object({ descriptionPublic: z.boolean(), version: z.coerce.number().int().min(1) })
  .openapi("WalkFindingPublicityInput");

/** The walks' settings of a partnership: months a closed finding's photo is kept, the version read. */
export const WalkSettingsInputSchema = z
  .object({
    photoRetentionMonths: z.coerce.number().int().min(1).max(120),
    version: z.coerce.number().int().min(1),
  })
  .openapi("SafetyWalkSettingsInput");
export type WalkSettingsInput = z.output<typeof WalkSettingsInputSchema>;

export const WalkSettingsSchema = z
  .object({ photoRetentionMonths: z.number().int(), version: z.number().int() })
  .openapi("SafetyWalkSettings");

export const WalkSchema = z
  .object({
    id: IdSchema,
    areaId: IdSchema,
    areaName: z.string(),
    walkedOn: IsoDateSchema,
    route: z.string(),
    residents: z.number().int(),
    youth: z.number().int(),
    propertyOwners: z.number().int(),
    staff: z.number().int(),
    findings: z.number().int(),
    openFindings: z.number().int(),
    version: z.number().int(),
  })
  .openapi("SafetyWalk");

export const FindingSchema = z
  .object({
    id: IdSchema,
    walkId: IdSchema,
    number: z.number().int(),
    category: z.enum(WALK_CATEGORIES),
    description: z.string(),
    descriptionPublic: z.boolean(),
    latitude: z.number().nullable(),
    longitude: z.number().nullable(),
    address: z.string().nullable(),
    responsiblePartyId: IdSchema,
    responsiblePartyName: z.string(),
    unitId: IdSchema.nullable(),
    unitName: z.string().nullable(),
    status: z.enum(FINDING_STATUSES),
    rejectionReason: z.string().nullable(),
    targetDate: IsoDateSchema,
    overdue: z.boolean(),
    hasPhoto: z.boolean(),
    version: z.number().int(),
  })
  .openapi("WalkFinding");

export const WalkDetailSchema = WalkSchema.extend({ items: z.array(FindingSchema) }).openapi(
  "SafetyWalkDetail",
);
