import { z } from "@hono/zod-openapi";
import { IdSchema, IsoDateSchema } from "../platform/http/schemas.js";

/** The problem categories of a lägesbild (the kinds of crime and disorder Brå's guides name). */
export const PROBLEM_CATEGORIES = [
  "violence",
  "drugs",
  "burglary",
  "vandalism",
  "youth_crime",
  "criminal_networks",
  "fraud",
  "traffic",
  "disorder",
  "insecurity",
  "other",
] as const;
export type ProblemCategory = (typeof PROBLEM_CATEGORIES)[number];

const Version = z.coerce.number().int().positive();
const Text = (max: number) => z.string().trim().max(max);
const Title = z.string().trim().min(1, "Skriv en rubrik.").max(200);

/**
 * Police figures as typed in the form, one per line: "Anmälda bostadsinbrott 2022: 41". The API
 * takes the same text or a list of { label, value }.
 */
const FIGURE_LINE = /^(.{1,200}?)\s*[:;]\s*(-?\d+(?:[.,]\d+)?)\s*$/;
const FigureInputSchema = z.object({ label: Text(200).min(1), value: z.number().finite() });

export const PoliceFiguresSchema = z
  .unknown()
  .transform((input, ctx) => {
    if (Array.isArray(input)) {
      const parsed = z.array(FigureInputSchema).max(50).safeParse(input);
      if (parsed.success) return parsed.data;
      for (const issue of parsed.error.issues)
        ctx.addIssue({ code: "custom", message: issue.message, path: issue.path });
      return [];
    }
    if (typeof input !== "string" || input.length > 10_000) {
      ctx.addIssue({ code: "custom", message: "Ange siffrorna som text, en per rad, eller som en lista." });
      return [];
    }
    const figures: { label: string; value: number }[] = [];
    input.split(/\r?\n/).forEach((line, index) => {
      if (line.trim() === "") return;
      const match = FIGURE_LINE.exec(line.trim());
      if (!match?.[1] || !match[2]) {
        ctx.addIssue({
          code: "custom",
          message: `Rad ${index + 1}: skriv siffran som "Beskrivning: tal", t.ex. "Anmälda bostadsinbrott 2022: 41".`,
        });
        return;
      }
      figures.push({ label: match[1].trim(), value: Number(match[2].replace(",", ".")) });
    });
    if (figures.length > 50) ctx.addIssue({ code: "custom", message: "Högst 50 siffror per problem." });
    return figures;
  })
  .openapi({
    description:
      'A list of { label, value }, or text with one figure per line ("Anmälda bostadsinbrott 2022: 41").',
  });

export const AssessmentTextsSchema = z
  .object({
    /** The version read; 0 before the year's lägesbild exists. */
    version: z.coerce.number().int().min(0),
    summary: Text(20_000).default(""),
    planSummary: Text(20_000).default(""),
  })
  .openapi("AssessmentTexts");
export type AssessmentTextsInput = z.output<typeof AssessmentTextsSchema>;

export const ProblemInputSchema = z
  .object({
    title: Title,
    category: z.enum(PROBLEM_CATEGORIES, { message: "Välj en kategori." }),
    areaId: z.preprocess((v) => (v === "" ? null : v), IdSchema.nullable().default(null)),
    analysis: Text(20_000).default(""),
    evidence: Text(5_000).default(""),
    policeFigures: PoliceFiguresSchema.default([]),
  })
  .openapi("ProblemInput");
export type ProblemInput = z.output<typeof ProblemInputSchema>;

export const ProblemChangeSchema = ProblemInputSchema.extend({ version: Version }).openapi("ProblemChange");

