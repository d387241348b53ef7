import { z } from "@hono/zod-openapi";
import { FollowUpSchema, ProgressSchema } from "../followups/followups.types.js";
import {
  IdSchema,
  IsoDateSchema,
  LocalizedTextSchema,
  RefSchema,
  SlugSchema,
} from "../platform/http/schemas.js";
import { PROMISE_STATUSES } from "./lifecycle.js";

const PartyRefSchema = z.object({
  id: IdSchema,
  name: z.string(),
  kind: z.enum(["municipality", "police", "other"]),
});

export const PromiseSummarySchema = z
  .object({
    id: IdSchema,
    ref: RefSchema,
    partnershipId: IdSchema,
    partnershipSlug: SlugSchema.optional().openapi({
      description: "Public answers: the partnership's slug; the promise's page is /{partnershipSlug}/{ref}.",
    }),
    title: LocalizedTextSchema,
    fromYear: z.number().int(),
    toYear: z.number().int(),
    status: z.enum(PROMISE_STATUSES),
    signedOn: IsoDateSchema.nullable(),
    areas: z.array(z.object({ id: IdSchema, name: z.string() })),
    parties: z.array(PartyRefSchema),
    commitmentCount: z.number().int(),
    /** True when the promise holds values invented for the demo. */
    demo: z.boolean(),
  })
  .openapi("PromiseSummary");

const LineageLinkSchema = z.object({
  commitmentId: IdSchema,
  promiseRef: RefSchema,
  number: z.number().int(),
});

export const TargetSchema = z
  .object({
    id: IdSchema,
    position: z.number().int(),
    description: LocalizedTextSchema,
    unit: z.string(),
    /** null: a measure the point records without a target ("no target"). */
    targetValue: z.number().nullable(),
    direction: z.enum(["at_least", "at_most", "exactly"]),
    measured: z.object({ value: z.number(), period: z.string() }).nullable(),
    attainment: z.object({ met: z.boolean(), ratio: z.number() }).nullable(),
  })
  .openapi("Target");

export const CommitmentSchema = z
  .object({
    id: IdSchema,
    promiseId: IdSchema,
    externalId: z.string(),
    number: z.number().int(),
    text: LocalizedTextSchema,
    responsibleKind: z.enum(["joint", "municipality", "police", "other"]),
    weight: z.number(),
    responsibleParties: z.array(PartyRefSchema),
    contributors: z.array(PartyRefSchema),
    units: z.array(z.object({ id: IdSchema, name: z.string() })),
    councilGoals: z.array(z.object({ id: IdSchema, number: z.number().int(), text: LocalizedTextSchema })),
    targets: z.array(TargetSchema),
    carryOver: z
      .object({ decision: z.enum(["carry", "close"]), reason: LocalizedTextSchema.nullable() })
      .nullable(),
    carriedFrom: LineageLinkSchema.nullable(),
    carriedTo: z.array(LineageLinkSchema),
    latestFollowUp: FollowUpSchema.nullable(),
    /** Progress value of the point by the published rule, or null when it is left out. */
    progress: z.number().nullable(),
  })
  .openapi("Commitment");

export const PromiseDetailSchema = PromiseSummarySchema.extend({
  background: LocalizedTextSchema.nullable(),
  howMade: LocalizedTextSchema.nullable(),
  agreement: z
    .object({ id: IdSchema, title: LocalizedTextSchema, signedOn: IsoDateSchema.nullable() })
    .nullable(),
  /** The reporting period the follow-ups and progress are shown as of. */
  asOfPeriod: z.string().nullable(),
  commitments: z.array(CommitmentSchema),
  progress: ProgressSchema,
}).openapi("PromiseDetail");

export type PromiseSummary = z.infer<typeof PromiseSummarySchema>;
export type PromiseDetail = z.infer<typeof PromiseDetailSchema>;
export type Commitment = z.infer<typeof CommitmentSchema>;
export type Target = z.infer<typeof TargetSchema>;

export const CommitmentWithHistorySchema = CommitmentSchema.extend({
  promiseRef: RefSchema,
  followUps: z.array(FollowUpSchema),
}).openapi("CommitmentWithHistory");

export type CommitmentWithHistory = z.infer<typeof CommitmentWithHistorySchema>;
