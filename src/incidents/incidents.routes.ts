/**
 * The incident reports' API (mounted under /api/v1), under `/partnerships/{slug}/incidents`:
 * reporting (händelserapportör), the raw reports (samordnare, kommunpolis, administratör; a
 * reporter their own), the category list and settings, the weekly lägesbild and the weekly counts
 * as CSV (counts below 5 hidden). Who may do what: `incidents.policy.ts`; anyone outside the
 * partnership is told it does not exist.
 */
import { createRoute, z } from "@hono/zod-openapi";
import type { Context } from "hono";
import { AppError } from "../platform/errors.js";
import type { AppEnv } from "../platform/http/env.js";
import { STAFF_ACCESS } from "../platform/http/openapi-security.js";
import { createRouter } from "../platform/http/router.js";
import { dataOf, ErrorSchema, errorResponses, SlugSchema } from "../platform/http/schemas.js";
import { exportWeeklyCounts } from "./export-counts.js";
import {
  addCategory,
  changeCategory,
  changeIncidentSettings,
  getIncidentConfiguration,
  type IncidentScope,
  incidentScopeOf,
  loadCategories,
} from "./incident-categories.service.js";
import { incidentsPolicy } from "./incidents.policy.js";
import {
  AssessmentSchema,
  CategoryChangeSchema,
  CategoryInputSchema,
  CategoryKeySchema,
  CategorySchema,
  IncidentInputSchema,
  IncidentSchema,
  IncidentSettingsChangeSchema,
  IncidentSettingsResultSchema,
  MyIncidentsSchema,
  PublicationSchema,
  ShareSchema,
  SituationSchema,
  SituationSummarySchema,
  WeekSchema,
} from "./incidents.types.js";
import { listIncidents, listMyIncidents } from "./list-incidents.js";
import { reportIncident } from "./report-incident.js";
import {
  assessSituation,
  compileSituationNow,
  getSituation,
  listSituations,
  publishSituation,
  shareSituation,
} from "./situations.js";

const tags = ["Incident reports"];
type C = Context<AppEnv>;
const BASE = "/partnerships/{slug}/incidents";

const slugParams = z.object({ slug: SlugSchema.openapi({ param: { name: "slug", in: "path" } }) });
const weekParams = slugParams.extend({ week: WeekSchema.openapi({ param: { name: "week", in: "path" } }) });
const categoryParams = slugParams.extend({
  categoryKey: CategoryKeySchema.openapi({ param: { name: "categoryKey", in: "path" } }),
});

const error = (description: string) => ({
  description,
  content: { "application/json": { schema: ErrorSchema } },
});
const refusals = {
  ...errorResponses,
  401: error("Not signed in"),
  403: error("The role does not allow it"),
};
const writeRefusals = { ...refusals, 409: error("Stale version, or a lägesbild already shared") };
const json = <T extends z.ZodType>(schema: T, description: string) => ({
  200: { description, content: { "application/json": { schema } } },
});
const created = <T extends z.ZodType>(schema: T, description: string) => ({
  201: { description, content: { "application/json": { schema } } },
});
const body = <T extends z.ZodType>(schema: T) => ({
  body: { content: { "application/json": { schema } }, required: true },
});

/** The partnership of the address as a service's scope (404 when there is none). */
const scopeOf = (c: C, slug: string): Promise<IncidentScope> =>
  incidentScopeOf(c.get("db"), c.get("viewer"), slug);

const situationOut = <T extends { boundaries?: unknown }>(s: T) => {
  const { boundaries: _drop, ...rest } = s;
  return rest;
};

export const incidentsApi = createRouter();

incidentsApi.openapi(
  createRoute({
    method: "get",
    path: BASE,
    operationId: "listIncidents",
    security: STAFF_ACCESS,
    tags,
    summary: "Every raw incident report of the partnership (samordnare, kommunpolis, administratör)",
    request: { params: slugParams },
    responses: { ...json(dataOf(IncidentSchema), "The reports, newest first (at most 500)"), ...refusals },
  }),
  async (c) => c.json({ data: await listIncidents(await scopeOf(c, c.req.valid("param").slug)) }, 200),
);

incidentsApi.openapi(
  createRoute({
    method: "post",
    path: BASE,
    operationId: "reportIncident",
    security: STAFF_ACCESS,
    tags,
    summary: "Report an incident (händelserapportör, for the party of the role)",
    description:
      "The description and place text are checked for personal identity numbers (with Luhn check), phone numbers and e-mail addresses. When any is found and `confirmPersonalData` is not true, the answer is 422 `personal_data_suspected` with `details.kinds` (`personal_identity_number`, `phone_number`, `email`) and nothing is stored. Never write names.",
    request: { params: slugParams, ...body(IncidentInputSchema) },
    responses: {
      ...created(IncidentSchema.pick({ id: true, week: true }), "The report was stored"),
      ...refusals,
      422: error("The text looks like it holds personal data (personal_data_suspected)"),
    },
  }),
  async (c) => {
    const row = await reportIncident({
      ...(await scopeOf(c, c.req.valid("param").slug)),
      input: c.req.valid("json"),
    });
    return c.json({ id: row.id, week: row.week }, 201);
  },
);

