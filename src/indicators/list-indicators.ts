/** The workspace's view of a partnership's survey indicators (every member reads them). */
import { findPartnershipBySlug } from "../partnerships/partnerships.repository.js";
import type { Db } from "../platform/db/client.js";
import { AppError } from "../platform/errors.js";
import type { Viewer } from "../platform/viewer.js";
import { type IndicatorFigure, isSuppressed } from "./figures.js";
import { loadIndicatorFigures } from "./indicator-figures.js";
import { indicatorsPolicy } from "./indicators.policy.js";
import { listIndicatorRows, listValueRows } from "./indicators.repository.js";
import type { Gender, Indicator, IndicatorKind } from "./indicators.types.js";

const notFound = (partnershipId: string) => ({ entity: "partnership", value: partnershipId });

/** Every indicator with its values (staff); a value from fewer than 5 answers is flagged `suppressed`. */
export async function listIndicators(options: {
  db: Db;
  viewer: Viewer;
  partnershipId: string;
}): Promise<Indicator[]> {
  const { db, viewer, partnershipId } = options;
  indicatorsPolicy.authorize(viewer, "read", { partnershipId }, notFound(partnershipId));
  const [indicators, values] = await Promise.all([
    listIndicatorRows(db, partnershipId),
    listValueRows(db, partnershipId),
  ]);
  return indicators.map((i) => ({
    id: i.id,
    name: i.name,
    kind: i.kind as IndicatorKind,
    description: i.description,
    lowerIsBetter: i.lowerIsBetter === 1,
    values: values
      .filter((v) => v.indicatorId === i.id)
      .map((v) => ({
        area: v.areaName,
        year: v.year,
        gender: v.gender as Gender,
        ageBand: v.ageBand,
        value: v.value,
        respondents: v.respondents,
        suppressed: isSuppressed(v.respondents),
        source: v.source,
      })),
  }));
}

/** The figures the workspace page draws (suppressed as in public, so staff see what residents see). */
export async function indicatorFigures(options: {
  db: Db;
  viewer: Viewer;
  partnershipId: string;
}): Promise<IndicatorFigure[]> {
  indicatorsPolicy.authorize(
    options.viewer,
    "read",
    { partnershipId: options.partnershipId },
    notFound(options.partnershipId),
  );
  return loadIndicatorFigures(options.db, options.partnershipId);
}

/** The partnership of an API or page address (404 when there is none); the services authorize. */
export async function partnershipIdOfSlug(db: Db, slug: string): Promise<string> {
  const row = await findPartnershipBySlug(db, slug);
  if (!row) throw new AppError("not_found", { entity: "partnership", value: slug });
  return row.id;
}
