import { JOBS, scheduleDailyJobs } from "../src/app/jobs.js";
import { type Clock, fixedClock } from "../src/platform/clock.js";
import { loadConfig } from "../src/platform/config.js";
import type { Db } from "../src/platform/db/client.js";
import type { JobDeps } from "../src/platform/jobs/job.js";
import { type RunJobsResult, runDueJobs } from "../src/platform/jobs/runner.js";
import { createLogger } from "../src/platform/log.js";
import type { MailTransport } from "../src/platform/mail/transport.js";

/** Job dependencies for tests: a fixed clock, silent log, outbox provider unless env says else. */
export function testJobDeps(
  at: string | Date,
  options: { env?: Record<string, string>; transport?: MailTransport | null } = {},
): JobDeps & { clock: Clock } {
  return {
    config: loadConfig({ DEMO: "false", PUBLIC_URL: "https://mbl.example.se", ...options.env }),
    clock: fixedClock(at),
    log: createLogger("silent"),
    mailTransport: options.transport ?? null,
  };
}

/** What one scheduler tick does on `at` (a date or instant): schedule the day's jobs, run due ones. */
export async function tickOn(
  db: Db,
  at: string | Date,
  options: { env?: Record<string, string>; transport?: MailTransport | null; workerId?: string } = {},
): Promise<RunJobsResult> {
  const deps = testJobDeps(at, options);
  await scheduleDailyJobs(db, deps.clock);
  return runDueJobs({ db, jobs: JOBS, deps, ...(options.workerId ? { workerId: options.workerId } : {}) });
}
