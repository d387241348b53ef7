import { createRoute, z } from "@hono/zod-openapi";
import type { Context } from "hono";
import { FollowUpSchema, ProgressSchema } from "../followups/followups.types.js";
import { listPromiseFollowUps } from "../followups/list-follow-ups.js";
import type { AppEnv } from "../platform/http/env.js";
import { createRouter } from "../platform/http/router.js";
import { dataOf, errorResponses, IdSchema, PeriodCodeSchema } from "../platform/http/schemas.js";
import { getCommitment } from "./get-commitment.js";
import { getPromiseDetail } from "./get-promise.js";
import { PROMISE_STATUSES } from "./lifecycle.js";
import { listPromises } from "./list-promises.js";
import { CommitmentWithHistorySchema, PromiseDetailSchema, PromiseSummarySchema } from "./promises.types.js";

const tags = ["Promises"];
const promiseParams = z.object({ promiseId: IdSchema.openapi({ param: { name: "promiseId", in: "path" } }) });
const periodQuery = z.object({
  period: PeriodCodeSchema.optional().openapi({ param: { name: "period", in: "query" } }),
});
const json = <T extends z.ZodType>(schema: T, description: string) => ({
  200: { description, content: { "application/json": { schema } } },
});

/** The promise detail as of a period, for the viewer of the request. */
const detailOf = (c: Context<AppEnv>, promiseId: string, period: string | undefined) =>
  getPromiseDetail({
    db: c.get("db"),
    viewer: c.get("viewer"),
    key: { id: promiseId },
    ...(period ? { period } : {}),
  });

/** Read API for promises, their points, follow-ups and progress. */
export const promisesApi = createRouter()
  .openapi(
    createRoute({
      method: "get",
      path: "/promises",
      tags,
      summary: "List promises",
      description: "Residents see promises from the moment they are published.",
      request: {
        query: z.object({
          partnershipId: IdSchema.optional().openapi({ param: { name: "partnershipId", in: "query" } }),
          year: z.coerce
            .number()
            .int()
            .min(2000)
            .max(2100)
            .optional()
            .openapi({ param: { name: "year", in: "query" } }),
          status: z
            .enum(PROMISE_STATUSES)
            .optional()
            .openapi({ param: { name: "status", in: "query" } }),
        }),
      },
      responses: { ...json(dataOf(PromiseSummarySchema), "Promises"), 400: errorResponses[400] },
    }),
    async (c) => {
      const query = c.req.valid("query");
      const data = await listPromises({ db: c.get("db"), viewer: c.get("viewer"), ...query });
      return c.json({ data }, 200);
    },
  )
  .openapi(
    createRoute({
      method: "get",
      path: "/promises/{promiseId}",
      tags,
      summary: "A promise with its points, their latest follow-up and the progress",
      request: { params: promiseParams, query: periodQuery },
      responses: { ...json(PromiseDetailSchema, "The promise"), ...errorResponses },
    }),
    async (c) => {
      return c.json(await detailOf(c, c.req.valid("param").promiseId, c.req.valid("query").period), 200);
    },
  )
  .openapi(
    createRoute({
      method: "get",
      path: "/promises/{promiseId}/follow-ups",
      tags,
      summary: "Follow-ups of the promise's points, optionally for one period",
      request: { params: promiseParams, query: periodQuery },
      responses: { ...json(dataOf(FollowUpSchema), "Follow-ups"), ...errorResponses },
    }),
    async (c) => {
      const { promiseId } = c.req.valid("param");
      const { period } = c.req.valid("query");
      const data = await listPromiseFollowUps({
        db: c.get("db"),
        viewer: c.get("viewer"),
        promiseId,
        ...(period ? { period } : {}),
      });
      return c.json({ data }, 200);
    },
  )
  .openapi(
    createRoute({
      method: "get",
      path: "/promises/{promiseId}/progress",
      tags,
      summary: "Progress by the published rule: overall, per party and per point",
      request: { params: promiseParams, query: periodQuery },
      responses: { ...json(ProgressSchema, "Progress"), ...errorResponses },
    }),
    async (c) => {
      const detail = await detailOf(c, c.req.valid("param").promiseId, c.req.valid("query").period);
      return c.json(detail.progress, 200);
    },
  )
  .openapi(
    createRoute({
      method: "get",
      path: "/commitments/{commitmentId}",
      tags,
      summary: "One point with all its follow-ups and its lineage",
      request: {
        params: z.object({ commitmentId: IdSchema.openapi({ param: { name: "commitmentId", in: "path" } }) }),
      },
      responses: { ...json(CommitmentWithHistorySchema, "The point"), ...errorResponses },
    }),
    async (c) => {
      const { commitmentId } = c.req.valid("param");
      return c.json(await getCommitment({ db: c.get("db"), viewer: c.get("viewer"), commitmentId }), 200);
    },
  );
