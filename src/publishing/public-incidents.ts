/**
 * The public reader of the weekly incident figures (the section "Händelser per vecka" on
 * `/<partnership>/trygghet`): of each lägesbild the samordnare has published, the week and its
 * count per category, every count from 1 to 4 hidden (null: "färre än 5"), zero shown. The query
 * reads only published, shared lägesbilder and only their week, publication time and stored
 * figures (aggregates); never a raw report, a description, a place or the assessment
 * (`publishing.policy.ts` says why). Takes no viewer, like every public reader.
 */
import { and, desc, eq, isNotNull } from "drizzle-orm";
import { incidentSituations } from "../incidents/incidents.schema.js";
import type { SituationData } from "../incidents/situation-model.js";
import { suppressedNumber } from "../incidents/suppression.js";
import type { Executor } from "../platform/db/client.js";
import { PUBLIC_SITUATION_STATE, PUBLIC_SITUATION_WEEKS } from "./publishing.policy.js";

export interface PublicIncidentWeek {
  /** ISO week, e.g. 2026-W40. */
  week: string;
  publishedAt: string;
  /** The week's count per category; null when from 1 to 4. */
  categories: { name: string; count: number | null }[];
}

/** The week's count per category as residents see it (pure; exported for the tests). */
export function publicCounts(data: SituationData): PublicIncidentWeek["categories"] {
  return data.categories
    .map((c) => ({
      name: c.name,
      count: suppressedNumber(
        data.cells
          .filter((x) => x.week === data.week && x.categoryKey === c.key)
          .reduce((s, x) => s + x.count, 0),
      ),
    }))
    .sort((a, b) => a.name.localeCompare(b.name, "sv"));
}

/** The partnership's published weeks, newest first (at most `PUBLIC_SITUATION_WEEKS`). */
export async function readPublicIncidentWeeks(
  ex: Executor,
  partnershipId: string,
): Promise<PublicIncidentWeek[]> {
  const rows = await ex
    .select({
      week: incidentSituations.week,
      publishedAt: incidentSituations.publishedAt,
      data: incidentSituations.data,
    })
    .from(incidentSituations)
    .where(
      and(
        eq(incidentSituations.partnershipId, partnershipId),
        eq(incidentSituations.state, PUBLIC_SITUATION_STATE),
        isNotNull(incidentSituations.publishedAt),
      ),
    )
    .orderBy(desc(incidentSituations.week))
    .limit(PUBLIC_SITUATION_WEEKS);
  return rows.map((r) => ({
    week: r.week,
    publishedAt: (r.publishedAt as Date).toISOString(),
    categories: publicCounts(r.data as SituationData),
  }));
}
