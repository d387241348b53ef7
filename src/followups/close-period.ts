import type { Db, Tx } from "../platform/db/client.js";
import { actorOf, mutate } from "../platform/db/mutation.js";
import { AppError } from "../platform/errors.js";
import type { Viewer } from "../platform/viewer.js";
import { lockPeriod, type PeriodRow, setPeriodClosedAt } from "./round.repository.js";
import { COMMENT_MAX } from "./round.types.js";
import { type PeriodKey, resolvePeriod } from "./round-access.js";

interface PeriodOptions {
  db: Db;
  viewer: Viewer;
  period: PeriodKey;
}

const presentPeriod = (p: PeriodRow) => ({
  id: p.id,
  code: p.code,
  deadline: p.deadline,
  closedAt: p.closedAt?.toISOString() ?? null,
});

const alreadyClosed = (period: PeriodRow) =>
  new AppError("transition_refused", { entity: "period_already_closed", period: period.code });
const alreadyOpen = (period: PeriodRow) =>
  new AppError("transition_refused", { entity: "period_open", period: period.code });

/**
 * The period row locked for this transaction (FOR UPDATE) and read again: of two concurrent
 * closes (or reopens) the second waits for the first and then sees its result (409).
 */
async function lockForChange(tx: Tx, period: PeriodRow): Promise<PeriodRow> {
  const locked = await lockPeriod(tx, period.id, "update");
  if (!locked) throw new AppError("not_found", { entity: "period", value: period.code });
  return locked;
}

/**
 * Asks whether the viewer may close the period (managePeriods) before the confirmation page
 * lists what is not reported or not approved; refuses an already closed one.
 */
export async function checkPeriodClosable(options: PeriodOptions): Promise<void> {
  const period = await resolvePeriod(options.db, options.viewer, options.period, "managePeriods");
  if (period.closedAt) throw alreadyClosed(period);
}

/** Closes a period: it takes no more saves, submissions or reviews (coordinators only). */
export async function closePeriod(options: PeriodOptions) {
  const period = await resolvePeriod(options.db, options.viewer, options.period, "managePeriods");
  if (period.closedAt) throw alreadyClosed(period);
  return mutate(options.db, actorOf(options.viewer), async (tx, audit) => {
    const current = await lockForChange(tx, period);
    if (current.closedAt) throw alreadyClosed(current);
    const row = await setPeriodClosedAt(tx, period.id, new Date());
    audit({
      action: "period.closed",
      entityType: "reporting_period",
      entityId: period.id,
      partnershipId: period.partnershipId,
      before: presentPeriod(current),
      after: presentPeriod(row),
    });
    return presentPeriod(row);
  });
}

/** Reopens a closed period; the reason is required and recorded in the audit event. */
export async function reopenPeriod(options: PeriodOptions & { reason: string }) {
  const period = await resolvePeriod(options.db, options.viewer, options.period, "managePeriods");
  const reason = options.reason.trim();
  if (reason === "" || reason.length > COMMENT_MAX) {
    throw new AppError("invalid_body", { entity: "reopen_reason", param: "reason", value: "" });
  }
  if (!period.closedAt) throw alreadyOpen(period);
  return mutate(options.db, actorOf(options.viewer), async (tx, audit) => {
    const current = await lockForChange(tx, period);
    if (!current.closedAt) throw alreadyOpen(current);
    const row = await setPeriodClosedAt(tx, period.id, null);
    audit({
      action: "period.reopened",
      entityType: "reporting_period",
      entityId: period.id,
      partnershipId: period.partnershipId,
      before: presentPeriod(current),
      after: { ...presentPeriod(row), reason },
    });
    return presentPeriod(row);
  });
}
