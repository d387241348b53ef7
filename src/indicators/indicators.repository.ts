import { and, asc, eq, inArray } from "drizzle-orm";
import { areas } from "../areas/areas.schema.js";
import type { Executor } from "../platform/db/client.js";
import { surveyIndicators, surveyValues } from "./indicators.schema.js";

export type IndicatorRow = typeof surveyIndicators.$inferSelect;
export type ValueRow = typeof surveyValues.$inferSelect;
export type ValueWithArea = ValueRow & { areaName: string };

export function listIndicatorRows(ex: Executor, partnershipId: string): Promise<IndicatorRow[]> {
  return ex
    .select()
    .from(surveyIndicators)
    .where(eq(surveyIndicators.partnershipId, partnershipId))
    .orderBy(asc(surveyIndicators.name));
}

/** The partnership's values (of some areas only, when given), with the area's name. */
export async function listValueRows(
  ex: Executor,
  partnershipId: string,
  areaIds?: string[],
): Promise<ValueWithArea[]> {
  if (areaIds && areaIds.length === 0) return [];
  const rows = await ex
    .select({ value: surveyValues, areaName: areas.name })
    .from(surveyValues)
    .innerJoin(surveyIndicators, eq(surveyIndicators.id, surveyValues.indicatorId))
    .innerJoin(areas, eq(areas.id, surveyValues.areaId))
    .where(
      and(
        eq(surveyIndicators.partnershipId, partnershipId),
        areaIds ? inArray(surveyValues.areaId, areaIds) : undefined,
      ),
    )
    .orderBy(asc(areas.name), asc(surveyValues.year), asc(surveyValues.gender), asc(surveyValues.ageBand));
  return rows.map((r) => ({ ...r.value, areaName: r.areaName }));
}

export function listAreaNames(ex: Executor, partnershipId: string): Promise<{ id: string; name: string }[]> {
  return ex
    .select({ id: areas.id, name: areas.name })
    .from(areas)
    .where(eq(areas.partnershipId, partnershipId))
    .orderBy(asc(areas.name));
}

export async function insertIndicator(
  ex: Executor,
  values: typeof surveyIndicators.$inferInsert,
): Promise<IndicatorRow> {
  const [row] = await ex.insert(surveyIndicators).values(values).returning();
  if (!row) throw new Error("insertIndicator: no row");
  return row;
}

export async function updateIndicatorDescription(
  ex: Executor,
  id: string,
  description: string,
): Promise<void> {
  await ex.update(surveyIndicators).set({ description }).where(eq(surveyIndicators.id, id));
}

export async function insertValue(ex: Executor, values: typeof surveyValues.$inferInsert): Promise<ValueRow> {
  const [row] = await ex.insert(surveyValues).values(values).returning();
  if (!row) throw new Error("insertValue: no row");
  return row;
}

export async function updateValue(
  ex: Executor,
  id: string,
  values: Pick<ValueRow, "value" | "respondents" | "source">,
): Promise<void> {
  await ex.update(surveyValues).set(values).where(eq(surveyValues.id, id));
}
