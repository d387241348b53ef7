/**
 * The measures the viewer reports on, for "Att rapportera": measures of the åtgärdsplan that are
 * not promise points (those are reported through the point), whose follow-up the viewer may record
 * as an owner (`prevention.followUp` by the round's point-ownership rule), each in every reporting
 * period it lacks a follow-up in. Listed for the reporting roles (rapportör, kommunpolis) as the
 * walks' findings are; the samordnare, who may follow up every measure, works from the lägesbild.
 *
 * Which periods: the partnership's open periods that have begun (as for points) and overlap the
 * measure's span — from the start of its lägesbild's year to the end of that year, or to its due
 * date when that is later (a measure planned over the turn of the year is still followed up).
 */
import { listPeriods } from "../periods/periods.repository.js";
import type { Db } from "../platform/db/client.js";
import { grantsIn, type Viewer } from "../platform/viewer.js";
import { type MeasureOwnership, preventionPolicy } from "./prevention.policy.js";
import * as repo from "./prevention.repository.js";

/** Roles whose measures are listed (as the walks' findings: the reporting roles). */
export const OWNER_ROLES: readonly string[] = ["reporter", "police_coordinator"];

export interface MyMeasure {
  measureId: string;
  title: string;
  description: string;
  /** The year of the measure's lägesbild. */
  year: number;
  dueOn: string | null;
  responsiblePartyName: string;
  /** The period to report on (one item per measure and period lacking a follow-up). */
  period: string;
  deadline: string;
  overdue: boolean;
}

export async function listMyMeasures(options: {
  db: Db;
  viewer: Viewer;
  partnershipId: string;
  today: string;
}): Promise<MyMeasure[]> {
  const { db, viewer, partnershipId, today } = options;
  const grants = grantsIn(viewer, partnershipId).filter((g) => OWNER_ROLES.includes(g.role));
  if (grants.length === 0 || !preventionPolicy.allows(viewer, "read", { partnershipId })) return [];
  const owned = (await repo.listReportableMeasures(db, partnershipId)).filter((m) => {
    const facts: MeasureOwnership = { ...m, partnershipId };
    return grants.some((g) =>
      preventionPolicy.allows(
        { ...(viewer as Extract<Viewer, { kind: "account" }>), grants: [g] },
        "followUp",
        facts,
      ),
    );
  });
  if (owned.length === 0) return [];
  const [periods, followUps] = await Promise.all([
    listPeriods(db, partnershipId),
    repo.listMeasureFollowUps(
      db,
      owned.map((m) => m.id),
    ),
  ]);
  const open = periods.filter((p) => !p.closedAt && p.startsOn <= today);
  const items: MyMeasure[] = [];
  for (const m of owned) {
    const from = `${m.year}-01-01`;
    const yearEnd = `${m.year}-12-31`;
    const to = m.dueOn && m.dueOn > yearEnd ? m.dueOn : yearEnd;
    for (const p of open) {
      if (p.endsOn < from || p.startsOn > to) continue;
      if (followUps.some((f) => f.measureId === m.id && f.period === p.code)) continue;
      items.push({
        measureId: m.id,
        title: m.title,
        description: m.description,
        year: m.year,
        dueOn: m.dueOn,
        responsiblePartyName: m.responsiblePartyName,
        period: p.code,
        deadline: p.deadline,
        overdue: p.deadline < today,
      });
    }
  }
  return items.sort((a, b) => a.deadline.localeCompare(b.deadline));
}