incidentsApi.openapi(
  createRoute({
    method: "get",
    path: `${BASE}/mine`,
    operationId: "listMyIncidents",
    security: STAFF_ACCESS,
    tags,
    summary: "The caller's own reports and the weeks they reported in",
    request: { params: slugParams },
    responses: { ...json(MyIncidentsSchema, "The caller's reports"), ...refusals },
  }),
  async (c) => c.json(await listMyIncidents(await scopeOf(c, c.req.valid("param").slug)), 200),
);

incidentsApi.openapi(
  createRoute({
    method: "get",
    path: `${BASE}/categories`,
    operationId: "listIncidentCategories",
    security: STAFF_ACCESS,
    tags,
    summary: "The partnership's incident categories (EST default until changed); every member",
    request: { params: slugParams },
    responses: { ...json(dataOf(CategorySchema), "The categories in order"), ...refusals },
  }),
  async (c) => {
    const scope = await scopeOf(c, c.req.valid("param").slug);
    incidentsPolicy.authorize(
      scope.viewer,
      "readSituation",
      { ...scope, shared: true },
      {
        entity: "partnership",
        value: c.req.valid("param").slug,
      },
    );
    return c.json({ data: await loadCategories(scope.db, scope.partnershipId) }, 200);
  },
);

incidentsApi.openapi(
  createRoute({
    method: "post",
    path: `${BASE}/categories`,
    operationId: "addIncidentCategory",
    security: STAFF_ACCESS,
    tags,
    summary: "Add a category (samordnare, administratör)",
    request: { params: slugParams, ...body(CategoryInputSchema) },
    responses: { ...created(CategorySchema, "The new category"), ...writeRefusals },
  }),
  async (c) =>
    c.json(
      await addCategory({ ...(await scopeOf(c, c.req.valid("param").slug)), input: c.req.valid("json") }),
      201,
    ),
);

incidentsApi.openapi(
  createRoute({
    method: "put",
    path: `${BASE}/categories/{categoryKey}`,
    operationId: "changeIncidentCategory",
    security: STAFF_ACCESS,
    tags,
    summary: "Rename a category, change its sub-categories or retire it (samordnare, administratör)",
    request: { params: categoryParams, ...body(CategoryChangeSchema) },
    responses: { ...json(CategorySchema, "The changed category"), ...writeRefusals },
  }),
  async (c) => {
    const { slug, categoryKey } = c.req.valid("param");
    return c.json(
      await changeCategory({ ...(await scopeOf(c, slug)), key: categoryKey, input: c.req.valid("json") }),
      200,
    );
  },
);

incidentsApi.openapi(
  createRoute({
    method: "get",
    path: `${BASE}/settings`,
    operationId: "getIncidentSettings",
    security: STAFF_ACCESS,
    tags,
    summary: "The reporting rhythm and the retention of raw reports (samordnare, administratör)",
    request: { params: slugParams },
    responses: { ...json(IncidentSettingsResultSchema, "The settings with their version"), ...refusals },
  }),
  async (c) =>
    c.json((await getIncidentConfiguration(await scopeOf(c, c.req.valid("param").slug))).settings, 200),
);

incidentsApi.openapi(
  createRoute({
    method: "put",
    path: `${BASE}/settings`,
    operationId: "changeIncidentSettings",
    security: STAFF_ACCESS,
    tags,
    summary:
      "Change the reporting rhythm (weekly, biweekly) and the retention in months (samordnare, administratör)",
    request: { params: slugParams, ...body(IncidentSettingsChangeSchema) },
    responses: { ...json(IncidentSettingsResultSchema, "The new settings"), ...writeRefusals },
  }),
  async (c) =>
    c.json(
      await changeIncidentSettings({
        ...(await scopeOf(c, c.req.valid("param").slug)),
        input: c.req.valid("json"),
      }),
      200,
    ),
);

incidentsApi.openapi(
  createRoute({
    method: "get",
    path: `${BASE}/situations`,
    operationId: "listIncidentSituations",
    security: STAFF_ACCESS,
    tags,
    summary: "The weekly lägesbilder the caller may read (drafts only for those who compile)",
    request: { params: slugParams },
    responses: { ...json(dataOf(SituationSummarySchema), "Newest first"), ...refusals },
  }),
  async (c) =>
    c.json(
      {
        data: await listSituations({
          ...(await scopeOf(c, c.req.valid("param").slug)),
          locale: c.get("locale"),
        }),
      },
      200,
    ),
);

