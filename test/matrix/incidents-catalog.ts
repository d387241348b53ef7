/**
 * The matrix entries of the weekly incident reports (policy "incidents"): every page and API route
 * of src/incidents/, each with the fixture that puts its target in the state the action needs.
 * Two lägesbilder of the demo partnership: a shared one (read by every member) and a draft one
 * (compiled, assessed and shared by the matrix; reset before every case).
 */
import { sql } from "drizzle-orm";
import { AREA, DEMO_PARTNERSHIP_ID } from "../../src/demo/skaggetorp-2017-ids.js";
import type { Executor } from "../../src/platform/db/client.js";
import { DEMO_SLUG } from "./fixtures.js";
import type { CaseContext, MatrixEntry } from "./types.js";

const W = `/arbete/${DEMO_SLUG}/handelser`;
const API = `/api/v1/partnerships/${DEMO_SLUG}/incidents`;
const PAGE_ROUTE = "/arbete/:partnership/handelser";
const API_ROUTE = "/api/v1/partnerships/:slug/incidents";
export const SHARED_WEEK = "2026-W30";
export const DRAFT_WEEK = "2026-W31";
/** Published to residents (withdrawn by the matrix; reset before every case). */
export const PUBLISHED_WEEK = "2026-W32";

const partnership = () => ({ partnershipId: DEMO_PARTNERSHIP_ID });
const EMPTY = (week: string) => JSON.stringify({ week, weeks: [week], cells: [], categories: [], areas: [] });

/** Puts a lägesbild of the week in the given state at version 1 (published: shared and public). */
async function situation(ex: Executor, week: string, state: "draft" | "shared" | "published"): Promise<void> {
  await ex.execute(
    sql`DELETE FROM incident_situations WHERE partnership_id = ${DEMO_PARTNERSHIP_ID} AND week = ${week}`,
  );
  await ex.execute(
    sql`INSERT INTO incident_situations (partnership_id, week, state, data, compiled_at, shared_at, published_at)
        VALUES (${DEMO_PARTNERSHIP_ID}, ${week}, ${state === "draft" ? "draft" : "shared"}, ${EMPTY(week)}::jsonb, now(),
                ${state === "draft" ? sql`null` : sql`now()`}, ${state === "published" ? sql`now()` : sql`null`})`,
  );
}
/** The EST default categories and settings again (version 1 each). */
async function defaults(ex: Executor): Promise<void> {
  await ex.execute(sql`DELETE FROM incident_categories WHERE partnership_id = ${DEMO_PARTNERSHIP_ID}`);
  await ex.execute(sql`DELETE FROM incident_settings WHERE partnership_id = ${DEMO_PARTNERSHIP_ID}`);
}

let requests = 0;
const unique = (ctx: CaseContext) => `${ctx.caseId}-${++requests}`.replace(/[^a-z0-9-]/gi, "");

const REPORT = {
  occurredAt: "2026-09-02T21:30",
  areaId: AREA.skaggetorp,
  categoryKey: "skadegorelse",
  subcategory: "Klotter",
  description: "Klotter på gångtunneln",
};

const entry = (
  e: Omit<MatrixEntry, "policy" | "scoping" | "resource"> & Partial<Pick<MatrixEntry, "resource">>,
): MatrixEntry => ({ policy: "incidents", scoping: "partnership", resource: partnership, ...e });

const read = (
  id: string,
  route: string,
  action: string,
  path: string,
  via: "page" | "api",
  resource = partnership as MatrixEntry["resource"],
  prepare?: MatrixEntry["prepare"],
): MatrixEntry =>
  entry({
    id,
    method: "GET",
    route,
    via,
    action,
    read: true,
    resource,
    request: () => ({ path }),
    ...(prepare ? { prepare } : {}),
  });

const shared = () => ({ partnershipId: DEMO_PARTNERSHIP_ID, shared: true });
const draft = () => ({ partnershipId: DEMO_PARTNERSHIP_ID, shared: false });
const allReports = () => ({ partnershipId: DEMO_PARTNERSHIP_ID, mine: false });
const ownReports = () => ({ partnershipId: DEMO_PARTNERSHIP_ID, mine: true });

