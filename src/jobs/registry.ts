import { deliverMailJob } from "../mail/deliver-mail.job.js";
import type { Clock } from "../platform/clock.js";
import type { Executor } from "../platform/db/client.js";
import { reminderScanKey, scanRemindersJob, sendRemindersJob } from "../reminders/reminders.jobs.js";
import type { AnyJobDefinition } from "./job.js";
import { scheduleJob } from "./schedule-job.js";

/** Every job kind the runner knows. A module adds its jobs here once. */
export const JOBS: readonly AnyJobDefinition[] = [scanRemindersJob, sendRemindersJob, deliverMailJob];

/**
 * Schedules the recurring jobs due today (idempotent: each has one key per day). Called by every
 * scheduler tick, in every server process; only the first insert of a key wins.
 */
export async function scheduleDailyJobs(ex: Executor, clock: Clock): Promise<void> {
  const today = clock.today();
  await scheduleJob(ex, {
    job: scanRemindersJob,
    uniqueKey: reminderScanKey(today),
    runAt: clock.now(),
    payload: { date: today },
  });
}
