/**
 * Request shapes of the promise editor: one zod schema each for the API, the forms and OpenAPI.
 * The pages read their forms with these schemas (platform/http/form.ts). Where a form offers what
 * a request does not — a row to tick off, an empty row for a new target, a box per point to
 * choose — its `*FormSchema` leaves those out and hands the rest to the request's schema.
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
/** An optional ISO date; an empty form field is "none". */
const OptionalDate = z.preprocess(
  (v) => (v === "" ? undefined : v),
  z.iso.date().optional().openapi({ example: "2023-05-01" }),
);

const promiseFields = {
  title: Text(LIMITS.title),
  fromYear: Year,
  toYear: Year,
  /** The first day the promise runs (within fromYear); none: 1 January of fromYear. */
  startsOn: OptionalDate,
  /** The last day the promise runs (within toYear); none: 31 December of toYear. */
  endsOn: OptionalDate,
  background: OptionalText(LIMITS.text),
  howMade: OptionalText(LIMITS.text),
  areaIds: z.array(IdSchema).default([]),
  partyIds: z.array(IdSchema).default([]),
};
type Span = { fromYear: number; toYear: number; startsOn?: string | undefined; endsOn?: string | undefined };
type Rule = [(v: Span) => boolean, { path: string[]; message: string }];
const yearsInOrder: Rule = [(v) => v.toYear >= v.fromYear, { path: ["toYear"], message: "to_before_from" }];
const startsInFromYear: Rule = [
  (v) => !v.startsOn || Number(v.startsOn.slice(0, 4)) === v.fromYear,
  { path: ["startsOn"], message: "date_outside_year" },
];
const endsInToYear: Rule = [
  (v) => !v.endsOn || Number(v.endsOn.slice(0, 4)) === v.toYear,
  { path: ["endsOn"], message: "date_outside_year" },
];
const datesInOrder: Rule = [
  (v) => !v.startsOn || !v.endsOn || v.endsOn >= v.startsOn,
  { path: ["endsOn"], message: "to_before_from" },
];

export const PromiseFieldsSchema = z
  .object(promiseFields)
  .refine(...yearsInOrder)
  .refine(...startsInFromYear)
  .refine(...endsInToYear)
  .refine(...datesInOrder)
  .openapi("PromiseFields");
export type PromiseFields = z.output<typeof PromiseFieldsSchema>;

export const VersionSchema = z.coerce.number().int().positive();

/** A new promise: its reference (the address) and its fields. */
export const NewPromiseSchema = z
  .object({ ref: RefSchema, ...promiseFields })
  .refine(...yearsInOrder)
  .refine(...startsInFromYear)
  .refine(...endsInToYear)
  .refine(...datesInOrder);

/** A change of a promise's fields, with the version the user read. */
export const PromiseChangeSchema = z
  .object({ version: VersionSchema, ...promiseFields })
  .refine(...yearsInOrder)
  .refine(...startsInFromYear)
  .refine(...endsInToYear)
  .refine(...datesInOrder);

/** The texts residents read (the kommunikatör's form): background and how it was made. */
export const PublicTextsChangeSchema = z.object({
  version: VersionSchema,
  background: promiseFields.background,
  howMade: promiseFields.howMade,
});
export type PublicTexts = Omit<z.output<typeof PublicTextsChangeSchema>, "version">;

export const TargetInputSchema = z.object({
  /** An existing target to edit; absent: a new target. Existing targets not listed are removed. */
  id: IdSchema.optional(),
  description: Text(LIMITS.title),
  unit: Text(LIMITS.unit),
  /** The value aimed at; empty or absent: none (a measure without a target), never 0. */
  targetValue: z.preprocess(
    (v) => (v === "" || v === undefined ? null : v),
    z.coerce.number().finite().nullable().openapi({ example: 4 }),
  ),
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

/** A change of a point, with the version the user read. */
export const CommitmentChangeSchema = CommitmentFieldsSchema.extend({ version: VersionSchema });

/** A target row of the point form, as typed: `remove` ticks it off; a new row may stay empty. */
const TargetRowSchema = z.object({
  id: IdSchema.optional(),
  remove: z.boolean(),
  description: z.string().default(""),
  unit: z.string().default(""),
  targetValue: z.number().optional(),
  direction: z.string().default(""),
});

const TargetRowsSchema = z.array(TargetRowSchema).default([]);

/** Whether something was typed in a new target row (the direction is always chosen). */
function typedIn(t: z.output<typeof TargetRowSchema>): boolean {
  return t.description.trim() !== "" || t.unit.trim() !== "" || t.targetValue !== undefined;
}

/**
 * The target rows a point form asks for: not ticked off, and not a new row left empty (the form
 * offers two). An empty target value is "no target" (null).
 */
function keptTargets<F extends { targets: z.output<typeof TargetRowsSchema> }>(form: F) {
  const targets = form.targets
    .filter((t) => !t.remove && (t.id !== undefined || typedIn(t)))
    .map(({ remove: _remove, ...t }) => ({ ...t, targetValue: t.targetValue ?? null }));
  return { ...form, targets };
}

/**
 * The point forms (`targets.N.description` …) read into requests: target rows ticked off and the
 * empty row for a new target are left out; the request's schema validates the rest.
 */
export const NewPointFormSchema = z
  .object({ ...CommitmentFieldsSchema.shape, targets: TargetRowsSchema })
  .transform((form) => keptTargets(form) as z.input<typeof CommitmentFieldsSchema>)
  .pipe(CommitmentFieldsSchema);
export const PointChangeFormSchema = z
  .object({ ...CommitmentChangeSchema.shape, targets: TargetRowsSchema })
  .transform((form) => keptTargets(form) as z.input<typeof CommitmentChangeSchema>)
  .pipe(CommitmentChangeSchema);

/** A point moved one step (the editor's buttons), with the promise's version. */
export const MovePointSchema = z.object({ direction: z.enum(["up", "down"]), version: VersionSchema });

/** A point removed, with the version the user read. */
export const RemovePointSchema = z.object({ version: VersionSchema });

export const StatusChangeSchema = z.object({
  to: z.enum(PROMISE_STATUSES),
  version: VersionSchema,
  /** The signing date when moving to signed (default today). */
  signedOn: z.iso.date().optional(),
});

export const CarryOverDecisionSchema = z.object({
  /** Carry the point into the next promise, close it, or no decision (null; in a form, empty). */
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

/**
 * The "Nytt löfte från detta" form: a box and a reason per point (`choices.N.commitmentId`,
 * `choices.N.reason`); the points whose box is not ticked are left out.
 */
export const CarryOverFormSchema = z
  .object({
    ...CarryOverRequestSchema.shape,
    choices: z
      .array(z.object({ commitmentId: IdSchema.optional(), reason: z.string().default("") }))
      .default([]),
  })
  .transform(
    ({ choices, ...rest }) =>
      ({
        ...rest,
        choices: choices.filter((c) => c.commitmentId !== undefined),
      }) as z.input<typeof CarryOverRequestSchema>,
  )
  .pipe(CarryOverRequestSchema);

/** A spreadsheet uploaded in the editor. */
export const SpreadsheetUploadSchema = z.object({ file: z.file().optional() });
