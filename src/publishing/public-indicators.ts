/**
 * The public reader of survey indicators (`/<partnership>/trygghet`): every indicator of the
 * partnership per area, as figures whose values from fewer than 5 answers are left out ("färre än
 * 5 svar"). Survey results are published aggregates, so all of a partnership's indicators are
 * public (a decision in ARCHITECTURE.md); the suppression is the only filter, applied here and in
 * the report-back. The same page carries the weekly incident figures the samordnare has published
 * (`public-incidents.ts`). Takes no viewer, like every public reader.
 */
import { type IndicatorFigure, loadIndicatorFigures } from "../indicators/indicator-figures.js";
import { findPartnershipBySlug } from "../partnerships/partnerships.repository.js";
import type { Executor } from "../platform/db/client.js";
import { AppError } from "../platform/errors.js";
import { type PublicIncidentWeek, readPublicIncidentWeeks } from "./public-incidents.js";

export interface PublicIndicatorsPage {
  partnership: { slug: string; name: string };
  figures: IndicatorFigure[];
  /** Published weekly incident counts, newest first. */
  incidentWeeks: PublicIncidentWeek[];
}

export async function readPublicIndicators(ex: Executor, slug: string): Promise<PublicIndicatorsPage> {
  const partnership = await findPartnershipBySlug(ex, slug);
  if (!partnership) throw new AppError("not_found", { entity: "partnership", value: slug });
  const [figures, incidentWeeks] = await Promise.all([
    loadIndicatorFigures(ex, partnership.id),
    readPublicIncidentWeeks(ex, partnership.id),
  ]);
  // Defence in depth: a suppressed cell carries no value, whatever built it.
  for (const f of figures) {
    for (const s of f.series) for (const c of s.cells) if (c.suppressed) c.value = null;
    for (const a of f.ageBands) if (a.cell.suppressed) a.cell.value = null;
  }
  return { partnership: { slug: partnership.slug, name: partnership.name }, figures, incidentWeeks };
}
