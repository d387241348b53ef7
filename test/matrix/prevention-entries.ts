/**
 * The authorization matrix's cases for the lägesbild and åtgärdsplan (policy "prevention"): every
 * page form and API operation (and the owner's report on a measure in Att rapportera), and the reads.
 * A fixed problem and measure of the demo partnership's 2024 lägesbild are (re)created before each
 * case that needs them; a follow-up case first makes the target point's party the measure's.
 */
import { sql } from "drizzle-orm";
import { DEMO_PARTNERSHIP_ID, PARTY } from "../../src/demo/skaggetorp-2017-ids.js";
import type { Executor } from "../../src/platform/db/client.js";
import { queryRows } from "../../src/platform/db/rows.js";
import { DEMO_SLUG, setPeriodOpen, versionOf } from "./fixtures.js";
import { type CaseContext, kindOf, type MatrixEntry, type RequestSpec } from "./types.js";

const YEAR = 2024;
const PAGE = `/arbete/${DEMO_SLUG}/lagesbild/${YEAR}`;
const API = `/api/v1/partnerships/${DEMO_SLUG}/assessments/${YEAR}`;
const ASSESSMENT = "7a0e0000-0000-4000-8000-000000000001";
const PROBLEM = "7a0e0000-0000-4000-8000-000000000002";
const MEASURE = "7a0e0000-0000-4000-8000-000000000003";
const partnership = () => ({ partnershipId: DEMO_PARTNERSHIP_ID });
/** The measure's ownership facts: its responsible party is the case's target point's party (no unit). */
const measureOwnership = (ctx: CaseContext) => ({
  partnershipId: DEMO_PARTNERSHIP_ID,
  responsiblePartyId: kindOf(ctx.point) === "police" ? PARTY.police : PARTY.municipality,
  responsiblePartyKind: kindOf(ctx.point),
});

/** The 2024 lägesbild with one problem and one measure answering it (ids fixed). */
async function ensureFixture(ex: Executor) {
  await ex.execute(sql`INSERT INTO assessments (id, partnership_id, year) VALUES (${ASSESSMENT}, ${DEMO_PARTNERSHIP_ID}, ${YEAR})
    ON CONFLICT DO NOTHING`);
  await ex.execute(sql`INSERT INTO assessment_problems (id, assessment_id, title, category, position)
    VALUES (${PROBLEM}, ${ASSESSMENT}, 'Narkotikaförsäljning vid torget', 'drugs', 1) ON CONFLICT DO NOTHING`);
  await ex.execute(sql`INSERT INTO action_measures (id, assessment_id, title, position)
    VALUES (${MEASURE}, ${ASSESSMENT}, 'Fler kvällspatruller', 1) ON CONFLICT DO NOTHING`);
}

const entry = (
  id: string,
  method: MatrixEntry["method"],
  route: string,
  action: "edit" | "followUp",
  request: (ctx: CaseContext) => Promise<RequestSpec>,
): MatrixEntry => ({
  id,
  method,
  route,
  via: route.startsWith("/api/") ? "api" : "page",
  policy: "prevention",
  action,
  // A measure's follow-up is its owners' (the round's point-ownership rule): a party's target.
  scoping: action === "followUp" ? "point" : "partnership",
  resource: action === "followUp" ? measureOwnership : partnership,
  prepare: async (ctx) => {
    await ensureFixture(ctx.db);
    if (action !== "followUp") return;
    await setPeriodOpen(ctx.db, "2026-T3", true);
    await ctx.db.execute(
      sql`UPDATE action_measures SET responsible_party_id = ${measureOwnership(ctx).responsiblePartyId} WHERE id = ${MEASURE}`,
    );
  },
  // The fixture first: the fuzz suite reads the catalog's bodies without preparing the case.
  request: async (ctx) => {
    await ensureFixture(ctx.db);
    return request(ctx);
  },
});

const problem = { title: "Otrygghet i gångtunneln", category: "insecurity", analysis: "Dålig belysning." };
const measure = {
  title: "Bättre belysning i tunneln",
  description: "Tekniska förvaltningen byter armaturer.",
};

