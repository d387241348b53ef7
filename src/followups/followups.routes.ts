import { createRoute, z } from "@hono/zod-openapi";
import { systemClock } from "../platform/clock.js";
import { STAFF_ACCESS } from "../platform/http/openapi-security.js";
import { createRouter } from "../platform/http/router.js";
import { ErrorSchema, errorResponses, IdSchema, PeriodCodeSchema } from "../platform/http/schemas.js";
import { closePeriod, reopenPeriod } from "./close-period.js";
import { getFollowUpSnapshot } from "./get-follow-up-form.js";
import { approveFollowUps, returnFollowUps } from "./review-follow-ups.js";
import {
  FollowUpDraftInputSchema,
  FollowUpSelectionSchema,
  FollowUpSnapshotSchema,
  PeriodStateSchema,
  ReopenPeriodSchema,
  ReturnFollowUpsSchema,
  SubmitFollowUpSchema,
} from "./round.types.js";
import { saveFollowUp } from "./save-follow-up.js";
import { submitFollowUp } from "./submit-follow-up.js";

const tags = ["Follow-up round"];
const error = (description: string) => ({
  description,
  content: { "application/json": { schema: ErrorSchema } },
});
const writeErrors = {
  ...errorResponses,
  401: error("Not signed in"),
  403: error("The role does not allow it (e.g. a point another party is responsible for)"),
  409: error("Stale version (details: FollowUpConflict), closed period or wrong state"),
} as const;
const json = <T extends z.ZodType>(schema: T, description: string) => ({
  200: { description, content: { "application/json": { schema } } },
});
const body = <T extends z.ZodType>(schema: T) => ({
  body: { content: { "application/json": { schema } }, required: true },
});
const followUpParams = z.object({
  commitmentId: IdSchema.openapi({ param: { name: "commitmentId", in: "path" } }),
  period: PeriodCodeSchema.openapi({ param: { name: "period", in: "path" } }),
});
const periodParams = z.object({ periodId: IdSchema.openapi({ param: { name: "periodId", in: "path" } }) });

/** The follow-up round's API: save, submit, approve/return, close/reopen (staff only). */
export const followUpsApi = createRouter()
  .openapi(
    createRoute({
      method: "get",
      path: "/commitments/{commitmentId}/follow-ups/{period}",
      operationId: "getFollowUp",
      security: STAFF_ACCESS,
      tags,
      summary: "A point's follow-up for a period, with its version (staff)",
      request: { params: followUpParams },
      responses: {
        ...json(FollowUpSnapshotSchema.nullable(), "The follow-up, or null if none yet"),
        ...writeErrors,
      },
    }),
    async (c) => {
      const { commitmentId, period } = c.req.valid("param");
      const data = await getFollowUpSnapshot({
        db: c.get("db"),
        viewer: c.get("viewer"),
        commitmentId,
        period,
      });
      return c.json(data, 200);
    },
  )
  .openapi(
    createRoute({
      method: "put",
      path: "/commitments/{commitmentId}/follow-ups/{period}",
      operationId: "saveFollowUp",
      security: STAFF_ACCESS,
      tags,
      summary: "Save a follow-up as a draft",
      description:
        "Send the `version` you read (null for a new follow-up). A stale version answers 409 `conflict` with `error.details` = FollowUpConflict (the current values, who changed them and when).",
      request: { params: followUpParams, ...body(FollowUpDraftInputSchema) },
      responses: { ...json(FollowUpSnapshotSchema, "The saved follow-up"), ...writeErrors },
    }),
    async (c) => {
      const { commitmentId, period } = c.req.valid("param");
      const input = c.req.valid("json");
      const data = await saveFollowUp({
        db: c.get("db"),
        viewer: c.get("viewer"),
        commitmentId,
        period,
        input,
      });
      return c.json(data, 200);
    },
  )
  .openapi(
    createRoute({
      method: "post",
      path: "/commitments/{commitmentId}/follow-ups/{period}/submit",
      operationId: "submitFollowUp",
      security: STAFF_ACCESS,
      tags,
      summary: "Submit a saved follow-up for review",
      request: { params: followUpParams, ...body(SubmitFollowUpSchema) },
      responses: { ...json(FollowUpSnapshotSchema, "The submitted follow-up"), ...writeErrors },
    }),
    async (c) => {
      const { commitmentId, period } = c.req.valid("param");
      const { version } = c.req.valid("json");
      const data = await submitFollowUp({
        db: c.get("db"),
        viewer: c.get("viewer"),
        commitmentId,
        period,
        version,
      });
      return c.json(data, 200);
    },
  )
  .openapi(
    createRoute({
      method: "post",
      path: "/periods/{periodId}/approve",
      operationId: "approveFollowUps",
      security: STAFF_ACCESS,
      tags,
      summary: "Approve submitted follow-ups of a period (coordinator)",
      request: { params: periodParams, ...body(FollowUpSelectionSchema) },
      responses: {
        ...json(z.object({ data: z.array(FollowUpSnapshotSchema) }), "The approved follow-ups"),
        ...writeErrors,
      },
    }),
    async (c) => {
      const { periodId } = c.req.valid("param");
      const { followUpIds } = c.req.valid("json");
      const data = await approveFollowUps({
        db: c.get("db"),
        viewer: c.get("viewer"),
        mailer: { config: c.get("config"), clock: systemClock },
        followUpIds,
        period: { id: periodId },
      });
      return c.json({ data }, 200);
    },
  )
  .openapi(
    createRoute({
      method: "post",
      path: "/periods/{periodId}/return",
      operationId: "returnFollowUps",
      security: STAFF_ACCESS,
      tags,
      summary: "Return submitted follow-ups to their authors with a comment (coordinator)",
      request: { params: periodParams, ...body(ReturnFollowUpsSchema) },
      responses: {
        ...json(z.object({ data: z.array(FollowUpSnapshotSchema) }), "The returned follow-ups"),
        ...writeErrors,
      },
    }),
    async (c) => {
      const { periodId } = c.req.valid("param");
      const { followUpIds, comment } = c.req.valid("json");
      const data = await returnFollowUps({
        db: c.get("db"),
        viewer: c.get("viewer"),
        mailer: { config: c.get("config"), clock: systemClock },
        followUpIds,
        period: { id: periodId },
        comment,
      });
      return c.json({ data }, 200);
    },
  )
  .openapi(
    createRoute({
      method: "post",
      path: "/periods/{periodId}/close",
      operationId: "closePeriod",
      security: STAFF_ACCESS,
      tags,
      summary: "Close a period (coordinator)",
      request: { params: periodParams },
      responses: { ...json(PeriodStateSchema, "The closed period"), ...writeErrors },
    }),
    async (c) => {
      const { periodId } = c.req.valid("param");
      return c.json(
        await closePeriod({ db: c.get("db"), viewer: c.get("viewer"), period: { id: periodId } }),
        200,
      );
    },
  )
  .openapi(
    createRoute({
      method: "post",
      path: "/periods/{periodId}/reopen",
      operationId: "reopenPeriod",
      security: STAFF_ACCESS,
      tags,
      summary: "Reopen a closed period with a reason, which is recorded (coordinator)",
      request: { params: periodParams, ...body(ReopenPeriodSchema) },
      responses: { ...json(PeriodStateSchema, "The reopened period"), ...writeErrors },
    }),
    async (c) => {
      const { periodId } = c.req.valid("param");
      const { reason } = c.req.valid("json");
      return c.json(
        await reopenPeriod({
          db: c.get("db"),
          viewer: c.get("viewer"),
          period: { id: periodId },
          reason,
        }),
        200,
      );
    },
  );
