import { and, asc, eq } from "drizzle-orm";
import type { Executor } from "../platform/db/client.js";
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
