import { createRoute, z } from "@hono/zod-openapi";
import { FollowUpSchema, ProgressSchema } from "../followups/followups.types.js";
import { AreaSchema, PartnershipSchema, PartySchema } from "../partnerships/partnerships.types.js";
import { PeriodSchema } from "../periods/periods.types.js";
import { PUBLIC_ACCESS } from "../platform/http/openapi-security.js";
import { createRouter } from "../platform/http/router.js";
import { dataOf, errorResponses, IdSchema, PeriodCodeSchema } from "../platform/http/schemas.js";
import { PROMISE_STATUSES } from "../promises/lifecycle.js";
import {
  CommitmentWithHistorySchema,
  PromiseDetailSchema,
  PromiseSummarySchema,
} from "../promises/promises.types.js";
import {
  PROMISE_LIST_DEFAULT_LIMIT,
  PROMISE_LIST_MAX_LIMIT,
  readPublicAreas,
  readPublicCommitment,
  readPublicFollowUps,
  readPublicParties,
  readPublicPartnership,
  readPublicPartnerships,
  readPublicPeriods,
  readPublicProgress,
  readPublicPromise,
  readPublicPromiseList,
} from "./public-readers.js";
import { markPublic } from "./public-snapshot.js";

const json = <T extends z.ZodType>(schema: T, description: string) => ({
  200: { description, content: { "application/json": { schema } } },
});

const partnershipTags = ["Partnerships"];
const params = z.object({
  partnershipId: IdSchema.openapi({ param: { name: "partnershipId", in: "path" } }),
});

const tags = ["Promises"];
/** One page of the promise list: newest first; `nextCursor` asks for the next page (null: the last). */
const PromisePageSchema = z
  .object({
    data: z.array(PromiseSummarySchema),
    nextCursor: z.string().nullable().openapi({
      description: "Pass as `cursor` to get the next page; null on the last page.",
    }),
  })
  .openapi("PromisePage");
const promiseParams = z.object({ promiseId: IdSchema.openapi({ param: { name: "promiseId", in: "path" } }) });
const periodQuery = z.object({
  period: PeriodCodeSchema.optional().openapi({ param: { name: "period", in: "query" } }),
});

/**
 * The public read API: partnerships and what they hold, promises, their points, follow-ups and
 * progress, read only through the public readers. Every answer is what residents see, whoever
 * asks (a signed-in staff member included): published promises and approved follow-ups.
 */
