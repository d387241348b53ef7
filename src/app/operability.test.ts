import { Writable } from "node:stream";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase } from "../../test/db.js";
import { loadConfig } from "../platform/config.js";
import type { Database } from "../platform/db/client.js";
import { createLogger, withRequestId } from "../platform/log.js";
import { recordPrint } from "../platform/pdf/status.js";
import { createApp } from "./create-app.js";

let database: Database;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(() => database.close());

/** A logger writing JSON lines into an array. */
function capturingLogger(level: "info" | "debug" = "info") {
  const lines: Record<string, unknown>[] = [];
  const sink = new Writable({
    write(chunk, _enc, done) {
      for (const line of String(chunk).split("\n").filter(Boolean)) lines.push(JSON.parse(line));
      done();
    },
  });
  return { log: createLogger(level, sink), lines };
}

function appWith(env: Record<string, string> = {}, log = capturingLogger().log) {
  // Chromium is looked for, not launched: any executable stands in for it here.
  const config = loadConfig({ DEMO: "false", CHROMIUM_PATH: process.execPath, ...env });
  return createApp({ db: database.db, config, log });
}

interface Readiness {
  status: string;
  checks: { name: string; ok: boolean; detail: string }[];
}

describe("/readyz", () => {
  it("answers 200 listing the database, migrations and PDF checks", async () => {
    const res = await appWith().request("/readyz");
    expect(res.status).toBe(200);
    const body = (await res.json()) as Readiness;
    expect(body.status).toBe("ready");
    expect(body.checks.map((c) => [c.name, c.ok])).toEqual([
      ["database", true],
      ["migrations", true],
      ["pdf", true],
    ]);
  });

  it("answers 503 when Chromium is missing", async () => {
    const res = await appWith({ CHROMIUM_PATH: "/nonexistent/chromium" }).request("/readyz");
    expect(res.status).toBe(503);
    const body = (await res.json()) as Readiness;
    expect(body.checks.find((c) => c.name === "pdf")).toMatchObject({ ok: false });
    expect(body.checks.find((c) => c.name === "database")).toMatchObject({ ok: true });
  });

  it("answers 503 after a failed print, and 200 again after a good one", async () => {
    recordPrint(false, new Error("browser crashed"));
    const failed = await appWith().request("/readyz");
    expect(failed.status).toBe(503);
    expect(JSON.stringify(await failed.json())).toContain("browser crashed");
    recordPrint(true);
    expect((await appWith().request("/readyz")).status).toBe(200);
  });

  it("answers 503 when a committed migration is not applied", async () => {
    const [last] = (
      (await database.db.execute(
        sql`DELETE FROM schema_migrations WHERE name = (SELECT max(name) FROM schema_migrations) RETURNING name, checksum`,
      )) as unknown as { rows: { name: string; checksum: string }[] }
    ).rows;
    try {
      const res = await appWith().request("/readyz");
      expect(res.status).toBe(503);
      const body = (await res.json()) as Readiness;
      expect(body.checks.find((c) => c.name === "migrations")).toMatchObject({
        ok: false,
        detail: `not applied: ${last?.name}`,
      });
    } finally {
      await database.db.execute(
        sql`INSERT INTO schema_migrations (name, checksum) VALUES (${last?.name}, ${last?.checksum})`,
      );
    }
  });

  it("answers 503 when the database does not answer", async () => {
    const other = await createTestDatabase();
    const config = loadConfig({ DEMO: "false", CHROMIUM_PATH: process.execPath });
    const app = createApp({ db: other.db, config, log: capturingLogger().log });
    await other.close();
    const res = await app.request("/readyz");
    expect(res.status).toBe(503);
    const body = (await res.json()) as Readiness;
    expect(body.checks.find((c) => c.name === "database")).toMatchObject({ ok: false });
  });
});

describe("request ids", () => {
  it("generates one per request, echoes it and logs it with the request line", async () => {
    const { log, lines } = capturingLogger();
    const app = appWith({}, log);
    const res = await app.request("/");
    const id = res.headers.get("X-Request-Id");
    expect(id).toMatch(/^[0-9a-f-]{36}$/);
    const line = lines.find((l) => l.msg === "request" && l.path === "/");
    expect(line).toMatchObject({ requestId: id, method: "GET", status: res.status, level: "info" });
    const again = await app.request("/");
    expect(again.headers.get("X-Request-Id")).not.toBe(id);
  });

  it("keeps a sane incoming X-Request-Id and replaces one that is not", async () => {
    const app = appWith();
    const kept = await app.request("/", { headers: { "X-Request-Id": "lb-7f3a9c21.42" } });
    expect(kept.headers.get("X-Request-Id")).toBe("lb-7f3a9c21.42");
    const replaced = await app.request("/", { headers: { "X-Request-Id": "<script>alert(1)</script>" } });
    expect(replaced.headers.get("X-Request-Id")).toMatch(/^[0-9a-f-]{36}$/);
  });

  it("shows the id in API error bodies and on the Swedish error page", async () => {
    const app = appWith();
    const api = await app.request("/api/v1/promises/not-a-promise", {
      headers: { "X-Request-Id": "quote-me-123" },
    });
    expect(api.status).toBeGreaterThanOrEqual(400);
    expect(((await api.json()) as { error: { requestId: string } }).error.requestId).toBe("quote-me-123");
    const page = await app.request("/finns-inte", { headers: { "X-Request-Id": "quote-me-456" } });
    expect(page.status).toBe(404);
    expect(await page.text()).toContain("Ange quote-me-456 om du kontaktar oss om felet.");
  });

  it("carries the id into lines logged by code the request awaits", async () => {
    const { log, lines } = capturingLogger("debug");
    const service = async () => {
      await new Promise((r) => setTimeout(r, 5));
      log.warn("from a service", { step: 2 });
    };
    await withRequestId("req-abcdef12", service);
    log.info("outside any request");
    expect(lines[0]).toMatchObject({
      msg: "from a service",
      requestId: "req-abcdef12",
      step: 2,
      level: "warn",
    });
    expect(lines[1]).not.toHaveProperty("requestId");
  });

  it("logs nothing at silent and errors with their stack", () => {
    const quiet = capturingLogger();
    const silent = createLogger(
      "silent",
      new Writable({ write: (_c, _e, done) => done(new Error("wrote")) }),
    );
    silent.error("nothing", new Error("x"));
    quiet.log.error("failed", new Error("boom"));
    expect(quiet.lines[0]).toMatchObject({ level: "error", msg: "failed", err: { message: "boom" } });
    expect(String((quiet.lines[0]?.err as { stack: string }).stack)).toContain("operability.test");
  });
});
