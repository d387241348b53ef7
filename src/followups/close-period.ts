import type { Db } from "../platform/db/client.js";
import { actorOf, mutate } from "../platform/db/mutation.js";
import { AppError } from "../platform/errors.js";
import type { Principal } from "../platform/viewer.js";
import { assertCanDoInRound } from "./followups.policy.js";
import { findPeriodById, type PeriodRow, setPeriodClosedAt } from "./round.repository.js";
import { COMMENT_MAX } from "./round.types.js";

interface PeriodOptions {
  db: Db;
  principal: Principal;
  periodId: string;
}

const presentPeriod = (p: PeriodRow) => ({
  id: p.id,
  code: p.code,
  deadline: p.deadline,
  closedAt: p.closedAt?.toISOString() ?? null,
});

async function requirePeriod(options: PeriodOptions): Promise<PeriodRow> {
  const period = await findPeriodById(options.db, options.periodId);
  if (!period) throw new AppError("not_found", { entity: "period", value: options.periodId });
  assertCanDoInRound(options.principal, period.partnershipId, "managePeriods", undefined, {
    entity: "period",
    value: options.periodId,
  });
  return period;
}

/** Closes a period: it takes no more saves, submissions or reviews (coordinators only). */
export async function closePeriod(options: PeriodOptions) {
  const period = await requirePeriod(options);
  if (period.closedAt)
    throw new AppError("transition_refused", { entity: "period_closed", period: period.code });
  return mutate(options.db, actorOf(options.principal), async (tx, audit) => {
    const row = await setPeriodClosedAt(tx, period.id, new Date());
    audit({
      action: "period.closed",
      entityType: "reporting_period",
      entityId: period.id,
      partnershipId: period.partnershipId,
      before: presentPeriod(period),
      after: presentPeriod(row),
    });
    return presentPeriod(row);
  });
}

/** Reopens a closed period; the reason is required and recorded in the audit event. */
export async function reopenPeriod(options: PeriodOptions & { reason: string }) {
  const period = await requirePeriod(options);
  const reason = options.reason.trim();
  if (reason === "" || reason.length > COMMENT_MAX) {
    throw new AppError("invalid_body", { entity: "reopen_reason", param: "reason", value: "" });
  }
  if (!period.closedAt)
    throw new AppError("transition_refused", { entity: "period_open", period: period.code });
  return mutate(options.db, actorOf(options.principal), async (tx, audit) => {
    const row = await setPeriodClosedAt(tx, period.id, null);
    audit({
      action: "period.reopened",
      entityType: "reporting_period",
      entityId: period.id,
      partnershipId: period.partnershipId,
      before: presentPeriod(period),
      after: { ...presentPeriod(row), reason },
    });
    return presentPeriod(row);
  });
}
