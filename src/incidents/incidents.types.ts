import { z } from "@hono/zod-openapi";
import { IdSchema } from "../platform/http/schemas.js";

/** Lengths kept short: a report says where and what, never who. */
export const DESCRIPTION_MAX = 1000;
export const PLACE_MAX = 200;

export const WeekSchema = z
  .string()
  .regex(/^\d{4}-W(0[1-9]|[1-4]\d|5[0-3])$/)
  .openapi({ example: "2026-W48", description: "An ISO week (Monday to Sunday), Swedish time." });

export const CategoryKeySchema = z
  .string()
  .regex(/^[a-z0-9][a-z0-9-]{0,39}$/)
  .openapi({ example: "skadegorelse", description: "A category's stable key in the partnership's list." });

const text = (max: number) =>
  z.string({ error: "required" }).trim().min(1, { error: "required" }).max(max, { error: "too_long" });
const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, { error: "too_long" })
    .optional()
    .transform((v) => (v === "" ? undefined : v));

/**
 * A reported incident. `occurredAt`: a date and time (`2026-11-23T21:30`, Swedish time, or with an
 * offset). The place: an area of the partnership, a place text, a coordinate (WGS 84), or several.
 * `confirmPersonalData`: the reporter has read the warning and confirms the text holds no
 * personal data (else an answer 422 `personal_data_suspected` names what was found).
 */
export const IncidentInputSchema = z
  .object({
    occurredAt: z
      .string({ error: "required" })
      .regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})?$/, {
        error: "datetime_invalid",
      })
      .openapi({ example: "2026-11-23T21:30" }),
    areaId: IdSchema.optional(),
    placeText: optionalText(PLACE_MAX),
    lat: z.number({ error: "number_invalid" }).min(-90).max(90).optional(),
    lon: z.number({ error: "number_invalid" }).min(-180).max(180).optional(),
    categoryKey: CategoryKeySchema,
    subcategory: optionalText(80),
    description: text(DESCRIPTION_MAX),
    confirmPersonalData: z.boolean().default(false),
  })
  .openapi("IncidentInput");
export type IncidentInput = z.output<typeof IncidentInputSchema>;

export const IncidentSchema = z
  .object({
    id: IdSchema,
    occurredAt: z.string(),
    week: WeekSchema,
    areaId: IdSchema.nullable(),
    areaName: z.string().nullable(),
    placeText: z.string().nullable(),
    lat: z.number().nullable(),
    lon: z.number().nullable(),
    categoryKey: CategoryKeySchema,
    categoryName: z.string(),
    subcategory: z.string().nullable(),
    description: z.string(),
    partyName: z.string(),
    /** Kinds of personal data the reporter confirmed were not personal data. */
    warnings: z.array(z.string()),
    createdAt: z.string(),
  })
  .openapi("Incident");
export type Incident = z.infer<typeof IncidentSchema>;

export const MyIncidentsSchema = z
  .object({
    rhythm: z.enum(["weekly", "biweekly"]),
    /** The weeks the viewer reported in, newest first. */
    weeksReported: z.array(WeekSchema),
    data: z.array(IncidentSchema),
  })
  .openapi("MyIncidents");

export const CategorySchema = z
  .object({
    key: CategoryKeySchema,
    name: z.string(),
    subcategories: z.array(z.string()),
    active: z.boolean(),
    position: z.number().int(),
    version: z.number().int(),
  })
  .openapi("IncidentCategory");

/** A category added to the list (its key is made from the name). */
export const CategoryInputSchema = z
  .object({
    name: text(80),
    /** One per line in the form; a list in the API. */
    subcategories: z.array(z.string().trim().min(1).max(80)).max(30).default([]),
  })
  .openapi("IncidentCategoryInput");

export const CategoryChangeSchema = CategoryInputSchema.extend({
  active: z.boolean().default(true),
  version: z.number().int().min(1),
}).openapi("IncidentCategoryChange");

export const IncidentSettingsSchema = z
  .object({
    rhythm: z.enum(["weekly", "biweekly"]),
    retentionMonths: z.number({ error: "number_invalid" }).int().min(1).max(120),
  })
  .openapi("IncidentSettingsInput");
export type IncidentSettingsInput = z.output<typeof IncidentSettingsSchema>;

export const IncidentSettingsChangeSchema = IncidentSettingsSchema.extend({
  version: z.number().int().min(1),
}).openapi("IncidentSettingsChange");

export const IncidentSettingsResultSchema = IncidentSettingsSchema.extend({
  version: z.number().int(),
}).openapi("IncidentSettings");

const CountCell = z.number().int().nullable().openapi({
  description: "The count; null when it is from 1 to 4 and the viewer sees suppressed figures",
});

export const SituationSchema = z
  .object({
    week: WeekSchema,
    name: z.string(),
    state: z.enum(["draft", "shared"]),
    compiledAt: z.string(),
    assessment: z.string(),
    sharedAt: z.string().nullable(),
    /** When the samordnare published the figures to residents; null when not public. */
    publishedAt: z.string().nullable(),
    version: z.number().int(),
    /** True when counts from 1 to 4 are hidden (null) for this viewer. */
    suppressed: z.boolean(),
    weeks: z.array(WeekSchema),
    rows: z.array(
      z.object({
        categoryKey: z.string(),
        categoryName: z.string(),
        areaId: IdSchema.nullable(),
        areaName: z.string().nullable(),
        count: CountCell,
        /** The mean of the previous four weeks (null when suppressed). */
        previousMean: z.number().nullable(),
        trend: z.enum(["up", "down", "same", "hidden"]),
      }),
    ),
    byCategory: z.array(
      z.object({ categoryKey: z.string(), categoryName: z.string(), counts: z.array(CountCell) }),
    ),
    byArea: z.array(
      z.object({ areaId: IdSchema.nullable(), areaName: z.string().nullable(), count: CountCell }),
    ),
    /** The total of each week of `weeks`. */
    weekTotals: z.array(CountCell),
    total: CountCell,
  })
  .openapi("IncidentSituation");

export const AssessmentSchema = z
  .object({
    assessment: z.string().trim().max(5000, { error: "too_long" }),
    version: z.number().int().min(1),
  })
  .openapi("IncidentAssessment");

export const ShareSchema = z.object({ version: z.number().int().min(1) }).openapi("IncidentShare");

/** Publishing or withdrawing a shared lägesbild's figures: the version the samordnare saw. */
export const PublicationSchema = z
  .object({ version: z.number().int().min(1) })
  .openapi("IncidentSituationPublication");

export const SituationSummarySchema = z.object({
  week: WeekSchema,
  name: z.string(),
  state: z.enum(["draft", "shared"]),
  compiledAt: z.string(),
  /** True while its figures are public. */
  published: z.boolean(),
});
