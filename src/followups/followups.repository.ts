import { and, asc, eq, inArray } from "drizzle-orm";
import { reportingPeriods } from "../periods/periods.schema.js";
import type { Executor } from "../platform/db/client.js";
import { followUpMeasurements, followUps } from "./followups.schema.js";

export type FollowUpRow = typeof followUps.$inferSelect;
export type MeasurementRow = typeof followUpMeasurements.$inferSelect;
export type FollowUpWithPeriod = FollowUpRow & { periodCode: string; periodStartsOn: string };

/** Follow-ups of the given commitments with their period, oldest period first. */
export async function listFollowUpsOfCommitments(
  ex: Executor,
  commitmentIds: string[],
  options: { approvedOnly: boolean },
): Promise<FollowUpWithPeriod[]> {
  if (commitmentIds.length === 0) return [];
  const conditions = [inArray(followUps.commitmentId, commitmentIds)];
  if (options.approvedOnly) conditions.push(eq(followUps.state, "approved"));
  const rows = await ex
    .select({
      followUp: followUps,
      periodCode: reportingPeriods.code,
      periodStartsOn: reportingPeriods.startsOn,
    })
    .from(followUps)
    .innerJoin(reportingPeriods, eq(reportingPeriods.id, followUps.periodId))
    .where(and(...conditions))
    .orderBy(asc(reportingPeriods.startsOn), asc(followUps.commitmentId));
  return rows.map((r) => ({ ...r.followUp, periodCode: r.periodCode, periodStartsOn: r.periodStartsOn }));
}

export function listMeasurements(ex: Executor, followUpIds: string[]): Promise<MeasurementRow[]> {
  if (followUpIds.length === 0) return Promise.resolve([]);
  return ex.select().from(followUpMeasurements).where(inArray(followUpMeasurements.followUpId, followUpIds));
}
