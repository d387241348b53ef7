import { mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createEmptyPostgresDatabase, createTestDatabase } from "../../../test/db.js";
import { testJobDeps } from "../../../test/jobs.js";
import { JOBS, scheduleDailyJobs } from "../../app/jobs.js";
import { loadDemo } from "../../demo/load-demo.js";
import { type Database, openDatabase, wrapPglite } from "../db/client.js";
import { migrate } from "../db/migrate.js";
import { queryRows } from "../db/rows.js";
import { runDueJobs } from "../jobs/runner.js";
import { readBackupLines } from "./file.js";
import { restoreBackup } from "./restore.js";

/**
 * The nightly backup job. On a PostgreSQL run the configuration names the test database, so the
 * job reads through its own REPEATABLE READ connection; on PGlite it reads in the job's transaction.
 */
let database: Database;
let env: Record<string, string>;
let dropPostgres: (() => Promise<void>) | null = null;
const dir = mkdtempSync(join(tmpdir(), "mbl-nightly-"));

beforeAll(async () => {
  const pg = await createEmptyPostgresDatabase();
  if (pg) {
    database = await openDatabase({ kind: "postgres", url: pg.url });
    await migrate(database);
    dropPostgres = pg.drop;
    env = { DATABASE_URL: pg.url };
  } else {
    database = await createTestDatabase();
    env = {};
  }
  await loadDemo(database.db);
});
afterAll(async () => {
  await database.close();
  if (dropPostgres) {
    await new Promise((resolve) => setTimeout(resolve, 500));
    await dropPostgres();
  }
  rmSync(dir, { recursive: true, force: true });
});

async function nightlyJobs(): Promise<number> {
  const [row] = await queryRows<{ n: number }>(
    database.db,
    sql`SELECT count(*)::int AS n FROM jobs WHERE kind = 'backup.nightly'`,
  );
  return row?.n ?? 0;
}

async function night(date: string, extra: Record<string, string>) {
  // 03:00 UTC is 04:00 in Sweden in winter: after the backup's 02:00.
  const deps = testJobDeps(`${date}T03:00:00Z`, { env: { ...env, ...extra } });
  await scheduleDailyJobs(database.db, deps.clock, deps.config);
  return runDueJobs({ db: database.db, jobs: JOBS, deps });
}

describe("the nightly backup", () => {
  it("is off without BACKUP_DIR: no job is scheduled", async () => {
    await night("2026-02-28", {});
    expect(await nightlyJobs()).toBe(0);
  });

  it("writes one file a night into BACKUP_DIR and keeps the newest BACKUP_KEEP, leaving other files alone", async () => {
    writeFileSync(join(dir, "notes.txt"), "not a backup");
    for (const date of ["2026-03-01", "2026-03-02", "2026-03-03"]) {
      const result = await night(date, { BACKUP_DIR: dir, BACKUP_KEEP: "2" });
      expect(result.failed).toBe(0);
    }
    // A second tick the same night schedules nothing new.
    await night("2026-03-03", { BACKUP_DIR: dir, BACKUP_KEEP: "2" });
    expect(await nightlyJobs()).toBe(3);
    expect(readdirSync(dir).sort()).toEqual([
      "medborgarlofte-2026-03-02.ndjson.gz",
      "medborgarlofte-2026-03-03.ndjson.gz",
      "notes.txt",
    ]);
  });

  it("writes a backup that restores", async () => {
    const target = wrapPglite(await PGlite.create(), "memory://nightly-target");
    try {
      const result = await restoreBackup(
        target,
        readBackupLines(join(dir, "medborgarlofte-2026-03-03.ndjson.gz")),
      );
      expect(result.header.source).toBe(database.kind);
      expect(result.rows).toBeGreaterThan(100);
    } finally {
      await target.close();
    }
  });
});