export const PREVENTION_ENTRIES: MatrixEntry[] = [
  entry(
    "lägesbild: texts (page)",
    "POST",
    "/arbete/:partnership/lagesbild/:year/texter",
    "edit",
    async (ctx) => ({
      path: `${PAGE}/texter`,
      form: {
        version: String(await versionOf(ctx.db, "assessments", ASSESSMENT)),
        summary: "Sammanfattning.",
        planSummary: "",
      },
    }),
  ),
  entry(
    "lägesbild: add problem (page)",
    "POST",
    "/arbete/:partnership/lagesbild/:year/problem",
    "edit",
    async () => ({
      path: `${PAGE}/problem`,
      form: { ...problem, policeFigures: "Anmälda brott 2023: 12" },
    }),
  ),
  entry(
    "lägesbild: change problem (page)",
    "POST",
    "/arbete/:partnership/lagesbild/:year/problem/:id",
    "edit",
    async (ctx) => ({
      path: `${PAGE}/problem/${PROBLEM}`,
      form: { ...problem, version: String(await versionOf(ctx.db, "assessment_problems", PROBLEM)) },
    }),
  ),
  entry(
    "lägesbild: remove problem (page)",
    "POST",
    "/arbete/:partnership/lagesbild/:year/problem/:id/ta-bort",
    "edit",
    async (ctx) => ({
      path: `${PAGE}/problem/${PROBLEM}/ta-bort`,
      form: { version: String(await versionOf(ctx.db, "assessment_problems", PROBLEM)) },
    }),
  ),
  entry(
    "åtgärdsplan: add measure (page)",
    "POST",
    "/arbete/:partnership/lagesbild/:year/atgarder",
    "edit",
    async () => ({
      path: `${PAGE}/atgarder`,
      form: { ...measure, problemIds: [PROBLEM] },
    }),
  ),
  entry(
    "åtgärdsplan: change measure (page)",
    "POST",
    "/arbete/:partnership/lagesbild/:year/atgarder/:id",
    "edit",
    async (ctx) => ({
      path: `${PAGE}/atgarder/${MEASURE}`,
      form: {
        ...measure,
        problemIds: [PROBLEM],
        version: String(await versionOf(ctx.db, "action_measures", MEASURE)),
      },
    }),
  ),
  entry(
    "åtgärdsplan: follow up measure (page)",
    "POST",
    "/arbete/:partnership/lagesbild/:year/atgarder/:id/uppfoljning",
    "followUp",
    async (ctx) => ({
      path: `${PAGE}/atgarder/${MEASURE}/uppfoljning`,
      form: {
        period: "2026-T3",
        status: "in_progress",
        narrative: "Pågår.",
        version: String(await followUpVersion(ctx.db)),
      },
    }),
  ),
  entry(
    "Att rapportera: follow up own measure (page)",
    "POST",
    "/arbete/:partnership/atgarder/:measureId/uppfoljning",
    "followUp",
    async (ctx) => ({
      path: `/arbete/${DEMO_SLUG}/atgarder/${MEASURE}/uppfoljning`,
      form: {
        period: "2026-T3",
        status: "in_progress",
        narrative: "Pågår enligt plan.",
        version: String(await followUpVersion(ctx.db)),
      },
    }),
  ),
  entry(
    "API: lägesbild texts",
    "PUT",
    "/api/v1/partnerships/:slug/assessments/:year/texts",
    "edit",
    async (ctx) => ({
      path: `${API}/texts`,
      json: {
        version: await versionOf(ctx.db, "assessments", ASSESSMENT),
        summary: "Sammanfattning.",
        planSummary: "",
      },
    }),
  ),
  entry(
    "API: add problem",
    "POST",
    "/api/v1/partnerships/:slug/assessments/:year/problems",
    "edit",
    async () => ({
      path: `${API}/problems`,
      json: { ...problem, policeFigures: [{ label: "Anmälda brott 2023", value: 12 }] },
    }),
  ),
  entry(
    "API: change problem",
    "PUT",
    "/api/v1/partnerships/:slug/assessments/:year/problems/:problemId",
    "edit",
    async (ctx) => ({
      path: `${API}/problems/${PROBLEM}`,
      json: { ...problem, version: await versionOf(ctx.db, "assessment_problems", PROBLEM) },
    }),
  ),
  entry(
    "API: remove problem",
    "DELETE",
    "/api/v1/partnerships/:slug/assessments/:year/problems/:problemId",
    "edit",
    async (ctx) => ({
      path: `${API}/problems/${PROBLEM}?version=${await versionOf(ctx.db, "assessment_problems", PROBLEM)}`,
    }),
  ),
  entry(
    "API: add measure",
    "POST",
    "/api/v1/partnerships/:slug/assessments/:year/measures",
    "edit",
    async () => ({
      path: `${API}/measures`,
      json: { ...measure, problemIds: [PROBLEM] },
    }),
  ),
  entry(
    "API: change measure",
    "PUT",
    "/api/v1/partnerships/:slug/assessments/:year/measures/:measureId",
    "edit",
    async (ctx) => ({
      path: `${API}/measures/${MEASURE}`,
      json: {
        ...measure,
        problemIds: [PROBLEM],
        version: await versionOf(ctx.db, "action_measures", MEASURE),
      },
    }),
  ),
  entry(
    "API: follow up measure",
    "POST",
    "/api/v1/partnerships/:slug/assessments/:year/measures/:measureId/follow-ups",
    "followUp",
    async (ctx) => ({
      path: `${API}/measures/${MEASURE}/follow-ups`,
      json: {
        period: "2026-T3",
        status: "done",
        narrative: "Klart.",
        version: await followUpVersion(ctx.db),
      },
    }),
  ),
  read("lägesbild page", "/arbete/:partnership/lagesbild/:year", PAGE),
  read(
    "lägesbild document",
    "/arbete/:partnership/lagesbild/:year/:document/:format",
    `${PAGE}/atgardsplan/html`,
  ),
  read("API: lägesbild", "/api/v1/partnerships/:slug/assessments/:year", API),
];

function read(id: string, route: string, path: string): MatrixEntry {
  return {
    id,
    method: "GET",
    route,
    via: route.startsWith("/api/") ? "api" : "page",
    policy: "prevention",
    action: "read",
    scoping: "partnership",
    resource: partnership,
    read: true,
    prepare: (ctx) => ensureFixture(ctx.db),
    request: () => ({ path }),
  };
}

/** The version of the measure's 2026-T3 follow-up, or 0 when it has none. */
async function followUpVersion(ex: Executor): Promise<number> {
  const [row] = await queryRows<{ version: number }>(
    ex,
    sql`SELECT f.version FROM action_measure_follow_ups f
      JOIN reporting_periods p ON p.id = f.period_id WHERE f.measure_id = ${MEASURE} AND p.code = '2026-T3'`,
  );
  return row?.version ?? 0;
}
