/**
 * The workspace's lägesbild and åtgärdsplan: `/arbete/:partnership/lagesbild/:year` (one page: the
 * flags, the documents, the summaries, the problems and the measures with their forms) and the
 * documents at `…/:year/lagesbild|atgardsplan/html|docx|pdf`. A form that fails shows the page
 * again with the reason (400, 404 or 409); one that succeeds redirects back (303).
 */
import { type Context, Hono } from "hono";
import { isAppError } from "../platform/errors.js";
import type { AppEnv } from "../platform/http/env.js";
import { describeError } from "../platform/http/errors.js";
import { parseForm } from "../platform/http/form.js";
import { sharedPdfProvider } from "../platform/pdf/pdf.js";
import { CONTENT_TYPES, renderDocument } from "../reports/build-document.js";
import { todayInSweden } from "../reports/chain-dates.js";
import { requireWorkspace, type Workspace } from "../workspace/workspace-context.js";
import {
  addMeasure,
  addProblem,
  buildPreventionDocument,
  changeMeasure,
  changeProblem,
  getAssessment,
  getChoices,
  listAssessmentYears,
  type PreventionScope,
  recordMeasureFollowUp,
  removeProblem,
  saveAssessmentTexts,
} from "./prevention.js";
import { preventionPolicy } from "./prevention.policy.js";
import {
  AssessmentTextsSchema,
  MeasureChangeSchema,
  MeasureFollowUpSchema,
  MeasureInputSchema,
  ProblemChangeSchema,
  ProblemInputSchema,
} from "./prevention.types.js";
import { AssessmentPage } from "./views/assessment-page.js";

type C = Context<AppEnv>;
const BASE = "/arbete/:partnership/lagesbild";
const YEAR = `${BASE}/:year`;

const scopeOf = (c: C, ws: Workspace): PreventionScope => ({
  db: c.get("db"),
  viewer: ws.principal,
  partnershipId: ws.partnership.id,
});

function yearOf(c: C): number {
  const value = c.req.param("year") ?? "";
  return /^\d{4}$/.test(value) ? Number(value) : Number.NaN;
}

async function page(c: C, ws: Workspace, error?: unknown) {
  const scope = scopeOf(c, ws);
  const year = yearOf(c);
  const [assessment, years, choices] = await Promise.all([
    getAssessment({ ...scope, year }),
    listAssessmentYears(scope),
    getChoices(scope),
  ]);
  const described = error ? describeError(error, c.get("t")) : null;
  const issues =
    described && Array.isArray(described.details)
      ? (described.details as { message?: string }[]).map((d) => d.message ?? "").filter(Boolean)
      : [];
  const model = {
    slug: ws.partnership.slug,
    partnershipName: ws.partnership.name,
    nav: ws.nav,
    assessment,
    years,
    canEdit: preventionPolicy.allows(ws.principal, "edit", { partnershipId: ws.partnership.id }),
    choices,
    periods: choices.openPeriods,
    done: c.req.query("klart") ?? null,
    error: described ? { message: described.message, issues } : null,
  };
  return c.html(<AssessmentPage ctx={ws.ctx} model={model} />, (described?.status ?? 200) as 200);
}

/** A form's action: runs it, then back to the page (303), or the page with the reason. */
function action(run: (c: C, ws: Workspace, scope: PreventionScope, year: number) => Promise<unknown>) {
  return async (c: C) => {
    const ws = await requireWorkspace(c);
    const year = yearOf(c);
    try {
      await run(c, ws, scopeOf(c, ws), year);
    } catch (error) {
      if (isAppError(error) && ["invalid_body", "conflict", "transition_refused"].includes(error.code))
        return page(c, ws, error);
      throw error;
    }
    return c.redirect(`/arbete/${ws.partnership.slug}/lagesbild/${year}?klart=1`, 303);
  };
}

export const preventionPages = new Hono<AppEnv>()
  .get(BASE, async (c) => {
    const ws = await requireWorkspace(c);
    const years = await listAssessmentYears(scopeOf(c, ws));
    const year = years[0] ?? Number(todayInSweden().slice(0, 4));
    return c.redirect(`/arbete/${ws.partnership.slug}/lagesbild/${year}`, 303);
  })
  .get(YEAR, async (c) => page(c, await requireWorkspace(c)))
  .get(`${YEAR}/:document/:format`, async (c) => {
    const ws = await requireWorkspace(c);
    const document = c.req.param("document");
    const format = c.req.param("format");
    if (
      (document !== "lagesbild" && document !== "atgardsplan") ||
      (format !== "html" && format !== "docx" && format !== "pdf")
    )
      return c.notFound();
    const year = yearOf(c);
    const model = await buildPreventionDocument({
      ...scopeOf(c, ws),
      year,
      document,
      today: todayInSweden(),
    });
    const bytes = await renderDocument(model, format, () => sharedPdfProvider(c.get("config").chromiumPath));
    const fileName = `${ws.partnership.slug}-${document}-${year}.${format}`;
    return c.body(new Uint8Array(bytes), 200, {
      "Content-Type": CONTENT_TYPES[format],
      "Content-Disposition": `${format === "html" ? "inline" : "attachment"}; filename="${fileName}"`,
    });
  })
  .post(
    `${YEAR}/texter`,
    action(async (c, _ws, scope, year) =>
      saveAssessmentTexts({ ...scope, year, input: await parseForm(c, AssessmentTextsSchema) }),
    ),
  )
  .post(
    `${YEAR}/problem`,
    action(async (c, _ws, scope, year) =>
      addProblem({ ...scope, year, input: await parseForm(c, ProblemInputSchema) }),
    ),
  )
  .post(
    `${YEAR}/problem/:id`,
    action(async (c, _ws, scope) =>
      changeProblem({
        ...scope,
        problemId: c.req.param("id") ?? "",
        input: await parseForm(c, ProblemChangeSchema),
      }),
    ),
  )
  .post(
    `${YEAR}/problem/:id/ta-bort`,
    action(async (c, _ws, scope) => {
      const { version } = await parseForm(c, ProblemChangeSchema.pick({ version: true }));
      return removeProblem({ ...scope, problemId: c.req.param("id") ?? "", version });
    }),
  )
  .post(
    `${YEAR}/atgarder`,
    action(async (c, _ws, scope, year) =>
      addMeasure({ ...scope, year, input: await parseForm(c, MeasureInputSchema) }),
    ),
  )
  .post(
    `${YEAR}/atgarder/:id`,
    action(async (c, _ws, scope) =>
      changeMeasure({
        ...scope,
        measureId: c.req.param("id") ?? "",
        input: await parseForm(c, MeasureChangeSchema),
      }),
    ),
  )
  .post(
    `${YEAR}/atgarder/:id/uppfoljning`,
    action(async (c, _ws, scope) =>
      recordMeasureFollowUp({
        ...scope,
        measureId: c.req.param("id") ?? "",
        input: await parseForm(c, MeasureFollowUpSchema),
      }),
    ),
  );