incidentsApi.openapi(
  createRoute({
    method: "get",
    path: `${BASE}/situations/{week}`,
    operationId: "getIncidentSituation",
    security: STAFF_ACCESS,
    tags,
    summary: "One week's lägesbild: counts by category × area, trends against the four weeks before",
    description: "Counts from 1 to 4 are null for callers who may not read raw reports (`suppressed: true`).",
    request: { params: weekParams },
    responses: { ...json(SituationSchema, "The lägesbild"), ...refusals },
  }),
  async (c) => {
    const { slug, week } = c.req.valid("param");
    const s = await getSituation({ ...(await scopeOf(c, slug)), week, locale: c.get("locale") });
    return c.json(situationOut(s), 200);
  },
);

incidentsApi.openapi(
  createRoute({
    method: "post",
    path: `${BASE}/situations/{week}/compile`,
    operationId: "compileIncidentSituation",
    security: STAFF_ACCESS,
    tags,
    summary: "Compile the week's lägesbild now (samordnare, kommunpolis); a shared one is 409",
    request: { params: weekParams },
    responses: { ...json(SituationSchema, "The compiled lägesbild"), ...writeRefusals },
  }),
  async (c) => {
    const { slug, week } = c.req.valid("param");
    return c.json(await compileSituationNow({ ...(await scopeOf(c, slug)), week }), 200);
  },
);

incidentsApi.openapi(
  createRoute({
    method: "put",
    path: `${BASE}/situations/{week}/assessment`,
    operationId: "assessIncidentSituation",
    security: STAFF_ACCESS,
    tags,
    summary: "Write the lägesbild's assessment (samordnare, kommunpolis)",
    request: { params: weekParams, ...body(AssessmentSchema) },
    responses: { ...json(SituationSchema, "The lägesbild"), ...writeRefusals },
  }),
  async (c) => {
    const { slug, week } = c.req.valid("param");
    return c.json(
      await assessSituation({ ...(await scopeOf(c, slug)), week, input: c.req.valid("json") }),
      200,
    );
  },
);

incidentsApi.openapi(
  createRoute({
    method: "post",
    path: `${BASE}/situations/{week}/share`,
    operationId: "shareIncidentSituation",
    security: STAFF_ACCESS,
    tags,
    summary: "Share the lägesbild with every member of the partnership (samordnare)",
    request: { params: weekParams, ...body(ShareSchema) },
    responses: { ...json(SituationSchema, "The shared lägesbild"), ...writeRefusals },
  }),
  async (c) => {
    const { slug, week } = c.req.valid("param");
    return c.json(
      await shareSituation({ ...(await scopeOf(c, slug)), week, input: c.req.valid("json") }),
      200,
    );
  },
);

for (const [action, publish] of [
  ["publish", true],
  ["withdraw", false],
] as const) {
  incidentsApi.openapi(
    createRoute({
      method: "post",
      path: `${BASE}/situations/{week}/${action}`,
      operationId: publish ? "publishIncidentSituation" : "withdrawIncidentSituation",
      security: STAFF_ACCESS,
      tags,
      summary: publish
        ? "Publish a shared lägesbild's counts per category to residents (samordnare); counts from 1 to 4 show as fewer than 5"
        : "Withdraw a published lägesbild's counts from the public page (samordnare)",
      request: { params: weekParams, ...body(PublicationSchema) },
      responses: {
        ...json(SituationSchema, "The lägesbild"),
        ...refusals,
        409: error("Stale version, a draft, or already published (withdrawn)"),
      },
    }),
    async (c) => {
      const { slug, week } = c.req.valid("param");
      const input = c.req.valid("json");
      return c.json(await publishSituation({ ...(await scopeOf(c, slug)), week, publish, input }), 200);
    },
  );
}

incidentsApi.openapi(
  createRoute({
    method: "get",
    path: `${BASE}/weekly-counts.csv`,
    operationId: "exportIncidentWeeklyCounts",
    security: STAFF_ACCESS,
    tags,
    summary: "The weekly counts per area and category as CSV; counts from 1 to 4 are written <5",
    request: { params: slugParams },
    responses: {
      200: {
        description: "CSV (UTF-8): vecka, område, kategori, antal",
        content: { "text/csv": { schema: z.string() } },
      },
      ...refusals,
    },
  }),
  async (c) => {
    const csv = await exportWeeklyCounts(await scopeOf(c, c.req.valid("param").slug));
    return new Response(csv, {
      status: 200,
      headers: {
        "Content-Type": "text/csv; charset=utf-8",
        "Content-Disposition": 'attachment; filename="handelser-per-vecka.csv"',
      },
    }) as never;
  },
);
