/**
 * The lägesbild and åtgärdsplan's API (mounted under /api/v1), under
 * `/partnerships/{slug}/assessments/{year}`: the same reads and changes as the workspace page.
 * Someone outside the partnership is told it does not exist (404); a member whose role may not
 * write gets 403; a stale version 409.
 */
import { createRoute, z } from "@hono/zod-openapi";
import type { Context } from "hono";
import type { AppEnv } from "../platform/http/env.js";
import { STAFF_ACCESS } from "../platform/http/openapi-security.js";
import { createRouter } from "../platform/http/router.js";
import { ErrorSchema, errorResponses, IdSchema, SlugSchema } from "../platform/http/schemas.js";
import {
  addMeasure,
  addProblem,
  changeMeasure,
  changeProblem,
  getAssessment,
  type PreventionScope,
  preventionScopeOf,
  recordMeasureFollowUp,
  removeProblem,
  saveAssessmentTexts,
} from "./prevention.js";
import {
  AssessmentSchema,
  AssessmentTextsSchema,
  MeasureChangeSchema,
  MeasureFollowUpSchema,
  MeasureInputSchema,
  ProblemChangeSchema,
  ProblemInputSchema,
} from "./prevention.types.js";

const tags = ["Lägesbild och åtgärdsplan"];
type C = Context<AppEnv>;

const yearParams = z.object({
  slug: SlugSchema.openapi({ param: { name: "slug", in: "path" } }),
  year: z.coerce
    .number()
    .int()
    .min(2000)
    .max(2100)
    .openapi({ param: { name: "year", in: "path" }, example: 2024 }),
});
const problemParams = yearParams.extend({
  problemId: IdSchema.openapi({ param: { name: "problemId", in: "path" } }),
});
const measureParams = yearParams.extend({
  measureId: IdSchema.openapi({ param: { name: "measureId", in: "path" } }),
});

const refusals = {
  ...errorResponses,
  403: { description: "A role that may not write", content: { "application/json": { schema: ErrorSchema } } },
  409: {
    description: "Changed meanwhile (stale version)",
    content: { "application/json": { schema: ErrorSchema } },
  },
};

const scopeOf = (c: C, slug: string): Promise<PreventionScope> =>
  preventionScopeOf(c.get("db"), c.get("viewer"), slug);

const assessmentResponse = {
  200: {
    description: "The lägesbild and åtgärdsplan after the change",
    content: { "application/json": { schema: AssessmentSchema } },
  },
};
const jsonBody = <T extends z.ZodType>(schema: T) => ({
  body: { content: { "application/json": { schema } }, required: true },
});

export const preventionApi = createRouter();

const PATH = "/partnerships/{slug}/assessments/{year}";

preventionApi.openapi(
  createRoute({
    method: "get",
    path: PATH,
    operationId: "getAssessment",
    security: STAFF_ACCESS,
    tags,
    summary: "The year's lägesbild and åtgärdsplan: problems, measures, links, follow-ups and flags",
    request: { params: yearParams },
    responses: { ...assessmentResponse, ...refusals },
  }),
  async (c) => {
    const { slug, year } = c.req.valid("param");
    return c.json(await getAssessment({ ...(await scopeOf(c, slug)), year }), 200);
  },
);

preventionApi.openapi(
  createRoute({
    method: "put",
    path: `${PATH}/texts`,
    operationId: "saveAssessmentTexts",
    security: STAFF_ACCESS,
    tags,
    summary: "The lägesbild's summary and the åtgärdsplan's introduction (version 0 creates the year's)",
    request: { params: yearParams, ...jsonBody(AssessmentTextsSchema) },
    responses: { ...assessmentResponse, ...refusals },
  }),
  async (c) => {
    const { slug, year } = c.req.valid("param");
    const scope = await scopeOf(c, slug);
    await saveAssessmentTexts({ ...scope, year, input: c.req.valid("json") });
    return c.json(await getAssessment({ ...scope, year }), 200);
  },
);

