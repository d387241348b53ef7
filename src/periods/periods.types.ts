import { z } from "@hono/zod-openapi";
import { IdSchema, IsoDateSchema } from "../platform/http/schemas.js";

export const PeriodSchema = z
  .object({
    id: IdSchema,
    code: z.string().openapi({ example: "2017-T2" }),
    year: z.number().int(),
    index: z.number().int(),
    startsOn: IsoDateSchema,
    endsOn: IsoDateSchema,
    deadline: IsoDateSchema,
    closed: z.boolean(),
  })
  .openapi("Period");

export type Period = z.infer<typeof PeriodSchema>;

/** A period's schedule: its deadline and the reminder days before it (null: the partnership's). */
export const PeriodScheduleSchema = z
  .object({
    deadline: IsoDateSchema,
    reminderDaysBefore: z.preprocess(
      (v) => (v === "" ? null : v),
      z.coerce.number().int().min(0).max(60).nullable().default(null),
    ),
  })
  .openapi("PeriodSchedule");
export type PeriodScheduleInput = z.output<typeof PeriodScheduleSchema>;

export const PeriodScheduleResultSchema = z
  .object({
    id: IdSchema,
    code: z.string().openapi({ example: "2023-T2" }),
    name: z.string().openapi({ example: "tertial 2 2023" }),
    endsOn: IsoDateSchema,
    deadline: IsoDateSchema,
    reminderDaysBefore: z.number().int().nullable(),
  })
  .openapi("PeriodScheduleResult");

/** A partnership's reporting rhythm: scheme, default deadline and reminder days for new periods. */
export const ReportingSettingsSchema = z
  .object({
    periodScheme: z.enum(["tertial", "quarter", "half"]),
    deadlineOffsetDays: z.coerce.number().int().min(0).max(90),
    reminderDaysBefore: z.coerce.number().int().min(0).max(60),
  })
  .openapi("ReportingSettings");
export type ReportingSettingsInput = z.output<typeof ReportingSettingsSchema>;

export const ReportingSettingsChangeSchema = ReportingSettingsSchema.extend({
  version: z.coerce.number().int().positive(),
}).openapi("ReportingSettingsChange");

export const ReportingSettingsResultSchema = ReportingSettingsSchema.extend({
  version: z.number().int(),
  periods: z.object({
    created: z.array(z.string()),
    removed: z.array(z.string()),
    kept: z.array(z.string()),
  }),
}).openapi("ReportingSettingsResult");
