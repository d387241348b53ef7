import { z } from "@hono/zod-openapi";
import { IdSchema } from "../platform/http/schemas.js";

/** Values with fewer answers than this are not shown in public or in exports ("färre än 5 svar"). */
export const MIN_RESPONDENTS = 5;

export const INDICATOR_KINDS = ["index", "percent"] as const;
export type IndicatorKind = (typeof INDICATOR_KINDS)[number];
export const GENDERS = ["women", "men", "all"] as const;
export type Gender = (typeof GENDERS)[number];

/** The largest results file (CSV) the import takes. */
export const UPLOAD_MEGABYTES = 1;

export const LIMITS = { name: 200, description: 2000, source: 300, ageBand: 20, rows: 20000 } as const;

/** The upload form: a file, or the text of a checked file carried by the preview page. */
export const IndicatorUploadSchema = z.object({
  file: z.file().optional(),
  content: z.string().max(90000).optional(),
  step: z.enum(["check", "import"]).default("check"),
});

export const ImportIssueSchema = z
  .object({
    row: z.number().int(),
    column: z.string(),
    code: z.string(),
    message: z.string().optional(),
  })
  .openapi("IndicatorImportIssue");

export const IndicatorImportResultSchema = z
  .object({
    dryRun: z.boolean(),
    rows: z.number().int(),
    indicatorsCreated: z.array(z.string()),
    valuesCreated: z.number().int(),
    valuesUpdated: z.number().int(),
    valuesUnchanged: z.number().int(),
  })
  .openapi("IndicatorImportResult");
export type IndicatorImportResult = z.infer<typeof IndicatorImportResultSchema>;

export const IndicatorValueSchema = z
  .object({
    area: z.string(),
    year: z.number().int(),
    gender: z.enum(GENDERS),
    ageBand: z.string(),
    /** null when suppressed (fewer than 5 answers). */
    value: z.number().nullable(),
    respondents: z.number().int().nullable(),
    suppressed: z.boolean(),
    source: z.string(),
  })
  .openapi("IndicatorValue");

export const IndicatorSchema = z
  .object({
    id: IdSchema,
    name: z.string(),
    kind: z.enum(INDICATOR_KINDS),
    description: z.string().nullable(),
    lowerIsBetter: z.boolean(),
    values: z.array(IndicatorValueSchema),
  })
  .openapi("Indicator");
export type Indicator = z.infer<typeof IndicatorSchema>;

export const IndicatorListSchema = z.object({ data: z.array(IndicatorSchema) }).openapi("IndicatorList");
