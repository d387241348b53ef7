/**
 * The report-back's API (mounted under /api/v1, at /promises/{promiseId}/report-back): create it, edit its heading, texts and lists,
 * and move it through the decision chain, with the same schemas and services as the workspace's
 * forms. Coordinators of the promise's partnership only (reports.policy.ts); anyone outside it is
 * told the promise does not exist. A bad date of the chain is a 400 `invalid_body` whose
 * `details[0].code` says what is wrong (date_impossible, date_before_promise, date_in_future).
 */
import { createRoute, z } from "@hono/zod-openapi";
import type { Context } from "hono";
import { AppError } from "../platform/errors.js";
import type { AppEnv } from "../platform/http/env.js";
import { STAFF_ACCESS } from "../platform/http/openapi-security.js";
import { createRouter } from "../platform/http/router.js";
import { ErrorSchema, errorResponses, IdSchema } from "../platform/http/schemas.js";
import { createReportBack } from "./create-report.js";
import {
  advanceReport,
  editReportSections,
  recordCommitteeDecision,
  recordConsultations,
  recordDecision,
  supersedeReport,
} from "./decision-chain.js";
import { saveReportList } from "./formal-parts.js";
import { getReportBackPage } from "./report-pages.js";
import {
  ChainStepSchema,
  CommitteeDecisionSchema,
  ConsultationsSchema,
  CorrectionSchema,
  DecisionSchema,
  EDITABLE,
  LIST_KINDS,
  listSchema,
} from "./reports.types.js";

const tags = ["Report-backs"];

type ReportBackRow = Awaited<ReturnType<typeof advanceReport>>;

export const ReportBackStateSchema = z
  .object({
    id: z.string(),
    promiseId: z.string(),
    edition: z.number().int(),
    status: z.string(),
    version: z.number().int(),
  })
  .openapi("ReportBackState");

const IssueSchema = z.object({ code: z.string(), severity: z.string(), message: z.string() });

const params = z.object({ promiseId: IdSchema.openapi({ param: { name: "promiseId", in: "path" } }) });

const refusals = {
  ...errorResponses,
  403: {
    description: "Not a coordinator of the partnership",
    content: { "application/json": { schema: ErrorSchema } },
  },
  409: {
    description:
      "Stale version (conflict) or a step not possible now (transition_refused, with the blocking issues)",
    content: { "application/json": { schema: ErrorSchema } },
  },
};

const ok = (description: string) => ({
  200: { description, content: { "application/json": { schema: ReportBackStateSchema } } },
});

const stateOf = (row: ReportBackRow) => ({
  id: row.id,
  promiseId: row.promiseId,
  edition: row.edition,
  status: row.status,
  version: row.version,
});

const keyOf = (c: Context<AppEnv>, promiseId: string) => ({
  db: c.get("db"),
  viewer: c.get("viewer"),
  ref: "",
  promiseId,
});

const jsonBody = <T extends z.ZodType>(schema: T) => ({
  body: { content: { "application/json": { schema } }, required: true },
});

/** A POST step of the chain with a JSON body. */
function step<T extends z.ZodType>(
  operationId: string,
  path: string,
  summary: string,
  schema: T,
  run: (key: ReturnType<typeof keyOf>, input: z.output<T>) => Promise<ReportBackRow>,
) {
  reportsApi.openapi(
    createRoute({
      method: "post",
      path: `/promises/{promiseId}/report-back/${path}`,
      operationId,
      security: STAFF_ACCESS,
      tags,
      summary,
      request: { params, ...jsonBody(schema) },
      responses: { ...ok("The report-back after the step"), ...refusals },
    }),
    (async (c: Context<AppEnv>) => {
      const { promiseId } = (c.req as unknown as { valid(t: "param"): { promiseId: string } }).valid("param");
      const input = (c.req as unknown as { valid(t: "json"): z.output<T> }).valid("json");
      return c.json(stateOf(await run(keyOf(c, promiseId), input)), 200);
    }) as never,
  );
}

export const reportsApi = createRouter();