export const publishingApi = createRouter()
  .openapi(
    createRoute({
      method: "get",
      path: "/partnerships",
      operationId: "listPartnerships",
      security: PUBLIC_ACCESS,
      tags: partnershipTags,
      summary: "List partnerships",
      responses: { ...json(dataOf(PartnershipSchema), "Partnerships"), 400: errorResponses[400] },
    }),
    async (c) => {
      markPublic(c);
      return c.json({ data: await readPublicPartnerships(c.get("db")) }, 200);
    },
  )
  .openapi(
    createRoute({
      method: "get",
      path: "/partnerships/{partnershipId}",
      operationId: "getPartnership",
      security: PUBLIC_ACCESS,
      tags: partnershipTags,
      summary: "One partnership",
      request: { params },
      responses: { ...json(PartnershipSchema, "The partnership"), ...errorResponses },
    }),
    async (c) => {
      markPublic(c);
      const { partnershipId } = c.req.valid("param");
      return c.json(await readPublicPartnership(c.get("db"), partnershipId), 200);
    },
  )
  .openapi(
    createRoute({
      method: "get",
      path: "/partnerships/{partnershipId}/parties",
      operationId: "listPartnershipParties",
      security: PUBLIC_ACCESS,
      tags: partnershipTags,
      summary: "The parties of a partnership with their units",
      request: { params },
      responses: { ...json(dataOf(PartySchema), "Parties"), ...errorResponses },
    }),
    async (c) => {
      markPublic(c);
      const { partnershipId } = c.req.valid("param");
      const data = await readPublicParties(c.get("db"), partnershipId);
      return c.json({ data }, 200);
    },
  )
  .openapi(
    createRoute({
      method: "get",
      path: "/partnerships/{partnershipId}/areas",
      operationId: "listPartnershipAreas",
      security: PUBLIC_ACCESS,
      tags: partnershipTags,
      summary: "Areas with their police classification history",
      request: { params },
      responses: { ...json(dataOf(AreaSchema), "Areas"), ...errorResponses },
    }),
    async (c) => {
      markPublic(c);
      const { partnershipId } = c.req.valid("param");
      const data = await readPublicAreas(c.get("db"), partnershipId);
      return c.json({ data }, 200);
    },
  )
  .openapi(
    createRoute({
      method: "get",
      path: "/partnerships/{partnershipId}/periods",
      operationId: "listPartnershipPeriods",
      security: PUBLIC_ACCESS,
      tags: partnershipTags,
      summary: "Reporting periods with their deadlines",
      request: { params },
      responses: { ...json(dataOf(PeriodSchema), "Periods"), ...errorResponses },
    }),
    async (c) => {
      markPublic(c);
      const { partnershipId } = c.req.valid("param");
      const data = await readPublicPeriods(c.get("db"), partnershipId);
      return c.json({ data }, 200);
    },
  )
  .openapi(
    createRoute({
      method: "get",
      path: "/promises",
      operationId: "listPromises",
      security: PUBLIC_ACCESS,
      tags,
      summary: "List promises",
      description:
        "Residents see promises from the moment they are published. Newest first, one page at a time: follow `nextCursor` (with the same filters) until it is null.",
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
          limit: z.coerce
            .number()
            .int()
            .min(1)
            .max(PROMISE_LIST_MAX_LIMIT)
            .optional()
            .openapi({
              param: { name: "limit", in: "query" },
              description: `How many promises one page has: ${PROMISE_LIST_DEFAULT_LIMIT} unless given, at most ${PROMISE_LIST_MAX_LIMIT}.`,
            }),
          cursor: z
            .string()
            .min(1)
            .max(400)
            .optional()
            .openapi({
              param: { name: "cursor", in: "query" },
              description: "Where the page starts: the `nextCursor` of the previous page (opaque).",
            }),
        }),
      },
      responses: { ...json(PromisePageSchema, "Promises"), 400: errorResponses[400] },
    }),
    async (c) => {
      markPublic(c);
      const { limit, cursor, ...filter } = c.req.valid("query");
      const page = await readPublicPromiseList(c.get("db"), filter, {
        ...(limit !== undefined ? { limit } : {}),
        ...(cursor !== undefined ? { cursor } : {}),
      });
      return c.json(page, 200);
    },
  )
  .openapi(
    createRoute({
      method: "get",
      path: "/promises/{promiseId}",
      operationId: "getPromise",
      security: PUBLIC_ACCESS,
      tags,
      summary: "A promise with its points, their latest follow-up and the progress",
      request: { params: promiseParams, query: periodQuery },
      responses: { ...json(PromiseDetailSchema, "The promise"), ...errorResponses },
    }),
    async (c) => {
      markPublic(c);
      const { promiseId } = c.req.valid("param");
      return c.json(await readPublicPromise(c.get("db"), promiseId, c.req.valid("query").period), 200);
    },
  )
  .openapi(
    createRoute({
      method: "get",
      path: "/promises/{promiseId}/follow-ups",
      operationId: "listPromiseFollowUps",
      security: PUBLIC_ACCESS,
      tags,
      summary: "Follow-ups of the promise's points, optionally for one period",
      request: { params: promiseParams, query: periodQuery },
      responses: { ...json(dataOf(FollowUpSchema), "Follow-ups"), ...errorResponses },
    }),
    async (c) => {
      markPublic(c);
      const { promiseId } = c.req.valid("param");
      const { period } = c.req.valid("query");
      const data = await readPublicFollowUps(c.get("db"), promiseId, period);
      return c.json({ data }, 200);
    },
  )
  .openapi(
    createRoute({
      method: "get",
      path: "/promises/{promiseId}/progress",
      operationId: "getPromiseProgress",
      security: PUBLIC_ACCESS,
      tags,
      summary: "Progress by the published rule: overall, per party and per point",
      request: { params: promiseParams, query: periodQuery },
      responses: { ...json(ProgressSchema, "Progress"), ...errorResponses },
    }),
    async (c) => {
      markPublic(c);
      const { promiseId } = c.req.valid("param");
      return c.json(await readPublicProgress(c.get("db"), promiseId, c.req.valid("query").period), 200);
    },
  )
  .openapi(
    createRoute({
      method: "get",
      path: "/commitments/{commitmentId}",
      operationId: "getCommitment",
      security: PUBLIC_ACCESS,
      tags,
      summary: "One point with all its follow-ups and its lineage",
      request: {
        params: z.object({ commitmentId: IdSchema.openapi({ param: { name: "commitmentId", in: "path" } }) }),
      },
      responses: { ...json(CommitmentWithHistorySchema, "The point"), ...errorResponses },
    }),
    async (c) => {
      markPublic(c);
      const { commitmentId } = c.req.valid("param");
      return c.json(await readPublicCommitment(c.get("db"), commitmentId), 200);
    },
  );