export const INCIDENT_ENTRIES: MatrixEntry[] = [
  // Pages
  read("incidents: the overview", PAGE_ROUTE, "readSituation", W, "page", shared),
  entry({
    id: "incidents: report (form)",
    method: "POST",
    route: PAGE_ROUTE,
    via: "page",
    action: "report",
    request: () => ({ path: W, form: REPORT }),
  }),
  read(
    "incidents: the report form's map image",
    `${PAGE_ROUTE}/karta.svg`,
    "report",
    `${W}/karta.svg`,
    "page",
  ),
  read(
    "incidents: all reports",
    `${PAGE_ROUTE}/rapporter`,
    "readReports",
    `${W}/rapporter`,
    "page",
    allReports,
  ),
  entry({
    id: "incidents: compile (form)",
    method: "POST",
    route: `${PAGE_ROUTE}/sammanstall`,
    via: "page",
    action: "compile",
    prepare: (ctx) => situation(ctx.db, DRAFT_WEEK, "draft"),
    request: () => ({ path: `${W}/sammanstall`, form: { week: DRAFT_WEEK } }),
  }),
  read(
    "incidents: a shared lägesbild",
    `${PAGE_ROUTE}/lagesbild/:week`,
    "readSituation",
    `${W}/lagesbild/${SHARED_WEEK}`,
    "page",
    shared,
    (ctx) => situation(ctx.db, SHARED_WEEK, "shared"),
  ),
  entry({
    id: "incidents: assessment (form)",
    method: "POST",
    route: `${PAGE_ROUTE}/lagesbild/:week/bedomning`,
    via: "page",
    action: "assess",
    prepare: (ctx) => situation(ctx.db, DRAFT_WEEK, "draft"),
    request: () => ({
      path: `${W}/lagesbild/${DRAFT_WEEK}/bedomning`,
      form: { assessment: "Oförändrat läge.", version: "1" },
    }),
  }),
  entry({
    id: "incidents: share (form)",
    method: "POST",
    route: `${PAGE_ROUTE}/lagesbild/:week/dela`,
    via: "page",
    action: "share",
    prepare: (ctx) => situation(ctx.db, DRAFT_WEEK, "draft"),
    request: () => ({ path: `${W}/lagesbild/${DRAFT_WEEK}/dela`, form: { version: "1" } }),
  }),
  entry({
    id: "incidents: publish to residents (form)",
    method: "POST",
    route: `${PAGE_ROUTE}/lagesbild/:week/publicera`,
    via: "page",
    action: "publishSituation",
    prepare: (ctx) => situation(ctx.db, SHARED_WEEK, "shared"),
    request: () => ({ path: `${W}/lagesbild/${SHARED_WEEK}/publicera`, form: { version: "1" } }),
  }),
  entry({
    id: "incidents: withdraw from residents (form)",
    method: "POST",
    route: `${PAGE_ROUTE}/lagesbild/:week/avpublicera`,
    via: "page",
    action: "publishSituation",
    prepare: (ctx) => situation(ctx.db, PUBLISHED_WEEK, "published"),
    request: () => ({ path: `${W}/lagesbild/${PUBLISHED_WEEK}/avpublicera`, form: { version: "1" } }),
  }),
  read("incidents: settings page", `${PAGE_ROUTE}/installningar`, "configure", `${W}/installningar`, "page"),
  entry({
    id: "incidents: settings (form)",
    method: "POST",
    route: `${PAGE_ROUTE}/installningar`,
    via: "page",
    action: "configure",
    prepare: (ctx) => defaults(ctx.db),
    request: () => ({
      path: `${W}/installningar`,
      form: { rhythm: "biweekly", retentionMonths: "18", version: "1" },
    }),
  }),
  entry({
    id: "incidents: add category (form)",
    method: "POST",
    route: `${PAGE_ROUTE}/kategorier`,
    via: "page",
    action: "configure",
    prepare: (ctx) => defaults(ctx.db),
    request: (ctx) => ({
      path: `${W}/kategorier`,
      form: { name: `Kategori ${unique(ctx)}`, subcategories: "A\nB" },
    }),
  }),
  entry({
    id: "incidents: change category (form)",
    method: "POST",
    route: `${PAGE_ROUTE}/kategorier/:key`,
    via: "page",
    action: "configure",
    prepare: (ctx) => defaults(ctx.db),
    request: () => ({
      path: `${W}/kategorier/arrangemang`,
      form: { name: "Arrangemang och evenemang", subcategories: "Konsert", active: "true", version: "1" },
    }),
  }),
  read(
    "incidents: weekly counts (CSV)",
    `${PAGE_ROUTE}/veckoantal.csv`,
    "exportCounts",
    `${W}/veckoantal.csv`,
    "page",
  ),
  // API
  read("API incidents: all reports", API_ROUTE, "readReports", API, "api", allReports),
  entry({
    id: "API incidents: report",
    method: "POST",
    route: API_ROUTE,
    via: "api",
    action: "report",
    request: () => ({ path: API, json: REPORT }),
  }),
  read("API incidents: my reports", `${API_ROUTE}/mine`, "readReports", `${API}/mine`, "api", ownReports),
  read(
    "API incidents: categories",
    `${API_ROUTE}/categories`,
    "readSituation",
    `${API}/categories`,
    "api",
    shared,
  ),
  entry({
    id: "API incidents: add category",
    method: "POST",
    route: `${API_ROUTE}/categories`,
    via: "api",
    action: "configure",
    prepare: (ctx) => defaults(ctx.db),
    request: (ctx) => ({
      path: `${API}/categories`,
      json: { name: `Kategori ${unique(ctx)}`, subcategories: ["A"] },
    }),
  }),
  entry({
    id: "API incidents: change category",
    method: "PUT",
    route: `${API_ROUTE}/categories/:categoryKey`,
    via: "api",
    action: "configure",
    prepare: (ctx) => defaults(ctx.db),
    request: () => ({
      path: `${API}/categories/arrangemang`,
      json: { name: "Arrangemang", subcategories: [], active: false, version: 1 },
    }),
  }),
  read("API incidents: settings", `${API_ROUTE}/settings`, "configure", `${API}/settings`, "api"),
  entry({
    id: "API incidents: change settings",
    method: "PUT",
    route: `${API_ROUTE}/settings`,
    via: "api",
    action: "configure",
    prepare: (ctx) => defaults(ctx.db),
    request: () => ({
      path: `${API}/settings`,
      json: { rhythm: "biweekly", retentionMonths: 6, version: 1 },
    }),
  }),
  read(
    "API incidents: lägesbilder",
    `${API_ROUTE}/situations`,
    "readSituation",
    `${API}/situations`,
    "api",
    shared,
  ),
  read(
    "API incidents: a draft lägesbild",
    `${API_ROUTE}/situations/:week`,
    "readSituation",
    `${API}/situations/${DRAFT_WEEK}`,
    "api",
    draft,
    (ctx) => situation(ctx.db, DRAFT_WEEK, "draft"),
  ),
  entry({
    id: "API incidents: compile",
    method: "POST",
    route: `${API_ROUTE}/situations/:week/compile`,
    via: "api",
    action: "compile",
    prepare: (ctx) => situation(ctx.db, DRAFT_WEEK, "draft"),
    request: () => ({ path: `${API}/situations/${DRAFT_WEEK}/compile` }),
  }),
  entry({
    id: "API incidents: assessment",
    method: "PUT",
    route: `${API_ROUTE}/situations/:week/assessment`,
    via: "api",
    action: "assess",
    prepare: (ctx) => situation(ctx.db, DRAFT_WEEK, "draft"),
    request: () => ({
      path: `${API}/situations/${DRAFT_WEEK}/assessment`,
      json: { assessment: "Lugnt.", version: 1 },
    }),
  }),
  entry({
    id: "API incidents: share",
    method: "POST",
    route: `${API_ROUTE}/situations/:week/share`,
    via: "api",
    action: "share",
    prepare: (ctx) => situation(ctx.db, DRAFT_WEEK, "draft"),
    request: () => ({ path: `${API}/situations/${DRAFT_WEEK}/share`, json: { version: 1 } }),
  }),
  entry({
    id: "API incidents: publish to residents",
    method: "POST",
    route: `${API_ROUTE}/situations/:week/publish`,
    via: "api",
    action: "publishSituation",
    prepare: (ctx) => situation(ctx.db, SHARED_WEEK, "shared"),
    request: () => ({ path: `${API}/situations/${SHARED_WEEK}/publish`, json: { version: 1 } }),
  }),
  entry({
    id: "API incidents: withdraw from residents",
    method: "POST",
    route: `${API_ROUTE}/situations/:week/withdraw`,
    via: "api",
    action: "publishSituation",
    prepare: (ctx) => situation(ctx.db, PUBLISHED_WEEK, "published"),
    request: () => ({ path: `${API}/situations/${PUBLISHED_WEEK}/withdraw`, json: { version: 1 } }),
  }),
  read(
    "API incidents: weekly counts (CSV)",
    `${API_ROUTE}/weekly-counts.csv`,
    "exportCounts",
    `${API}/weekly-counts.csv`,
    "api",
  ),
];