export const MeasureInputSchema = z
  .object({
    title: Title,
    description: Text(20_000).default(""),
    responsiblePartyId: z.preprocess((v) => (v === "" ? null : v), IdSchema.nullable().default(null)),
    dueOn: z.preprocess((v) => (v === "" ? null : v), IsoDateSchema.nullable().default(null)),
    problemIds: z.preprocess((v) => (typeof v === "string" ? [v] : v), z.array(IdSchema).max(50).default([])),
    commitmentIds: z.preprocess(
      (v) => (typeof v === "string" ? [v] : v),
      z.array(IdSchema).max(50).default([]),
    ),
  })
  .openapi("MeasureInput");
export type MeasureInput = z.output<typeof MeasureInputSchema>;

export const MeasureChangeSchema = MeasureInputSchema.extend({ version: Version }).openapi("MeasureChange");

export const MEASURE_STATUSES = [
  "not_started",
  "in_progress",
  "done",
  "partly_done",
  "not_done",
  "not_applicable",
] as const;

export const MeasureFollowUpSchema = z
  .object({
    period: z.string().regex(/^\d{4}-(T[1-3]|Q[1-4]|H[1-2])$/, "Välj en period."),
    status: z.enum(MEASURE_STATUSES, { message: "Välj en status." }),
    narrative: Text(10_000).default(""),
    /** The version of the follow-up read, or 0 when there was none. */
    version: z.coerce.number().int().min(0).default(0),
    /**
     * The period whose follow-up `version` was read from (a form shows the newest): for any other
     * period the version is 0. Leave out when it is `period`.
     */
    readPeriod: z.string().max(10).optional(),
  })
  .openapi("MeasureFollowUpInput");
export type MeasureFollowUpInput = z.output<typeof MeasureFollowUpSchema>;

/**
 * An owner's report on a measure in "Att rapportera": one period, a status (none preselected) and
 * the written result, both required (a status alone says nothing to the samordnare).
 */
export const MeasureReportSchema = MeasureFollowUpSchema.extend({
  narrative: Text(10_000).min(1, "Skriv vad som har gjorts och vad det har gett."),
});

const FigureSchema = z.object({ label: z.string(), value: z.number() });

export const ProblemSchema = z
  .object({
    id: IdSchema,
    title: z.string(),
    category: z.enum(PROBLEM_CATEGORIES),
    areaId: IdSchema.nullable(),
    areaName: z.string().nullable(),
    analysis: z.string(),
    evidence: z.string(),
    policeFigures: z.array(FigureSchema),
    measureIds: z.array(IdSchema),
    version: z.number().int(),
  })
  .openapi("AssessmentProblem");

export const MeasureSchema = z
  .object({
    id: IdSchema,
    title: z.string(),
    description: z.string(),
    responsiblePartyId: IdSchema.nullable(),
    responsiblePartyName: z.string().nullable(),
    dueOn: IsoDateSchema.nullable(),
    problemIds: z.array(IdSchema),
    commitments: z.array(z.object({ id: IdSchema, label: z.string(), promiseRef: z.string() })),
    /** The newest follow-up: the measure's own, or (for a promise point) the point's approved one. */
    latest: z
      .object({
        period: z.string(),
        status: z.enum(MEASURE_STATUSES),
        narrative: z.string(),
        source: z.enum(["measure", "point"]),
      })
      .nullable(),
    followUps: z.array(
      z.object({
        period: z.string(),
        status: z.enum(MEASURE_STATUSES),
        narrative: z.string(),
        version: z.number().int(),
      }),
    ),
    version: z.number().int(),
  })
  .openapi("ActionMeasure");

export const AssessmentSchema = z
  .object({
    id: IdSchema.nullable(),
    year: z.number().int(),
    summary: z.string(),
    planSummary: z.string(),
    version: z.number().int(),
    problems: z.array(ProblemSchema),
    measures: z.array(MeasureSchema),
    flags: z.object({
      problemsWithoutMeasure: z.array(IdSchema),
      measuresWithoutProblem: z.array(IdSchema),
    }),
  })
  .openapi("Assessment");
export type Assessment = z.infer<typeof AssessmentSchema>;
export type Problem = z.infer<typeof ProblemSchema>;
export type Measure = z.infer<typeof MeasureSchema>;
