import type { Clock } from "../platform/clock.js";
import type { Config } from "../platform/config.js";
import type { Executor } from "../platform/db/client.js";
import type { AnyJobDefinition } from "../platform/jobs/job.js";
import { deliverMailJob } from "../platform/mail/deliver-mail.job.js";
import { MODULES } from "./modules.js";

/** Every job kind the runner knows: the platform's mail delivery and each module's jobs. */
export const JOBS: readonly AnyJobDefinition[] = [deliverMailJob, ...MODULES.flatMap((m) => m.jobs ?? [])];

/** Schedules every module's recurring jobs for today (idempotent). */
export async function scheduleDailyJobs(ex: Executor, clock: Clock, config?: Config): Promise<void> {
  for (const module of MODULES) if (module.daily) await module.daily(ex, clock, config);
}
