/**
 * The authorization matrix (issue 7): every mutation of the API and of the forms — and the outbox
 * and the exports — × every role × own party / other party / other partnership, and the anonymous
 * resident, over HTTP with real accounts, sessions and CSRF tokens (API routes also with a
 * personal API token). The expected answer of each case is generated from the declared policy
 * tables (`policy.can`); the whole grid is pinned in __snapshots__/authorization-matrix.txt, so
 * loosening any rule changes the grid and fails here, and a service that does not enforce its
 * rule disagrees with the grid and fails here too. A refused case changes no row and records no
 * audit event; an allowed mutation succeeds and is audited. The catalog is in test/matrix/.
 */
import { readdirSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../../test/app.js";
import { createActors } from "../../test/matrix/actors.js";
import {
  ACTIONS_WITHOUT_ROUTE,
  CATALOG,
  MIDDLEWARE,
  NOT_IN_MATRIX,
  READS_NOT_IN_MATRIX,
} from "../../test/matrix/catalog.js";
import { createWorld } from "../../test/matrix/fixtures.js";
import { knownGapOf } from "../../test/matrix/known-gaps.js";
import { type Outcome, type PlannedCase, planCases, renderGrid, runCase } from "../../test/matrix/run.js";
import type { Actor, World } from "../../test/matrix/types.js";
import { declaredPolicies } from "../platform/policy.js";

const MUTATING = new Set(["POST", "PUT", "PATCH", "DELETE"]);
/** A local aid for writing catalog entries (prints what HTTP answers); never in CI. */
const OBSERVE = process.env.MATRIX_OBSERVE === "1";
if (OBSERVE && process.env.CI) throw new Error("MATRIX_OBSERVE is a local aid and must not be set in CI");

/** Every policy file of the tree: each is loaded, so a `*.policy.ts` no route imports still counts. */
const SRC = fileURLToPath(new URL("../", import.meta.url));
const POLICY_FILES = readdirSync(SRC, { recursive: true, encoding: "utf8" }).filter(
  (f) => f.endsWith(".policy.ts") && !f.includes("node_modules"),
);

let t: TestApp;
let world: World;
let actors: Actor[];
let cases: PlannedCase[];

beforeAll(async () => {
  await Promise.all(POLICY_FILES.map((f) => import(pathToFileURL(join(SRC, f)).href)));
  t = await createTestApp();
  world = await createWorld(t.database.db);
  actors = await createActors(t.database.db, t.app, world.other, world.passwordHash);
  cases = await planCases(t.database.db, world, actors, CATALOG, OBSERVE);
});
afterAll(() => t.database.close());

const apiCases = () => cases.filter((c) => c.entry.via === "api" && c.role !== null);
const caseCount = () => cases.length + apiCases().length;

describe("the authorization matrix", () => {
  it("catalogs every mutating route of the app (only sign-in and sign-out are left out)", () => {
    const key = (method: string, path: string) => `${method} ${path}`;
    const catalogued = new Set(CATALOG.map((e) => key(e.method, e.route)));
    const routes = t.app.routes;
    const missing = routes
      .filter((r) => MUTATING.has(r.method))
      .map((r) => key(r.method, r.path))
      .filter((k) => !catalogued.has(k) && !(k in NOT_IN_MATRIX));
    expect(missing, "mutating routes missing from test/matrix/catalog.ts").toEqual([]);
    const handlersForAll = routes.filter((r) => r.method === "ALL" && !(r.path in MIDDLEWARE));
    expect(
      handlersForAll.map((r) => r.path),
      "ALL routes that are not known middleware",
    ).toEqual([]);
    const registered = new Set(routes.map((r) => key(r.method, r.path)));
    const stale = [...catalogued].filter((k) => !registered.has(k));
    expect(stale, "catalog entries whose route the app does not have").toEqual([]);
  });

  it("catalogs every internal read: each GET of the workspace and the API is in the matrix or named with a reason", () => {
    const key = (method: string, path: string) => `${method} ${path}`;
    const catalogued = new Set(CATALOG.map((e) => key(e.method, e.route)));
    const internal = (path: string) => path.startsWith("/arbete") || path.startsWith("/api/v1/");
    const missing = t.app.routes
      .filter((r) => r.method === "GET" && internal(r.path))
      .map((r) => key(r.method, r.path))
      .filter((k) => !catalogued.has(k) && !(k in READS_NOT_IN_MATRIX));
    expect([...new Set(missing)], "internal reads missing from test/matrix/catalog.ts").toEqual([]);
    const registered = new Set(t.app.routes.map((r) => key(r.method, r.path)));
    const stale = Object.keys(READS_NOT_IN_MATRIX).filter((k) => !registered.has(k));
    expect(stale, "READS_NOT_IN_MATRIX names a route the app does not have").toEqual([]);
  });

  it("asks every action of every declared policy table (or names why no route does)", () => {
    expect(POLICY_FILES.length, "policy files found").toBeGreaterThan(0);
    expect(declaredPolicies().length, "a policy table in every policy file").toBeGreaterThanOrEqual(
      POLICY_FILES.length,
    );
    const asked = new Set(
      CATALOG.flatMap((e) => [...(e.gates ?? []), e].map((r) => `${r.policy}.${r.action}`)),
    );
    const declared = declaredPolicies().flatMap((p) => Object.keys(p.rules).map((a) => `${p.name}.${a}`));
    const missing = declared.filter((a) => !asked.has(a) && !(a in ACTIONS_WITHOUT_ROUTE));
    expect(missing, "policy actions no catalog entry asks").toEqual([]);
    const unknown = [...asked, ...Object.keys(ACTIONS_WITHOUT_ROUTE)].filter((a) => !declared.includes(a));
    expect(unknown, "catalog entries naming an action no table declares").toEqual([]);
  });

  it("matches the reviewed grid generated from the policy tables", async () => {
    if (OBSERVE) return;
    await expect(renderGrid(cases)).toMatchFileSnapshot("./__snapshots__/authorization-matrix.txt");
  });

  it("answers every case over HTTP as the tables say, and a refusal changes nothing", async () => {
    const failures: string[] = [];
    const observed: string[] = [];
    const timing = new Map<string, number>();
    const run = async (c: PlannedCase, transport: "session" | "bearer") => {
      const started = performance.now();
      const errors = t.loggedErrors.length;
      const gap = knownGapOf(c);
      const result = await runCase(t.app, c, transport, gap ? { expect: gap.got as Outcome } : {});
      timing.set(c.entry.id, (timing.get(c.entry.id) ?? 0) + performance.now() - started);
      const label = `${c.entry.method} ${c.entry.route} · ${c.entry.id} | ${c.role ?? "anonymous"} | ${c.scope} | ${transport}`;
      observed.push(`${label} → ${result.observed}`);
      for (const p of result.problems)
        failures.push(`${label}: ${p}${gap ? " (listed in KNOWN_GAPS: fixed? remove it)" : ""}`);
      if (t.loggedErrors.length > errors && gap?.got !== "500")
        failures.push(`${label}: logged a server error`);
    };
    for (const c of cases) await run(c, "session");
    for (const c of apiCases()) await run(c, "bearer");
    console.log(
      `authorization matrix: ${caseCount()} cases (${cases.length} with a session or anonymous, ${apiCases().length} with an API token)`,
    );
    if (OBSERVE) console.log(observed.join("\n"));
    if (OBSERVE)
      console.log(
        [...timing]
          .sort((a, b) => b[1] - a[1])
          .map(([k, v]) => `${Math.round(v)} ms ${k}`)
          .join("\n"),
      );
    expect(failures).toEqual([]);
  }, 1_500_000);

  it("refuses every mutation without the CSRF token, even to a role that may do it", async () => {
    const failures: string[] = [];
    const allowed = cases.filter((c) => c.entry.method !== "GET" && c.ctx.actor && c.expected === "allowed");
    const seen = new Set<string>();
    for (const c of allowed) {
      if (seen.has(c.entry.id)) continue;
      seen.add(c.entry.id);
      const result = await runCase(t.app, c, "session", { withoutCsrf: true, expect: "403" });
      for (const p of result.problems) failures.push(`${c.entry.id} (${c.role}) without CSRF: ${p}`);
    }
    expect(seen.size).toBeGreaterThan(0);
    expect(failures).toEqual([]);
  }, 60_000);
});
