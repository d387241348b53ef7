import type { ChildProcess } from "node:child_process";
import { mkdtempSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createEmptyPostgresDatabase } from "../db.js";
import { childDatabase, runCli, startServe } from "./cli.js";

/**
 * `medborgarlofte backup` while `serve` runs: on PGlite the server holds the data directory, so
 * the backup goes through its admin socket; on PostgreSQL the command connects itself. The backup
 * is restored into an empty database served by a second server, which must answer the same.
 */
const work = mkdtempSync(join(tmpdir(), "mbl-backup-cli-"));
const file = join(work, "backup.ndjson.gz");
const children: ChildProcess[] = [];
let source: Awaited<ReturnType<typeof childDatabase>>;
let target: Awaited<ReturnType<typeof childDatabase>>;
let server: Awaited<ReturnType<typeof startServe>>;
let embedded: boolean;

beforeAll(async () => {
  source = await childDatabase("backup-source");
  target = await childDatabase("backup-target", { DEMO: "false" });
  embedded = !("DATABASE_URL" in source.env);
  if (!embedded) expect((await runCli(["demo"], source.env)).code).toBe(0);
  server = await startServe(source.env);
  children.push(server.child);
}, 120_000);

afterAll(async () => {
  for (const child of children) child.kill("SIGKILL");
  await source.cleanup();
  await target.cleanup();
  rmSync(work, { recursive: true, force: true });
});

async function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return;
  child.kill("SIGTERM");
  await new Promise((resolve) => child.once("exit", resolve));
}

describe("backup and restore from the command line", () => {
  it("backs up while the server runs (through the server on PGlite), showing progress", async () => {
    const started = Date.now();
    const run = await runCli(["backup", file], source.env);
    const ms = Date.now() - started;
    expect(run.stderr).not.toMatch(/Fel/);
    expect(run.code).toBe(0);
    const progress = [...run.stderr.matchAll(/Säkerhetskopierar: (\d+)\/(\d+) tabeller/g)];
    expect(progress.length).toBeGreaterThan(10);
    expect(progress.at(-1)?.[1]).toBe(progress.at(-1)?.[2]);
    if (embedded) {
      expect(run.stdout).toContain("genom den körande servern");
      // Only the account that owns the data directory may connect to the admin socket.
      expect(statSync(join(source.env.DATA_DIR ?? "", "admin.sock")).mode & 0o777).toBe(0o600);
    } else expect(run.stdout).not.toContain("genom den körande servern");
    expect((await fetch(`http://127.0.0.1:${server.port}/`)).status).toBe(200);
    console.info(`backup of the demo: ${statSync(file).size} bytes, ${ms} ms for the whole command`);
  }, 90_000);

  it("restores into an empty database, which then serves the same public pages and API", async () => {
    const run = await runCli(["restore", file], target.env);
    expect(run.stderr).not.toMatch(/Fel/);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("kontrollsummorna stämmer");
    const restored = await startServe(target.env);
    children.push(restored.child);
    try {
      for (const path of ["/", "/linkoping/skaggetorp-2017", "/api/v1/promises"]) {
        // The language alternates are absolute addresses on the server's own origin: the two
        // servers differ only by port, so the origin is taken out before comparing.
        const [a, b] = await Promise.all(
          [server.port, restored.port].map(async (port) =>
            (await fetch(`http://127.0.0.1:${port}${path}`))
              .text()
              .then((html) => html.replaceAll(`http://127.0.0.1:${port}`, "ORIGIN")),
          ),
        );
        expect(b, path).toBe(a);
      }
    } finally {
      await stop(restored.child);
    }
  }, 120_000);

  it("refuses to restore into a database that is not empty", async () => {
    const run = await runCli(["restore", file], target.env);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain("Måldatabasen är inte tom");
  }, 60_000);

  it("backs up without a server by opening the database itself", async () => {
    await stop(server.child);
    const run = await runCli(["backup", join(work, "offline.ndjson.gz")], source.env);
    expect(run.code).toBe(0);
    expect(run.stdout).not.toContain("genom den körande servern");
    expect(statSync(join(work, "offline.ndjson.gz")).size).toBeGreaterThan(1000);
  }, 60_000);
});

const postgres = await createEmptyPostgresDatabase();
afterAll(async () => {
  await postgres?.drop();
});

describe("move from the command line", () => {
  it("refuses when DATABASE_URL is set: move starts from an embedded installation", async () => {
    const run = await runCli(["move", "--to", "postgres://nobody@127.0.0.1:1/none"], {
      DATABASE_URL: "postgres://nobody@127.0.0.1:1/source",
    });
    expect(run.code).toBe(1);
    expect(run.stderr).toContain("DATABASE_URL är satt");
  }, 60_000);

  // Moving needs a PostgreSQL server: this runs on PostgreSQL runs (DATABASE_URL), the move's
  // verification itself is tested in src/platform/backup/backup.test.ts on both.
  if (postgres) {
    it("moves the demo from a data directory to PostgreSQL and reports success only after the checks", async () => {
      const dataDir = join(work, "to-move");
      expect((await runCli(["demo"], { DATA_DIR: dataDir })).code).toBe(0);
      const run = await runCli(["move", "--to", postgres.url], { DATA_DIR: dataDir }, 120_000);
      expect(run.stderr).not.toMatch(/Fel/);
      expect(run.code).toBe(0);
      expect(run.stdout).toContain("Flytten är klar och kontrollerad");
      expect(run.stdout).not.toMatch(/^FEL/m);
      const again = await runCli(["move", "--to", postgres.url], { DATA_DIR: dataDir }, 120_000);
      expect(again.code).toBe(1);
      expect(again.stderr).toContain("Måldatabasen är inte tom");
    }, 180_000);
  }
});
