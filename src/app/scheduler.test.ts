import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase } from "../../test/db.js";
import { testJobDeps } from "../../test/jobs.js";
import type { Database } from "../platform/db/client.js";
import { listJobsByKeyPrefix } from "../platform/jobs/jobs.repository.js";
import { startScheduler } from "../platform/jobs/scheduler.js";
import { JOBS, scheduleDailyJobs } from "./jobs.js";

let database: Database;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(() => database?.close());

describe("startScheduler", () => {
  it("with JOBS_INTERVAL_SECONDS=0 never ticks by itself; tick() schedules and runs the day's scan once", async () => {
    const deps = testJobDeps("2024-02-01", { env: { JOBS_INTERVAL_SECONDS: "0" } });
    const scheduler = startScheduler({ db: database.db, deps, jobs: JOBS, daily: scheduleDailyJobs });
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(await listJobsByKeyPrefix(database.db, "reminders:scan:")).toEqual([]);
    await Promise.all([scheduler.tick(), scheduler.tick()]);
    await scheduler.tick();
    const jobs = await listJobsByKeyPrefix(database.db, "reminders:scan:");
    expect(jobs.map((j) => [j.uniqueKey, j.state, j.attempts])).toEqual([
      ["reminders:scan:2024-02-01", "done", 1],
    ]);
    await scheduler.stop();
  });

  it("with an interval, ticks at start and stops cleanly", async () => {
    const deps = testJobDeps("2024-02-02", { env: { JOBS_INTERVAL_SECONDS: "3600" } });
    const scheduler = startScheduler({ db: database.db, deps, jobs: JOBS, daily: scheduleDailyJobs });
    await expect
      .poll(async () =>
        (await listJobsByKeyPrefix(database.db, "reminders:scan:2024-02-02")).map((j) => j.state),
      )
      .toEqual(["done"]);
    await scheduler.stop();
  });

  it("schedules the day's reminder scan at midnight but runs it from 07:00 Swedish time", async () => {
    const early = startScheduler({
      db: database.db,
      jobs: JOBS,
      daily: scheduleDailyJobs,
      deps: testJobDeps(new Date("2024-02-03T04:00:00Z"), { env: { JOBS_INTERVAL_SECONDS: "0" } }),
    });
    await early.tick();
    expect((await listJobsByKeyPrefix(database.db, "reminders:scan:2024-02-03")).map((j) => j.state)).toEqual(
      ["pending"],
    );
    const morning = startScheduler({
      db: database.db,
      jobs: JOBS,
      daily: scheduleDailyJobs,
      deps: testJobDeps(new Date("2024-02-03T06:00:00Z"), { env: { JOBS_INTERVAL_SECONDS: "0" } }),
    });
    await morning.tick();
    expect((await listJobsByKeyPrefix(database.db, "reminders:scan:2024-02-03")).map((j) => j.state)).toEqual(
      ["done"],
    );
    await early.stop();
    await morning.stop();
  });
});
