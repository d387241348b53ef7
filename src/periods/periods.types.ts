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
