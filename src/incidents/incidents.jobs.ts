/**
 * The incident module's jobs: each Monday the lägesbild of the week before is compiled for every
 * partnership with incidents in its window; each day raw reports older than the partnership's
 * retention are folded into weekly counts and deleted (audited: how many, never what).
 */
import { z } from "zod";
import { type Clock, retentionCutoff, swedishHourOn } from "../platform/clock.js";
import type { Executor } from "../platform/db/client.js";
import type { Audit } from "../platform/db/mutation.js";
import { IsoDateSchema } from "../platform/http/schemas.js";
import { defineJob } from "../platform/jobs/job.js";
import { scheduleJob } from "../platform/jobs/schedule-job.js";
import * as repo from "./incidents.repository.js";
import { windowOf } from "./situation-model.js";
import { compileWeek } from "./situations.js";
import { addWeeks, weekOfDate } from "./weeks.js";

/** Folds one partnership's reports older than the cutoff into weekly counts and deletes them. */
export async function applyRetention(
  tx: Executor,
  audit: Audit,
  partnershipId: string,
  cutoff: Date,
): Promise<number> {
  const cells = await repo.countReportsBefore(tx, partnershipId, cutoff);
  if (cells.length === 0) return 0;
  for (const cell of cells) await repo.addWeeklyCount(tx, partnershipId, cell);
  const deleted = await repo.deleteReportsBefore(tx, partnershipId, cutoff);
  audit({
    action: "incident.reports_aggregated",
    entityType: "partnership",
    entityId: partnershipId,
    partnershipId,
    after: { cutoff: cutoff.toISOString(), deleted, weeklyCells: cells.length },
  });
  return deleted;
}

export const incidentRetentionJob = defineJob({
  kind: "incidents.retention",
  payload: z.object({ date: IsoDateSchema }),
  async handle({ tx, deps, audit }) {
    const now = deps.clock.now();
    for (const p of await repo.listRetentions(tx)) {
      await applyRetention(tx, audit, p.partnershipId, retentionCutoff(now, p.retentionMonths));
    }
  },
});

export const compileSituationsJob = defineJob({
  kind: "incidents.compile",
  payload: z.object({ week: z.string().regex(/^\d{4}-W\d{2}$/) }),
  async handle({ tx, payload, deps, audit }) {
    const weeks = windowOf(payload.week);
    for (const partnershipId of await repo.listPartnershipIds(tx)) {
      const cells = await repo.countCells(tx, partnershipId, weeks[0] as string, payload.week);
      if (cells.length === 0) continue;
      await compileWeek(tx, audit, partnershipId, payload.week, deps.clock.now());
    }
  },
});

/** Daily: the retention at 02:00; on Mondays also last week's lägesbild at 06:00. */
export async function scheduleIncidentJobs(ex: Executor, clock: Clock): Promise<void> {
  const today = clock.today();
  await scheduleJob(ex, {
    job: incidentRetentionJob,
    uniqueKey: `incidents:retention:${today}`,
    runAt: swedishHourOn(today, 2),
    payload: { date: today },
  });
  if (new Date(`${today}T12:00:00Z`).getUTCDay() === 1) {
    const week = addWeeks(weekOfDate(today), -1);
    await scheduleJob(ex, {
      job: compileSituationsJob,
      uniqueKey: `incidents:compile:${week}`,
      runAt: swedishHourOn(today, 6),
      payload: { week },
    });
  }
}