reportsApi.openapi(
  createRoute({
    method: "get",
    path: "/promises/{promiseId}/report-back",
    operationId: "getReportBack",
    security: STAFF_ACCESS,
    tags,
    summary: "The newest edition of a promise's report-back, with its checks",
    request: { params },
    responses: {
      200: {
        description: "The report-back",
        content: {
          "application/json": { schema: ReportBackStateSchema.extend({ issues: z.array(IssueSchema) }) },
        },
      },
      ...errorResponses,
    },
  }),
  async (c) => {
    const { promiseId } = c.req.valid("param");
    const page = await getReportBackPage(keyOf(c, promiseId));
    const built = page.built;
    return c.json(
      {
        ...stateOf(page.report),
        issues: built.issues.map((i) => ({ code: i.code, severity: i.severity, message: i.message })),
      },
      200,
    );
  },
);

step(
  "createReportBack",
  "create",
  "Create the report-back of a promise that is followed up (prefilled)",
  z.object({}),
  (key) => createReportBack(key),
);

const SectionsBody = z.object({
  version: z.number().int().positive(),
  ...(Object.fromEntries(EDITABLE.map((f) => [f, z.string().max(20000).optional()])) as Record<
    (typeof EDITABLE)[number],
    z.ZodOptional<z.ZodString>
  >),
});

step(
  "editReportBackSections",
  "sections",
  "Edit the heading and the texts (only the fields sent change)",
  SectionsBody,
  (key, input) => {
    const { version, ...values } = input;
    return editReportSections({ ...key, version, values });
  },
);

const ListBody = z.object({
  version: z.number().int().positive(),
  items: z.array(z.record(z.string(), z.unknown())).max(200),
});

reportsApi.openapi(
  createRoute({
    method: "put",
    path: "/promises/{promiseId}/report-back/lists/{list}",
    operationId: "replaceReportBackList",
    security: STAFF_ACCESS,
    tags,
    summary: "Replace a list of the formal parts (in the order given)",
    description: `Lists: ${LIST_KINDS.join(", ")}.`,
    request: {
      params: params.extend({ list: z.enum(LIST_KINDS).openapi({ param: { name: "list", in: "path" } }) }),
      ...jsonBody(ListBody),
    },
    responses: { ...ok("The report-back after the change"), ...refusals },
  }),
  async (c) => {
    const { promiseId, list } = c.req.valid("param");
    const parsed = listSchema(list).safeParse(c.req.valid("json"));
    if (!parsed.success) {
      const first = parsed.error.issues[0];
      throw new AppError(
        "invalid_body",
        { param: first?.path.join(".") ?? "items", value: "" },
        parsed.error.issues.map((i) => ({ path: i.path.join("."), message: i.message })),
      );
    }
    const row = await saveReportList({ ...keyOf(c, promiseId), kind: list, ...parsed.data });
    return c.json(stateOf(row), 200);
  },
);

step(
  "advanceReportBack",
  "advance",
  "Send the report-back on to the next step (publishing it, when decided)",
  ChainStepSchema,
  (key, input) => advanceReport({ ...key, ...input }),
);

step(
  "recordReportBackConsultations",
  "consultations",
  "Record the consulted bodies' positions (during consultation)",
  ConsultationsSchema,
  (key, input) => recordConsultations({ ...key, ...input }),
);

step(
  "recordReportBackCommitteeDecision",
  "committee-decision",
  "Record the committee's (utskott) decision and send the report-back to the board",
  CommitteeDecisionSchema,
  (key, input) => recordCommitteeDecision({ ...key, ...input }),
);

step(
  "recordReportBackDecision",
  "decision",
  "Record the board's decision: locks the edition and freezes its document",
  DecisionSchema,
  (key, input) => recordDecision({ ...key, ...input }),
);

step(
  "correctReportBack",
  "correction",
  "Correct a decided edition: a new edition that replaces it, saying why",
  CorrectionSchema,
  (key, input) => supersedeReport({ ...key, ...input }),
);
