import type { Executor } from "../db/client.js";
import type { JobDefinition } from "./job.js";
import { insertJobOnce } from "./jobs.repository.js";

/**
 * Schedules a job once: a second call with the same `uniqueKey` changes nothing (even after the
 * first has run). Pass the caller's transaction so the job exists only if the caller commits.
 *
 * @example
 * await scheduleJob(tx, { job: sendReminderJob, uniqueKey: `reminder:${periodId}:overdue:${date}`,
 *   runAt: clock.now(), payload: { periodId, kind: "overdue", dueOn: date } });
 */
export async function scheduleJob<P>(
  ex: Executor,
  options: { job: JobDefinition<P>; uniqueKey: string; runAt: Date; payload: P },
): Promise<boolean> {
  const payload = options.job.payload.parse(options.payload);
  return insertJobOnce(ex, {
    kind: options.job.kind,
    uniqueKey: options.uniqueKey,
    runAt: options.runAt,
    payload,
  });
}
