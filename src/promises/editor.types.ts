/**
 * Request shapes of the promise editor: one zod schema each for the API, the forms and OpenAPI.
 */
import { z } from "@hono/zod-openapi";
import { IdSchema, RefSchema } from "../platform/http/schemas.js";
import { PROMISE_STATUSES } from "./lifecycle.js";

/** Limits shared by forms and API. */
export const LIMITS = {
  title: 200,
  text: 4000,
  reason: 2000,
  unit: 20,
  targets: 20,
  /** Largest spreadsheet upload. */
  uploadMegabytes: 2,
} as const;

const Text = (max: number) => z.string().trim().min(1).max(max);
const OptionalText = (max: number) => z.string().trim().max(max).default("");
const Year = z.coerce.number().int().min(2000).max(2100);

export const PromiseFieldsSchema = z
  .object({
    title: Text(LIMITS.title),
    fromYear: Year,
    toYear: Year,
    background: OptionalText(LIMITS.text),
    howMade: OptionalText(LIMITS.text),
    areaIds: z.array(IdSchema).default([]),
    partyIds: z.array(IdSchema).default([]),
  })
  .refine((v) => v.toYear >= v.fromYear, { path: ["toYear"], message: "to_before_from" })
  .openapi("PromiseFields");
export type PromiseFields = z.output<typeof PromiseFieldsSchema>;

export const CreatePromiseSchema = z
  .object({ ref: RefSchema, fields: PromiseFieldsSchema })
  .openapi("CreatePromise");

export const TargetInputSchema = z.object({
  /** An existing target to edit; absent: a new target. Existing targets not listed are removed. */
  id: IdSchema.optional(),
  description: Text(LIMITS.title),
  unit: Text(LIMITS.unit),
  targetValue: z.coerce.number().finite(),
  direction: z.enum(["at_least", "at_most", "exactly"]),
});
export type TargetInput = z.output<typeof TargetInputSchema>;

export const CommitmentFieldsSchema = z
  .object({
    text: Text(LIMITS.text),
    responsibleKind: z.enum(["joint", "municipality", "police", "other"]),
    responsiblePartyIds: z.array(IdSchema).default([]),
    contributorPartyIds: z.array(IdSchema).default([]),
    unitIds: z.array(IdSchema).default([]),
    goalIds: z.array(IdSchema).default([]),
    weight: z.coerce.number().positive().max(1000).default(1),
    targets: z.array(TargetInputSchema).max(LIMITS.targets).default([]),
  })
  .openapi("CommitmentFields");
export type CommitmentFields = z.output<typeof CommitmentFieldsSchema>;

export const VersionSchema = z.coerce.number().int().positive();

export const StatusChangeSchema = z.object({
  to: z.enum(PROMISE_STATUSES),
  version: VersionSchema,
  /** The signing date when moving to signed (default today). */
  signedOn: z.iso.date().optional(),
});

export const CarryOverDecisionSchema = z.object({
  decision: z.enum(["carry", "close"]).nullable(),
  reason: OptionalText(LIMITS.reason),
  version: VersionSchema,
});

export const CarryOverRequestSchema = z.object({
  ref: RefSchema,
  title: Text(LIMITS.title),
  fromYear: Year,
  toYear: Year,
  choices: z.array(z.object({ commitmentId: IdSchema, reason: Text(LIMITS.reason) })),
});
