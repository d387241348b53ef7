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

/** What the pending follow-ups need of a measure and of a period. */
interface MeasureSpan {
  id: string;
  year: number;
  dueOn: string | null;
}
interface PeriodSpan {
  code: string;
  startsOn: string;
  endsOn: string;
  closedAt: Date | string | null;
}

/**
 * Each measure in each open period that has begun and overlaps the measure's span (its lägesbild's
 * year, or up to its due date when that is later) in which it has no follow-up yet. Pure; Att
 * rapportera and the measures' reminders both ask it.
 */
export function pendingFollowUps<M extends MeasureSpan, P extends PeriodSpan>(
  measures: readonly M[],
  followUps: readonly { measureId: string; period: string }[],
  periods: readonly P[],
  today: string,
): { measure: M; period: P }[] {
  const open = periods.filter((p) => !p.closedAt && p.startsOn <= today);
  const pending: { measure: M; period: P }[] = [];
  for (const measure of measures) {
    const from = `${measure.year}-01-01`;
    const yearEnd = `${measure.year}-12-31`;
    const to = measure.dueOn && measure.dueOn > yearEnd ? measure.dueOn : yearEnd;
    for (const period of open) {
      if (period.endsOn < from || period.startsOn > to) continue;
      if (followUps.some((f) => f.measureId === measure.id && f.period === period.code)) continue;
      pending.push({ measure, period });
    }
  }
  return pending;
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
  const items: MyMeasure[] = pendingFollowUps(owned, followUps, periods, today).map(
    ({ measure: m, period: p }) => ({
      measureId: m.id,
      title: m.title,
      description: m.description,
      year: m.year,
      dueOn: m.dueOn,
      responsiblePartyName: m.responsiblePartyName,
      period: p.code,
      deadline: p.deadline,
      overdue: p.deadline < today,
    }),
  );
  return items.sort((a, b) => a.deadline.localeCompare(b.deadline));
}
