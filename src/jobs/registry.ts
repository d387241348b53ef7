import { deliverMailJob } from "../mail/deliver-mail.job.js";
import { type Clock, swedishHourOn } from "../platform/clock.js";
import type { Executor } from "../platform/db/client.js";
import { reminderScanKey, scanRemindersJob, sendRemindersJob } from "../reminders/reminders.jobs.js";
import type { AnyJobDefinition } from "./job.js";
import { scheduleJob } from "./schedule-job.js";

/** The hour (Swedish time) from which the day's reminders are sent. */
export const REMINDER_HOUR = 7;

/** Every job kind the runner knows. A module adds its jobs here once. */
export const JOBS: readonly AnyJobDefinition[] = [scanRemindersJob, sendRemindersJob, deliverMailJob];

/**
 * Schedules the recurring jobs due today (idempotent: each has one key per day). Called by every
 * scheduler tick, in every server process; only the first insert of a key wins. The reminder scan
 * runs from 07:00 Swedish time, so reminders arrive in the morning.
 */
export async function scheduleDailyJobs(ex: Executor, clock: Clock): Promise<void> {
  const today = clock.today();
  await scheduleJob(ex, {
    job: scanRemindersJob,
    uniqueKey: reminderScanKey(today),
    runAt: swedishHourOn(today, REMINDER_HOUR),
    payload: { date: today },
  });
}
