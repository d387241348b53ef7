import { and, asc, eq, inArray, sql } from "drizzle-orm";
import type { Executor } from "../platform/db/client.js";
import { queryRows } from "../platform/db/rows.js";
import { reportingPeriods } from "./periods.schema.js";

export type PeriodRow = typeof reportingPeriods.$inferSelect;

export function listPeriods(ex: Executor, partnershipId: string): Promise<PeriodRow[]> {
  return ex
    .select()
    .from(reportingPeriods)
    .where(eq(reportingPeriods.partnershipId, partnershipId))
    .orderBy(asc(reportingPeriods.startsOn));
}

export async function findPeriodByCode(
  ex: Executor,
  partnershipId: string,
  code: string,
): Promise<PeriodRow | null> {
  const [row] = await ex
    .select()
    .from(reportingPeriods)
    .where(and(eq(reportingPeriods.partnershipId, partnershipId), eq(reportingPeriods.code, code)));
  return row ?? null;
}

export async function findPeriodById(ex: Executor, id: string): Promise<PeriodRow | null> {
  const [row] = await ex.select().from(reportingPeriods).where(eq(reportingPeriods.id, id));
  return row ?? null;
}

/** A period with whether anything hangs on it (a follow-up in any state). */
export type PeriodInUse = PeriodRow & { hasFollowUps: boolean };

export async function listPeriodsInUse(ex: Executor, partnershipId: string): Promise<PeriodInUse[]> {
  const rows = await listPeriods(ex, partnershipId);
  const used = await queryRows<{ periodId: string }>(
    ex,
    sql`SELECT DISTINCT f.period_id AS "periodId" FROM follow_ups f
        JOIN reporting_periods rp ON rp.id = f.period_id WHERE rp.partnership_id = ${partnershipId}`,
  );
  const usedIds = new Set(used.map((u) => u.periodId));
  return rows.map((r) => ({ ...r, hasFollowUps: usedIds.has(r.id) }));
}

/** The spans of every promise of a partnership (in any status), as stored. */
export function listPromiseSpans(
  ex: Executor,
  partnershipId: string,
): Promise<Array<{ fromYear: number; toYear: number; startsOn: string | null; endsOn: string | null }>> {
  return queryRows(
    ex,
    sql`SELECT from_year AS "fromYear", to_year AS "toYear", starts_on::text AS "startsOn",
          ends_on::text AS "endsOn" FROM promises WHERE partnership_id = ${partnershipId}`,
  );
}

export type NewPeriod = typeof reportingPeriods.$inferInsert;

export async function insertPeriods(ex: Executor, rows: NewPeriod[]): Promise<PeriodRow[]> {
  if (rows.length === 0) return [];
  return ex.insert(reportingPeriods).values(rows).onConflictDoNothing().returning();
}

export async function deletePeriods(ex: Executor, ids: string[]): Promise<void> {
  if (ids.length === 0) return;
  await ex.delete(reportingPeriods).where(inArray(reportingPeriods.id, ids));
}

export async function updatePeriodSchedule(
  ex: Executor,
  id: string,
  values: { deadline: string; reminderDaysBefore: number | null },
): Promise<PeriodRow | null> {
  const [row] = await ex.update(reportingPeriods).set(values).where(eq(reportingPeriods.id, id)).returning();
  return row ?? null;
}
