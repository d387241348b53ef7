import { z } from "@hono/zod-openapi";
import { IdSchema, IsoDateSchema, PeriodCodeSchema } from "../platform/http/schemas.js";

const STATUS_CODES = [
  "not_started",
  "in_progress",
  "done",
  "partly_done",
  "not_done",
  "not_applicable",
] as const;
export const ROUND_STATES = ["draft", "submitted", "returned", "approved"] as const;
export type RoundState = (typeof ROUND_STATES)[number];

/** Limits shared by the API and the forms. */
export const NARRATIVE_MAX = 10_000;
export const COMMENT_MAX = 2_000;
export const LINKS_MAX = 20;

export const LinkSchema = z.object({
  url: z
    .string()
    .trim()
    .max(2_000)
    .regex(/^https?:\/\/\S+$/, "http(s) address")
    .openapi({ example: "https://www.linkoping.se/protokoll.pdf" }),
  label: z.string().trim().max(200).nullable(),
});

export const FollowUpDraftInputSchema = z
  .object({
    /** The version the client read; null when no follow-up existed yet. */
    version: z.number().int().min(1).nullable(),
    /** Null (or left out) in a draft whose status is not chosen yet; submitting needs one. */
    status: z.enum(STATUS_CODES).nullable().default(null),
    narrative: z.string().max(NARRATIVE_MAX),
    measurements: z.array(z.object({ targetId: IdSchema, value: z.number().finite() })).max(50),
    links: z.array(LinkSchema).max(LINKS_MAX),
  })
  .openapi("FollowUpDraftInput");
export type FollowUpDraftInput = z.infer<typeof FollowUpDraftInputSchema>;

/** A follow-up as the round sees it; also the before/after of its audit events. */
export const FollowUpSnapshotSchema = z
  .object({
    id: IdSchema,
    commitmentId: IdSchema,
    periodId: IdSchema,
    version: z.number().int(),
    state: z.enum(ROUND_STATES),
    status: z.enum(STATUS_CODES).nullable(),
    narrative: z.string().nullable(),
    measurements: z.array(z.object({ targetId: IdSchema, value: z.number() })),
    links: z.array(z.object({ url: z.string(), label: z.string().nullable() })),
    returnComment: z.string().nullable(),
    authorId: IdSchema.nullable(),
    submittedAt: z.string().nullable(),
    approvedAt: z.string().nullable(),
  })
  .openapi("FollowUpSnapshot");
export type FollowUpSnapshot = z.infer<typeof FollowUpSnapshotSchema>;

/**
 * `error.details` of a refused stale save (409 conflict): the follow-up as it is now and who
 * changed it last, so the client can show it beside what its user typed.
 */
export const FollowUpConflictSchema = z
  .object({
    kind: z.literal("follow_up_conflict"),
    current: FollowUpSnapshotSchema,
    changedBy: z.string().nullable(),
    changedAt: z.string().nullable(),
  })
  .openapi("FollowUpConflict");
export type FollowUpConflict = z.infer<typeof FollowUpConflictSchema>;

export const PeriodStateSchema = z
  .object({
    id: IdSchema,
    code: PeriodCodeSchema,
    deadline: IsoDateSchema,
    closedAt: z.string().nullable(),
  })
  .openapi("PeriodState");

/**
 * The follow-ups chosen for a review (API body and the period page's checkboxes). An empty choice
 * is refused by the service with its own message (`no_selection`).
 */
export const FollowUpSelectionSchema = z
  .object({ followUpIds: z.array(IdSchema).max(200) })
  .openapi("FollowUpSelection");

export const ReturnFollowUpsSchema = FollowUpSelectionSchema.extend({
  comment: z.string().max(COMMENT_MAX),
}).openapi("ReturnFollowUps");

export const ReopenPeriodSchema = z.object({ reason: z.string().max(COMMENT_MAX) }).openapi("ReopenPeriod");

export const SubmitFollowUpSchema = z.object({ version: z.number().int().min(1) }).openapi("SubmitFollowUp");
