/**
 * Loads the figures of survey indicators (see `figures.ts`). Reads without a policy: its callers
 * have asked theirs (the reports' `read`, the indicators' `read`) or are the publishing boundary,
 * which only ever shows the suppressed figures.
 */
import type { Executor } from "../platform/db/client.js";
import { rowsWithDemoMarkers } from "../platform/markers/markers.repository.js";
import { buildFigures, type IndicatorFigure } from "./figures.js";
import { listIndicatorRows, listValueRows } from "./indicators.repository.js";

export type { IndicatorFigure } from "./figures.js";

/** The partnership's figures (of some areas only, when given). Callers have authorized the read. */
export async function loadIndicatorFigures(
  ex: Executor,
  partnershipId: string,
  areaIds?: string[],
): Promise<IndicatorFigure[]> {
  const [indicators, values] = await Promise.all([
    listIndicatorRows(ex, partnershipId),
    listValueRows(ex, partnershipId, areaIds),
  ]);
  const demo = await rowsWithDemoMarkers(
    ex,
    "survey_indicators",
    indicators.map((i) => i.id),
  );
  return buildFigures(indicators, values, demo);
}
