import { and, eq, inArray } from "drizzle-orm";
import type { Executor } from "../db/client.js";
import { demoMarkers } from "./markers.schema.js";

/** Which of the given rows of a table carry at least one demo marker. */
export async function rowsWithDemoMarkers(
  ex: Executor,
  tableName: string,
  rowIds: string[],
): Promise<Set<string>> {
  if (rowIds.length === 0) return new Set();
  const rows = await ex
    .selectDistinct({ rowId: demoMarkers.rowId })
    .from(demoMarkers)
    .where(and(eq(demoMarkers.tableName, tableName), inArray(demoMarkers.rowId, rowIds)));
  return new Set(rows.map((r) => r.rowId));
}

/** Records demo markers (for demo parts that write through services rather than the dataset). */
export async function insertDemoMarkers(
  ex: Executor,
  markers: Array<{ tableName: string; rowId: string; field: string; note: string }>,
): Promise<void> {
  if (markers.length > 0) await ex.insert(demoMarkers).values(markers).onConflictDoNothing();
}
