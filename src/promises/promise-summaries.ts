import type { Executor } from "../platform/db/client.js";
import { rowsWithDemoMarkers } from "../platform/markers/markers.repository.js";
import type { PromiseStatus } from "./lifecycle.js";
import {
  countCommitmentsOfPromises,
  listAreasOfPromises,
  listPartiesOfPromises,
  type PromiseRow,
} from "./promises.repository.js";
import type { PromiseSummary } from "./promises.types.js";

/** Presents promise rows with their areas, parties and number of points (one query each, not per row). */
export async function presentPromiseSummaries(ex: Executor, rows: PromiseRow[]): Promise<PromiseSummary[]> {
  const ids = rows.map((r) => r.id);
  const [areas, parties, counts, demo] = await Promise.all([
    listAreasOfPromises(ex, ids),
    listPartiesOfPromises(ex, ids),
    countCommitmentsOfPromises(ex, ids),
    rowsWithDemoMarkers(ex, "promises", ids),
  ]);
  return rows.map((row) => ({
    id: row.id,
    ref: row.ref,
    partnershipId: row.partnershipId,
    title: row.title,
    fromYear: row.fromYear,
    toYear: row.toYear,
    status: row.status as PromiseStatus,
    signedOn: row.signedOn,
    areas: areas.filter((a) => a.promiseId === row.id).map(({ id, name }) => ({ id, name })),
    parties: parties
      .filter((p) => p.promiseId === row.id)
      .map(({ id, name, kind }) => ({ id, name, kind: kind as "municipality" | "police" | "other" })),
    commitmentCount: counts.find((c) => c.promiseId === row.id)?.count ?? 0,
    demo: demo.has(row.id),
  }));
}
