import { spawn } from "node:child_process";
import { fileURLToPath } from "node:url";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { JOBS, scheduleDailyJobs } from "../../src/app/jobs.js";
import { loadDemo } from "../../src/demo/load-demo.js";
import { type Database, openDatabase } from "../../src/platform/db/client.js";
import { migrate } from "../../src/platform/db/migrate.js";
import { queryRows } from "../../src/platform/db/rows.js";
import { listJobsByKeyPrefix } from "../../src/platform/jobs/jobs.repository.js";
import type { RunJobsResult } from "../../src/platform/jobs/runner.js";
import { runDueJobs } from "../../src/platform/jobs/runner.js";
import { scheduleJob } from "../../src/platform/jobs/schedule-job.js";
import { createEmptyPostgresDatabase, createTestDatabase } from "../db.js";
import { prepareReminderScenario } from "../factories/reminder-scenario.js";
import { effectJob } from "../factories/test-jobs.js";
import { testJobDeps } from "../jobs.js";
import { childEnv } from "./cli.js";

const WORKER = fileURLToPath(new URL("./jobs-worker.ts", import.meta.url));
// The day after 2017-T3's deadline: overdue mails to 4 reporters and 1 coordinator are due.
const DAY = "2018-01-15";
const EFFECT_JOBS = 60;

let database: Database;
let postgres: Awaited<ReturnType<typeof createEmptyPostgresDatabase>> = null;
beforeAll(async () => {
  postgres = await createEmptyPostgresDatabase();
  if (postgres) {
    database = await openDatabase({ kind: "postgres", url: postgres.url });
    await migrate(database);
  } else {
    database = await createTestDatabase();
  }
  await loadDemo(database.db);
  await prepareReminderScenario(database.db, 3);
  const runAt = new Date(`${DAY}T00:00:00Z`);
  for (let i = 0; i < EFFECT_JOBS; i++) {
    const label = `effect-${String(i).padStart(3, "0")}`;
    await scheduleJob(database.db, {
      job: effectJob,
      uniqueKey: `test:${label}`,
      runAt,
      payload: { label, failTimes: 0, sleepMs: 5 },
    });
  }
});
afterAll(async () => {
  await database?.close();
  // pg's pool.end() resolves before its sockets are gone; let them close before DROP … FORCE.
  if (postgres) await new Promise((resolve) => setTimeout(resolve, 250));
  await postgres?.drop();
});

function runWorker(url: string, workerId: string, startAt: number): Promise<RunJobsResult> {
  const child = spawn(process.execPath, ["--import", "tsx", WORKER, url, DAY, workerId, String(startAt)], {
    env: childEnv({}),
    stdio: ["ignore", "pipe", "pipe"],
  });
  let stdout = "";
  let stderr = "";
  child.stdout.on("data", (d) => (stdout += d));
  child.stderr.on("data", (d) => (stderr += d));
  return new Promise((resolve, reject) => {
    child.once("exit", (code) => {
      if (code === 0) resolve(JSON.parse(stdout.trim()) as RunJobsResult);
      else reject(new Error(`worker ${workerId} exited with ${code}: ${stderr}`));
    });
  });
}

describe("jobs run exactly once with two workers on one database", () => {
  it("each job's effect and each reminder mail exists exactly once", async () => {
    let results: RunJobsResult[];
    if (postgres) {
      // Two operating-system processes, each with its own connection pool, same PostgreSQL.
      const startAt = Date.now() + 2500;
      results = await Promise.all([
        runWorker(postgres.url, "proc-a", startAt),
        runWorker(postgres.url, "proc-b", startAt),
      ]);
    } else {
      // PGlite is one process's embedded database: two runner instances in that process.
      const deps = testJobDeps(DAY);
      const tick = async (workerId: string) => {
        await scheduleDailyJobs(database.db, deps.clock);
        return runDueJobs({ db: database.db, jobs: [...JOBS, effectJob], deps, workerId, limit: 1000 });
      };
      results = await Promise.all([tick("runner-a"), tick("runner-b")]);
    }
    // scan + coordinator_overdue + overdue + the effect jobs, and the other modules' daily jobs that
    // were due (walk and subscription scans, incident upkeep): each ran once, none failed.
    const total = results.reduce((n, r) => n + r.done, 0);
    expect(results.map((r) => r.failed)).toEqual([0, 0]);
    const [ranOnce] = await queryRows<{ n: number }>(
      database.db,
      sql`SELECT count(*)::int AS n FROM jobs WHERE state = 'done' AND attempts = 1`,
    );
    const [others] = await queryRows<{ n: number }>(
      database.db,
      sql`SELECT count(*)::int AS n FROM jobs WHERE unique_key NOT LIKE 'test:%' AND unique_key NOT LIKE 'remind%' AND state = 'done'`,
    );
    expect(total).toBe(EFFECT_JOBS + 3 + (others?.n ?? 0));
    expect(ranOnce?.n).toBe(total);
    console.info(`jobs done per worker: ${results.map((r) => r.done).join(" + ")}`);

    const effects = await queryRows<{ subject: string; n: number }>(
      database.db,
      sql`SELECT subject, count(*)::int AS n FROM outbox WHERE kind = 'test.effect' GROUP BY subject`,
    );
    expect(effects).toHaveLength(EFFECT_JOBS);
    expect(effects.every((e) => e.n === 1)).toBe(true);

    const mails = await queryRows<{ to: string; kind: string; n: number }>(
      database.db,
      sql`SELECT to_address AS "to", kind, count(*)::int AS n FROM outbox WHERE kind LIKE 'reminder.%'
          GROUP BY to_address, kind ORDER BY kind, to_address`,
    );
    expect(mails).toEqual([
      { to: "samordnare@example.se", kind: "reminder.coordinator_overdue", n: 1 },
      { to: "kommun@example.se", kind: "reminder.overdue", n: 1 },
      { to: "kommunpolis@example.se", kind: "reminder.overdue", n: 1 },
      { to: "kultur@example.se", kind: "reminder.overdue", n: 1 },
      { to: "polis@example.se", kind: "reminder.overdue", n: 1 },
    ]);
    const jobs = [
      ...(await listJobsByKeyPrefix(database.db, "test:")),
      ...(await listJobsByKeyPrefix(database.db, "remind")),
    ];
    expect(jobs).toHaveLength(EFFECT_JOBS + 3);
    expect(jobs.every((j) => j.state === "done" && j.attempts === 1)).toBe(true);
  });
});
