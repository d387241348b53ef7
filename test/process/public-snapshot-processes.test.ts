import type { ChildProcess } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { OpenAPIHono } from "@hono/zod-openapi";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEMO_ACCOUNTS } from "../../src/demo/accounts.js";
import { loadDemo } from "../../src/demo/load-demo.js";
import { ROUND_2026_FOLLOW_UP as FU, ROUND_2026_PERIOD } from "../../src/demo/round-2026-ids.js";
import { openDatabase } from "../../src/platform/db/client.js";
import { migrate } from "../../src/platform/db/migrate.js";
import type { AppEnv } from "../../src/platform/http/env.js";
import { createEmptyPostgresDatabase } from "../db.js";
import { signInOverHttp } from "../http-session.js";
import { startServe } from "./cli.js";

/**
 * The published snapshot across server processes. On PostgreSQL runs: two `serve` processes on
 * one database, both with the public promise page in their snapshot; a follow-up approved through
 * the first reaches the second's page within a second (the database's NOTIFY public_changed).
 * On PGlite runs (one process per data directory): the same through the one process.
 */
const PAGE = "/linkoping/skaggetorp-2026";
const children: ChildProcess[] = [];
let postgres: Awaited<ReturnType<typeof createEmptyPostgresDatabase>> = null;
let dataDir: string | null = null;
let ports: number[] = [];

beforeAll(async () => {
  postgres = await createEmptyPostgresDatabase();
  if (postgres) {
    const database = await openDatabase({ kind: "postgres", url: postgres.url });
    await migrate(database);
    await loadDemo(database.db);
    await database.close();
    const servers = await Promise.all([
      startServe({ DATABASE_URL: postgres.url, DEMO: "false" }),
      startServe({ DATABASE_URL: postgres.url, DEMO: "false" }),
    ]);
    for (const s of servers) children.push(s.child);
    ports = servers.map((s) => s.port);
  } else {
    dataDir = mkdtempSync(join(tmpdir(), "mbl-snapshot-"));
    const server = await startServe({ DATA_DIR: dataDir });
    children.push(server.child);
    ports = [server.port, server.port];
  }
}, 120_000);

afterAll(async () => {
  await Promise.all(
    children.map(
      (child) =>
        new Promise((resolve) => {
          if (child.exitCode !== null) return resolve(undefined);
          child.once("exit", resolve);
          child.kill("SIGTERM");
          setTimeout(() => child.kill("SIGKILL"), 10_000).unref();
        }),
    ),
  );
  await postgres?.drop();
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
});

/** A server over real HTTP, shaped like the app for the sign-in helper. */
const overHttp = (port: number) =>
  ({
    request: (path: string, init: RequestInit = {}) =>
      fetch(`http://127.0.0.1:${port}${path}`, { ...init, redirect: "manual" }),
  }) as unknown as OpenAPIHono<AppEnv>;

describe("a public change reaches every server process's snapshot", () => {
  it("a follow-up approved through one process shows on the other's public page within a second", async () => {
    const [a, b] = ports as [number, number];
    const first = await fetch(`http://127.0.0.1:${b}${PAGE}`);
    expect(first.status).toBe(200);
    const etag = first.headers.get("ETag") ?? "";
    await first.text();
    // The second request is answered from the snapshot: 304 for the same validator.
    expect((await fetch(`http://127.0.0.1:${b}${PAGE}`, { headers: { "If-None-Match": etag } })).status).toBe(
      304,
    );

    const session = await signInOverHttp(overHttp(a), DEMO_ACCOUNTS.coordinator.email);
    const approved = await fetch(`http://127.0.0.1:${a}/api/v1/periods/${ROUND_2026_PERIOD[3]}/approve`, {
      method: "POST",
      headers: { Cookie: session.cookie, "X-CSRF-Token": session.csrf, "Content-Type": "application/json" },
      body: JSON.stringify({ followUpIds: [FU.t3Submitted] }),
    });
    expect(approved.status).toBe(200);
    const committedAt = Date.now();

    let status = 304;
    while (status === 304 && Date.now() - committedAt < 1000) {
      const res = await fetch(`http://127.0.0.1:${b}${PAGE}`, { headers: { "If-None-Match": etag } });
      status = res.status;
      await res.arrayBuffer();
      if (status === 304) await new Promise((resolve) => setTimeout(resolve, 10));
    }
    const reachedAfter = Date.now() - committedAt;
    expect(status).toBe(200);
    expect(reachedAfter).toBeLessThan(1000);
  }, 60_000);
});
