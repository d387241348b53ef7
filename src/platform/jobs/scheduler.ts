import { randomUUID } from "node:crypto";
import type { Db } from "../db/client.js";
import type { DailySchedule } from "../module.js";
import type { AnyJobDefinition, JobDeps } from "./job.js";
import { runDueJobs } from "./runner.js";

export interface Scheduler {
  /** Runs one tick now (schedules today's recurring jobs, then runs what is due). */
  tick(): Promise<void>;
  /** Stops the timer and waits for a running tick to finish its current job (it claims no further one). */
  stop(): Promise<void>;
}

/**
 * Starts the background scheduler: a tick now and then every `config.jobsIntervalSeconds`
 * (0: never; `tick()` still works). Ticks never overlap; a failing tick is logged, not thrown.
 */
export function startScheduler(options: {
  db: Db;
  deps: JobDeps;
  jobs: readonly AnyJobDefinition[];
  /** Schedules the recurring jobs due today (every tick). */
  daily: DailySchedule;
  workerId?: string;
}): Scheduler {
  const { db, deps } = options;
  const workerId = options.workerId ?? `server-${process.pid}-${randomUUID().slice(0, 8)}`;
  let running: Promise<void> | null = null;
  let stopped = false;
  const tick = (): Promise<void> => {
    if (running) return running;
    running = (async () => {
      try {
        await options.daily(db, deps.clock, deps.config);
        const result = await runDueJobs({
          db,
          jobs: options.jobs,
          deps,
          workerId,
          shouldStop: () => stopped,
        });
        if (result.done + result.failed > 0) {
          deps.log.info(`Jobb körda: ${result.done} klara, ${result.failed} misslyckade`);
        }
      } catch (error) {
        deps.log.error("Schemalagda jobb kunde inte köras", error);
      } finally {
        running = null;
      }
    })();
    return running;
  };
  const seconds = deps.config.jobsIntervalSeconds;
  let timer: NodeJS.Timeout | null = null;
  if (seconds > 0) {
    timer = setInterval(() => void (stopped ? undefined : tick()), seconds * 1000);
    timer.unref();
    setImmediate(() => void (stopped ? undefined : tick()));
  }
  return {
    tick,
    async stop() {
      stopped = true;
      if (timer) clearInterval(timer);
      if (running) await running;
    },
  };
}
