/**
 * A job worker process for the exactly-once test: `node --import tsx jobs-worker.ts <DATABASE_URL>
 * <day> <workerId> <startAtMs>`. Waits until startAtMs so that both workers begin together, runs
 * one scheduler tick for <day> (the registry's jobs plus the test's effect job) and prints
 * `{ done, failed }` as JSON.
 */
import { JOBS, scheduleDailyJobs } from "../../src/app/jobs.js";
import { openDatabase } from "../../src/platform/db/client.js";
import { runDueJobs } from "../../src/platform/jobs/runner.js";
import { effectJob } from "../factories/test-jobs.js";
import { testJobDeps } from "../jobs.js";

const [url, day, workerId, startAt] = process.argv.slice(2);
if (!url || !day || !workerId || !startAt) throw new Error("usage: jobs-worker URL DAY WORKER START_AT_MS");
const database = await openDatabase({ kind: "postgres", url });
try {
  const deps = testJobDeps(day);
  await new Promise((resolve) => setTimeout(resolve, Math.max(0, Number(startAt) - Date.now())));
  await scheduleDailyJobs(database.db, deps.clock);
  const result = await runDueJobs({
    db: database.db,
    jobs: [...JOBS, effectJob],
    deps,
    workerId,
    limit: 1000,
  });
  process.stdout.write(`${JSON.stringify(result)}\n`);
} finally {
  await database.close();
}
