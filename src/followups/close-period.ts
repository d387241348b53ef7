import type { Db } from "../platform/db/client.js";
import { actorOf, mutate } from "../platform/db/mutation.js";
import { AppError } from "../platform/errors.js";
import type { Viewer } from "../platform/viewer.js";
import { type PeriodRow, setPeriodClosedAt } from "./round.repository.js";
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

/** Closes a period: it takes no more saves, submissions or reviews (coordinators only). */
export async function closePeriod(options: PeriodOptions) {
  const period = await resolvePeriod(options.db, options.viewer, options.period, "managePeriods");
  if (period.closedAt)
    throw new AppError("transition_refused", { entity: "period_closed", period: period.code });
  return mutate(options.db, actorOf(options.viewer), async (tx, audit) => {
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
  const period = await resolvePeriod(options.db, options.viewer, options.period, "managePeriods");
  const reason = options.reason.trim();
  if (reason === "" || reason.length > COMMENT_MAX) {
    throw new AppError("invalid_body", { entity: "reopen_reason", param: "reason", value: "" });
  }
  if (!period.closedAt)
    throw new AppError("transition_refused", { entity: "period_open", period: period.code });
  return mutate(options.db, actorOf(options.viewer), async (tx, audit) => {
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