preventionApi.openapi(
  createRoute({
    method: "post",
    path: `${PATH}/problems`,
    operationId: "addAssessmentProblem",
    security: STAFF_ACCESS,
    tags,
    summary: "Add a problem with its analysis, evidence and the police's figures",
    request: { params: yearParams, ...jsonBody(ProblemInputSchema) },
    responses: { ...assessmentResponse, ...refusals },
  }),
  async (c) => {
    const { slug, year } = c.req.valid("param");
    const scope = await scopeOf(c, slug);
    await addProblem({ ...scope, year, input: c.req.valid("json") });
    return c.json(await getAssessment({ ...scope, year }), 200);
  },
);

preventionApi.openapi(
  createRoute({
    method: "put",
    path: `${PATH}/problems/{problemId}`,
    operationId: "changeAssessmentProblem",
    security: STAFF_ACCESS,
    tags,
    summary: "Change a problem (with the version read)",
    request: { params: problemParams, ...jsonBody(ProblemChangeSchema) },
    responses: { ...assessmentResponse, ...refusals },
  }),
  async (c) => {
    const { slug, year, problemId } = c.req.valid("param");
    const scope = await scopeOf(c, slug);
    await changeProblem({ ...scope, problemId, input: c.req.valid("json") });
    return c.json(await getAssessment({ ...scope, year }), 200);
  },
);

preventionApi.openapi(
  createRoute({
    method: "delete",
    path: `${PATH}/problems/{problemId}`,
    operationId: "removeAssessmentProblem",
    security: STAFF_ACCESS,
    tags,
    summary: "Remove a problem (with the version read); its links to measures go with it",
    request: {
      params: problemParams,
      query: z.object({
        version: z.coerce.number().int().positive().optional().openapi({
          description: "The version read (required; an unknown problem is 404 before it is asked for)",
        }),
      }),
    },
    responses: { ...assessmentResponse, ...refusals },
  }),
  async (c) => {
    const { slug, year, problemId } = c.req.valid("param");
    const scope = await scopeOf(c, slug);
    await removeProblem({ ...scope, problemId, version: c.req.valid("query").version });
    return c.json(await getAssessment({ ...scope, year }), 200);
  },
);

preventionApi.openapi(
  createRoute({
    method: "post",
    path: `${PATH}/measures`,
    operationId: "addActionMeasure",
    security: STAFF_ACCESS,
    tags,
    summary: "Add a measure to the åtgärdsplan, linked to problems and promise points",
    request: { params: yearParams, ...jsonBody(MeasureInputSchema) },
    responses: { ...assessmentResponse, ...refusals },
  }),
  async (c) => {
    const { slug, year } = c.req.valid("param");
    const scope = await scopeOf(c, slug);
    await addMeasure({ ...scope, year, input: c.req.valid("json") });
    return c.json(await getAssessment({ ...scope, year }), 200);
  },
);

preventionApi.openapi(
  createRoute({
    method: "put",
    path: `${PATH}/measures/{measureId}`,
    operationId: "changeActionMeasure",
    security: STAFF_ACCESS,
    tags,
    summary: "Change a measure and its links (with the version read)",
    request: { params: measureParams, ...jsonBody(MeasureChangeSchema) },
    responses: { ...assessmentResponse, ...refusals },
  }),
  async (c) => {
    const { slug, year, measureId } = c.req.valid("param");
    const scope = await scopeOf(c, slug);
    await changeMeasure({ ...scope, measureId, input: c.req.valid("json") });
    return c.json(await getAssessment({ ...scope, year }), 200);
  },
);

preventionApi.openapi(
  createRoute({
    method: "post",
    path: `${PATH}/measures/{measureId}/follow-ups`,
    operationId: "followUpActionMeasure",
    security: STAFF_ACCESS,
    tags,
    summary:
      "A measure's status in a reporting period, by its owners (the round's point-ownership rule), the coordinator or the administrator (refused when the period is closed or the measure is a promise point)",
    request: { params: measureParams, ...jsonBody(MeasureFollowUpSchema) },
    responses: { ...assessmentResponse, ...refusals },
  }),
  async (c) => {
    const { slug, year, measureId } = c.req.valid("param");
    const scope = await scopeOf(c, slug);
    await recordMeasureFollowUp({ ...scope, measureId, input: c.req.valid("json") });
    return c.json(await getAssessment({ ...scope, year }), 200);
  },
);
