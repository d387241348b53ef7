/**
 * What a dialogue takes and gives, for the API and the forms alike. Participants are counts per
 * gender and age band — the objects are strict, so a list of names (or any field not described
 * here) is refused. A field's zod message is a reason code (`dialogues.error.<reason>`), shown
 * beside the field on the pages.
 */
import { z } from "@hono/zod-openapi";
import { IdSchema, IsoDateSchema } from "../platform/http/schemas.js";

export const DIALOGUE_KINDS = ["staff", "citizen"] as const;
export type DialogueKind = (typeof DIALOGUE_KINDS)[number];
export const DIALOGUE_METHODS = ["meeting", "survey", "walk", "door_knocking", "digital"] as const;
export const GENDERS = ["women", "men", "other"] as const;
export type Gender = (typeof GENDERS)[number];
export const AGE_BANDS = ["0-15", "16-24", "25-44", "45-64", "65+", "unknown"] as const;
export const FINDING_CATEGORIES = [
  "otrygghet",
  "narkotika",
  "skadegorelse",
  "ungdomsbrott",
  "trafik",
  "nedskrapning",
  "belysning",
  "vald",
  "annat",
] as const;
export type FindingCategory = (typeof FINDING_CATEGORIES)[number];

export const FIELD_REASONS = [
  "required",
  "too_long",
  "invalid",
  "area_invalid",
  "party_invalid",
  "organisers_required",
  "point_invalid",
  "feedback_before_dialogue",
  "personal_data",
] as const;
export type FieldReason = (typeof FIELD_REASONS)[number];

const text = (max: number) => z.string().trim().min(1, "required").max(max, "too_long");
const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, "too_long")
    .nullable()
    .optional()
    .transform((v) => (v ? v : null));
const version = z.coerce.number().int().positive().max(2_147_483_647);

export const ParticipantCellSchema = z
  .strictObject({
    gender: z.enum(GENDERS),
    ageBand: z.enum(AGE_BANDS),
    count: z.number().int("invalid").min(0, "invalid").max(100_000, "invalid").default(0),
  })
  .openapi("DialogueParticipantCell");

export const DialogueInputSchema = z
  .strictObject({
    kind: z.enum(DIALOGUE_KINDS),
    title: text(200),
    heldOn: IsoDateSchema,
    areaId: IdSchema,
    method: z.enum(DIALOGUE_METHODS),
    venue: optionalText(200),
    public: z.boolean().default(false).openapi({
      description: "The findings' own words may be shown to residents (counts are always aggregated).",
    }),
    organiserIds: z.array(IdSchema).min(1, "organisers_required").max(20),
    participants: z
      .array(ParticipantCellSchema)
      .max(GENDERS.length * AGE_BANDS.length)
      .default([]),
  })
  .openapi("DialogueInput");
export type DialogueInput = z.output<typeof DialogueInputSchema>;

export const DialogueChangeSchema = DialogueInputSchema.extend({ version }).openapi("DialogueChange");

export const FindingInputSchema = z
  .strictObject({
    category: z.enum(FINDING_CATEGORIES),
    place: optionalText(200),
    statement: text(1000),
    raisedBy: z.number().int("invalid").min(1, "invalid").max(100_000, "invalid"),
    version,
  })
  .openapi("DialogueFindingInput");
export type FindingInput = z.output<typeof FindingInputSchema>;

export const FindingLinksSchema = z
  .strictObject({ commitmentIds: z.array(IdSchema).max(50).default([]), version })
  .openapi("DialogueFindingLinks");

export const FeedbackSchema = z
  .strictObject({ feedbackOn: IsoDateSchema, feedbackHow: text(500), version })
  .openapi("DialogueFeedback");

export const VersionSchema = z.strictObject({ version }).openapi("DialogueVersion");

export const FindingSchema = z
  .object({
    id: IdSchema,
    category: z.enum(FINDING_CATEGORIES),
    place: z.string().nullable(),
    statement: z.string(),
    raisedBy: z.number().int(),
    commitments: z.array(
      z.object({ id: IdSchema, number: z.number().int(), promiseRef: z.string(), text: z.string() }),
    ),
  })
  .openapi("DialogueFinding");

export const DialogueSchema = z
  .object({
    id: IdSchema,
    kind: z.enum(DIALOGUE_KINDS),
    title: z.string(),
    heldOn: IsoDateSchema,
    area: z.object({ id: IdSchema, name: z.string() }),
    method: z.enum(DIALOGUE_METHODS),
    venue: z.string().nullable(),
    public: z.boolean(),
    organisers: z.array(z.object({ id: IdSchema, name: z.string() })),
    participants: z.array(
      z.object({ gender: z.enum(GENDERS), ageBand: z.enum(AGE_BANDS), count: z.number() }),
    ),
    participantsTotal: z.number().int(),
    feedback: z.object({ on: IsoDateSchema, how: z.string() }).nullable(),
    findings: z.array(FindingSchema),
    demo: z.boolean().openapi({ description: "Invented for the demonstration" }),
    version: z.number().int(),
  })
  .openapi("Dialogue");
export type Dialogue = z.infer<typeof DialogueSchema>;

export const DialogueSummarySchema = DialogueSchema.omit({ findings: true, participants: true })
  .extend({ findingCount: z.number().int(), missingFeedback: z.boolean() })
  .openapi("DialogueSummary");
export type DialogueSummary = z.infer<typeof DialogueSummarySchema>;

/** "Varför den här punkten": the findings behind one point, as staff see them. */
export const PointReasonSchema = z
  .object({
    findingId: IdSchema,
    category: z.enum(FINDING_CATEGORIES),
    place: z.string().nullable(),
    statement: z.string(),
    raisedBy: z.number().int(),
    dialogue: z.object({
      id: IdSchema,
      kind: z.enum(DIALOGUE_KINDS),
      title: z.string(),
      heldOn: IsoDateSchema,
    }),
  })
  .openapi("PointReason");
export type PointReason = z.infer<typeof PointReasonSchema>;
