import type { PGlite } from "@electric-sql/pglite";
import { drizzle as drizzlePg } from "drizzle-orm/node-postgres";
import { drizzle as drizzlePglite } from "drizzle-orm/pglite";
import type pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { appOn, type TestApp } from "../../test/app.js";
import { createTestDatabase } from "../../test/db.js";
import { signInOverHttp } from "../../test/http-session.js";
import { createApp } from "../app/create-app.js";
import { DEMO_ACCOUNTS } from "../demo/accounts.js";
import { loadDemo } from "../demo/load-demo.js";
import { ROUND_2026_PROMISE } from "../demo/round-2026-ids.js";
import { loadConfig } from "../platform/config.js";
import type { Database, Db } from "../platform/db/client.js";
import { createLogger } from "../platform/log.js";
import { createPublicSnapshot } from "./public-snapshot.js";

/**
 * The query budget of the public pages, counted through the real application: the app runs on a
 * second Drizzle instance over the same database client whose logger records every statement
 * Drizzle sends (queries, `execute`, transactions alike), so everything the request runs counts.
 */
let database: Database;
let t: TestApp;
const statements: string[] = [];

function countingDatabase(of: Database): Database {
  const logger = { logQuery: (query: string) => void statements.push(query) };
  const client = (of.db as unknown as { $client: unknown }).$client;
  const db =
    of.kind === "pglite"
      ? drizzlePglite(client as PGlite, { logger })
      : drizzlePg(client as pg.Pool, { logger });
  return { ...of, db: db as unknown as Db };
}

beforeAll(async () => {
  database = await createTestDatabase();
  await loadDemo(database.db);
  t = appOn(countingDatabase(database));
});
afterAll(() => database.close());

async function count(path: string, init?: RequestInit): Promise<number> {
  statements.length = 0;
  const res = await t.app.request(path, init);
  expect(res.status, path).toBe(200);
  await res.text();
  return statements.length;
}

describe("query budget of the public pages (every statement of the request counted)", () => {
  it("a public promise page makes 4 queries (budget: at most 6), whatever its period", async () => {
    for (const path of [
      "/linkoping/skaggetorp-2017",
      "/linkoping/skaggetorp-2017?period=2017-T1",
      "/linkoping/skaggetorp-2026",
      "/linkoping/skaggetorp-2017?lang=en",
    ]) {
      const n = await count(path);
      expect(n, path).toBeLessThanOrEqual(6);
      expect(n, path).toBe(4); // the promise, its points, its follow-ups; the dialogue findings behind the points
    }
  });

  it("the start page makes 3 queries (one page of promises, how many match, the filters' choices), filtered too; the promise API answers in 3 and the partnership lists in 1", async () => {
    expect(await count("/")).toBe(3);
    expect(await count("/?lan=%C3%96sterg%C3%B6tlands+l%C3%A4n&klassning=risk&ar=2017&sida=1")).toBe(3);
    expect(await count("/linkoping")).toBe(2);
    expect(await count(`/api/v1/promises/${ROUND_2026_PROMISE}`)).toBe(3);
    expect(await count(`/api/v1/promises/${ROUND_2026_PROMISE}/follow-ups`)).toBe(3);
    expect(await count("/api/v1/promises")).toBe(1);
    expect(await count("/api/v1/partnerships")).toBe(1);
  });

  it("a signed-in staff member's request adds only the session's own statements", async () => {
    const session = await signInOverHttp(t.app, DEMO_ACCOUNTS.coordinator.email);
    const anonymous = await count("/linkoping/skaggetorp-2017");
    const signedIn = await count("/linkoping/skaggetorp-2017", session.get());
    // Looking the session up (and touching it) is the authenticate middleware's, not the page's.
    expect(signedIn - anonymous).toBeGreaterThan(0);
    expect(signedIn - anonymous).toBeLessThanOrEqual(4);
  });

  it("a page in the published snapshot is answered without a query, signed in or not", async () => {
    const snapshot = createPublicSnapshot();
    const cached = createApp({
      db: countingDatabase(database).db,
      config: loadConfig({ DEMO: "false" }),
      log: createLogger("silent"),
      snapshot,
    });
    const session = await signInOverHttp(t.app, DEMO_ACCOUNTS.coordinator.email);
    for (const path of ["/linkoping/skaggetorp-2017", "/", "/api/v1/promises"]) {
      await cached.request(path);
      for (const init of [undefined, session.get()]) {
        statements.length = 0;
        const res = await cached.request(path, init);
        expect(res.status, path).toBe(200);
        await res.text();
        expect(statements, path).toEqual([]);
      }
    }
  });
});
