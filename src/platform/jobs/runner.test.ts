import { sql } from "drizzle-orm";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { createTestDatabase } from "../../../test/db.js";
import { effectJob } from "../../../test/factories/test-jobs.js";
import { testJobDeps } from "../../../test/jobs.js";
import type { Database } from "../db/client.js";
import { queryRows } from "../db/rows.js";
import { retryDelaySeconds } from "./job.js";
import { listJobsByKeyPrefix } from "./jobs.repository.js";
import { JOB_LEASE_SECONDS, runDueJobs } from "./runner.js";
import { scheduleJob } from "./schedule-job.js";

let database: Database;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(() => database?.close());
beforeEach(async () => {
  await database.db.execute(sql`DELETE FROM jobs`);
  await database.db.execute(sql`DELETE FROM outbox`);
});

const T0 = new Date("2024-03-01T10:00:00Z");
const later = (seconds: number) => new Date(T0.getTime() + seconds * 1000);
const run = (at: Date, workerId = "w1") =>
  runDueJobs({ db: database.db, jobs: [effectJob], deps: testJobDeps(at), workerId });
const effects = async () =>
  (
    await queryRows<{ subject: string }>(
      database.db,
      sql`SELECT subject FROM outbox WHERE kind = 'test.effect' ORDER BY subject`,
    )
  ).map((r) => r.subject);
const schedule = (label: string, runAt: Date, extra: { failTimes?: number; sleepMs?: number } = {}) =>
  scheduleJob(database.db, {
    job: effectJob,
    uniqueKey: `test:${label}`,
    runAt,
    payload: { label, failTimes: 0, sleepMs: 0, ...extra },
  });

describe("scheduleJob", () => {
  it("is idempotent by unique key, also after the job has run", async () => {
    expect(await schedule("a", T0)).toBe(true);
    expect(await schedule("a", T0)).toBe(false);
    await run(T0);
    expect(await schedule("a", T0)).toBe(false);
    await run(T0);
    expect(await effects()).toEqual(["a"]);
  });

  it("refuses a payload that does not fit the job's schema", async () => {
    await expect(
      scheduleJob(database.db, {
        job: effectJob,
        uniqueKey: "test:bad",
        runAt: T0,
        payload: { label: 5 } as never,
      }),
    ).rejects.toThrow();
  });
});

describe("runDueJobs", () => {
  it("runs only jobs whose time has come, and marks them done", async () => {
    await schedule("now", T0);
    await schedule("later", later(3600));
    expect(await run(T0)).toEqual({ done: 1, failed: 0 });
    expect(await effects()).toEqual(["now"]);
    const jobs = await listJobsByKeyPrefix(database.db, "test:");
    expect(jobs.map((j) => [j.uniqueKey, j.state, j.attempts])).toEqual([
      ["test:later", "pending", 0],
      ["test:now", "done", 1],
    ]);
  });

  it("rolls back a failed attempt's writes, records the error and retries with backoff", async () => {
    await schedule("flaky", T0, { failTimes: 2 });
    expect(await run(T0)).toEqual({ done: 0, failed: 1 });
    expect(await effects()).toEqual([]);
    let [job] = await listJobsByKeyPrefix(database.db, "test:");
    expect(job).toMatchObject({ state: "pending", attempts: 1, lastError: "planned failure 1" });
    // not again before the backoff has passed
    expect(await run(later(retryDelaySeconds(1) - 1))).toEqual({ done: 0, failed: 0 });
    expect(await run(later(retryDelaySeconds(1)))).toEqual({ done: 0, failed: 1 });
    expect(await run(later(retryDelaySeconds(1) + retryDelaySeconds(2)))).toEqual({ done: 1, failed: 0 });
    [job] = await listJobsByKeyPrefix(database.db, "test:");
    expect(job).toMatchObject({ state: "done", attempts: 3, lastError: null });
    expect(await effects()).toEqual(["flaky"]);
  });

  it("gives a job up as failed after its last attempt", async () => {
    await schedule("doomed", T0, { failTimes: 99 });
    await run(T0);
    await run(later(3600));
    await run(later(7200));
    await run(later(99_999));
    const [job] = await listJobsByKeyPrefix(database.db, "test:");
    expect(job).toMatchObject({ state: "failed", attempts: 3, lastError: "planned failure 3" });
    expect(await effects()).toEqual([]);
  });

  it("reclaims a running job whose worker died once its lock has expired", async () => {
    await schedule("orphan", T0);
    // a worker claimed it and died before running it
    await database.db.execute(
      sql`UPDATE jobs SET state = 'running', locked_by = 'dead', attempts = 1,
          locked_until = ${later(JOB_LEASE_SECONDS).toISOString()}::timestamptz`,
    );
    expect(await run(later(60))).toEqual({ done: 0, failed: 0 });
    expect(await run(later(JOB_LEASE_SECONDS + 1))).toEqual({ done: 1, failed: 0 });
    const [job] = await listJobsByKeyPrefix(database.db, "test:");
    expect(job).toMatchObject({ state: "done", attempts: 2 });
    expect(await effects()).toEqual(["orphan"]);
  });

  it("gives up a job whose workers kept dying once its attempts are used up", async () => {
    await schedule("crasher", T0);
    await database.db.execute(sql`UPDATE jobs SET state = 'running', locked_by = 'dead', attempts = 3,
          locked_until = ${T0.toISOString()}::timestamptz`);
    expect(await run(later(1))).toEqual({ done: 0, failed: 1 });
    const [job] = await listJobsByKeyPrefix(database.db, "test:");
    expect(job).toMatchObject({ state: "failed", attempts: 4 });
    expect(job?.lastError).toContain("gavs upp");
    expect(await effects()).toEqual([]);
  });

  it("does not run a job another worker has reclaimed in the meantime", async () => {
    await schedule("taken", T0);
    await database.db.execute(sql`UPDATE jobs SET state = 'running', locked_by = 'other', attempts = 1,
          locked_until = ${later(600).toISOString()}::timestamptz`);
    expect(await run(T0)).toEqual({ done: 0, failed: 0 });
    expect(await effects()).toEqual([]);
  });

  it("two runners on the same jobs run each exactly once (in one process)", async () => {
    const labels = Array.from({ length: 30 }, (_, i) => `job-${String(i).padStart(2, "0")}`);
    for (const label of labels) await schedule(label, T0, { sleepMs: 2 });
    const [a, b] = await Promise.all([run(T0, "runner-a"), run(T0, "runner-b")]);
    expect((a?.done ?? 0) + (b?.done ?? 0)).toBe(30);
    expect(await effects()).toEqual(labels);
    const states = (await listJobsByKeyPrefix(database.db, "test:")).map((j) => [j.state, j.attempts]);
    expect(new Set(states.map((s) => s.join()))).toEqual(new Set(["done,1"]));
  });
});
