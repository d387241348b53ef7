import { findPeriodByCode } from "../periods/periods.repository.js";
import type { Executor } from "../platform/db/client.js";
import type { Actor } from "../platform/db/mutation.js";
import { AppError } from "../platform/errors.js";
import { grantsIn, type Principal, type Viewer } from "../platform/viewer.js";
import { assertCanDoInRound, type FollowUpAction } from "./followups.policy.js";
import { type FollowUpRow, findPointContext, type PeriodRow, type PointContext } from "./round.repository.js";

/**
 * Loads a point and one of its partnership's periods, checking the policy first-thing: an unknown
 * point, or one of a partnership the viewer has no role in, is 404.
 */
export async function resolvePointInPeriod(
  ex: Executor,
  viewer: Viewer,
  commitmentId: string,
  periodCode: string,
  action: FollowUpAction,
): Promise<{ point: PointContext; period: PeriodRow }> {
  const point = await findPointContext(ex, commitmentId);
  const hidden = !point || (viewer.kind !== "system" && grantsIn(viewer, point.partnershipId).length === 0);
  if (!point || hidden) throw new AppError("not_found", { entity: "commitment", value: commitmentId });
  assertCanDoInRound(viewer, point.partnershipId, action, point);
  const period = await findPeriodByCode(ex, point.partnershipId, periodCode);
  if (!period) throw new AppError("not_found", { entity: "period", value: periodCode });
  return { point, period };
}

/** A closed period takes no more writes until a coordinator reopens it. */
export function assertPeriodOpen(period: PeriodRow): void {
  if (period.closedAt)
    throw new AppError("transition_refused", { entity: "period_closed", period: period.code });
}

/** Only drafts and returned follow-ups can be edited or submitted. */
export function assertEditable(row: FollowUpRow): void {
  if (row.state !== "draft" && row.state !== "returned") {
    throw new AppError("transition_refused", { entity: `follow_up_${row.state}` });
  }
}
