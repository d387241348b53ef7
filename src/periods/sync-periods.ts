/**
 * The reporting calendar follows the promises: a partnership has the periods (in its chosen
 * scheme) that cover the span of any of its promises. Called inside the transaction of whatever
 * changed a promise's dates or the partnership's scheme — the caller has authorized and audits.
 *
 * Periods are the partnership's, shared by its promises (a follow-up names its point and its
 * period). A period no promise covers any longer is removed when nothing hangs on it; one with a
 * follow-up (in any state) or one that has been closed is kept and reported as kept.
 */
import { findPartnership } from "../partnerships/partnerships.repository.js";
import type { Executor } from "../platform/db/client.js";
import { AppError } from "../platform/errors.js";
import {
  isPeriodScheme,
  type PeriodScheme,
  periodBounds,
  periodCode,
  periodDeadline,
  periodsCovering,
  promiseSpan,
} from "./calendar.js";
import {
  deletePeriods,
  insertPeriods,
  listPeriodsInUse,
  listPromiseSpans,
  type NewPeriod,
} from "./periods.repository.js";

/** What a sync did, by period code (for the audit event and the answer). */
export interface PeriodSync {
  created: string[];
  removed: string[];
  /** Outside every promise's span, but kept: it has follow-ups or was closed. */
  kept: string[];
}

/** The periods one span needs in a scheme, with their default deadlines. */
export function periodsForSpan(
  span: { startsOn: string; endsOn: string },
  scheme: PeriodScheme,
  deadlineOffsetDays: number,
): Array<Omit<NewPeriod, "partnershipId">> {
  return periodsCovering(span.startsOn, span.endsOn, scheme).map((ref) => ({
    scheme,
    year: ref.year,
    index: ref.index,
    code: periodCode(ref),
    ...periodBounds(ref),
    deadline: periodDeadline(ref, deadlineOffsetDays),
  }));
}

/** Brings a partnership's periods in line with its promises' spans (see above). */
export async function syncPartnershipPeriods(ex: Executor, partnershipId: string): Promise<PeriodSync> {
  const partnership = await findPartnership(ex, partnershipId);
  if (!partnership) throw new AppError("not_found", { entity: "partnership", value: partnershipId });
  const scheme = partnership.periodScheme;
  if (!isPeriodScheme(scheme)) throw new RangeError(`Unknown period scheme: ${scheme}`);
  const wanted = new Map<string, Omit<NewPeriod, "partnershipId">>();
  for (const promise of await listPromiseSpans(ex, partnershipId)) {
    for (const p of periodsForSpan(promiseSpan(promise), scheme, partnership.deadlineOffsetDays)) {
      wanted.set(p.code, p);
    }
  }
  const existing = await listPeriodsInUse(ex, partnershipId);
  const have = new Set(existing.map((p) => p.code));
  const toCreate = [...wanted.values()].filter((p) => !have.has(p.code));
  const created = await insertPeriods(
    ex,
    toCreate.map((p) => ({ ...p, partnershipId })),
  );
  const outside = existing.filter((p) => !wanted.has(p.code));
  const removable = outside.filter((p) => !p.hasFollowUps && p.closedAt === null);
  await deletePeriods(
    ex,
    removable.map((p) => p.id),
  );
  return {
    created: created.map((p) => p.code).sort(),
    removed: removable.map((p) => p.code).sort(),
    kept: outside
      .filter((p) => p.hasFollowUps || p.closedAt !== null)
      .map((p) => p.code)
      .sort(),
  };
}
