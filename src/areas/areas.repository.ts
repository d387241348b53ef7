import { asc, eq, inArray } from "drizzle-orm";
import type { Executor } from "../platform/db/client.js";
import { areaClassifications, areas } from "./areas.schema.js";

export type AreaRow = typeof areas.$inferSelect;
export type AreaClassificationRow = typeof areaClassifications.$inferSelect;

export function listAreas(ex: Executor, partnershipId: string): Promise<AreaRow[]> {
  return ex.select().from(areas).where(eq(areas.partnershipId, partnershipId)).orderBy(asc(areas.name));
}

export function listClassifications(ex: Executor, areaIds: string[]): Promise<AreaClassificationRow[]> {
  if (areaIds.length === 0) return Promise.resolve([]);
  return ex
    .select()
    .from(areaClassifications)
    .where(inArray(areaClassifications.areaId, areaIds))
    .orderBy(asc(areaClassifications.validFrom));
}
