import { z } from "@hono/zod-openapi";
import { IdSchema, LocalizedTextSchema } from "../platform/http/schemas.js";

const STATUS_CODES = [
  "not_started",
  "in_progress",
  "done",
  "partly_done",
  "not_done",
  "not_applicable",
] as const;

export const FollowUpSchema = z
  .object({
    id: IdSchema,
    commitmentId: IdSchema,
    period: z.string().openapi({ example: "2017-T3" }),
    status: z.enum(STATUS_CODES),
    state: z.enum(["draft", "submitted", "returned", "approved"]),
    narrative: LocalizedTextSchema.nullable(),
    submittedAt: z.iso.datetime().nullable(),
    approvedAt: z.iso.datetime().nullable(),
    measurements: z.array(z.object({ targetId: IdSchema, value: z.number() })),
  })
  .openapi("FollowUp");

const RollUpSchema = z.object({
  percent: z.number().int().nullable(),
  counted: z.number().int(),
  excluded: z.number().int(),
  total: z.number().int(),
});

export const ProgressSchema = z
  .object({
    period: z.string().nullable(),
    rule: z.object({
      version: z.number().int(),
      statuses: z.array(
        z.object({
          code: z.enum(STATUS_CODES),
          defaultProgress: z.number(),
          countsTowardProgress: z.boolean(),
        }),
      ),
    }),
    overall: RollUpSchema,
    byParty: z.array(RollUpSchema.extend({ partyId: IdSchema, name: z.string() })),
    byCommitment: z.array(
      z.object({
        commitmentId: IdSchema,
        number: z.number().int(),
        status: z.enum(STATUS_CODES).nullable(),
        weight: z.number(),
        value: z.number().nullable(),
      }),
    ),
  })
  .openapi("Progress");

export type FollowUp = z.infer<typeof FollowUpSchema>;
export type Progress = z.infer<typeof ProgressSchema>;
