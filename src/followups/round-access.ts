/**
 * Finding what a round service works on, asking the round's policy first-thing: a point (with
 * one of its partnership's periods) or a period. What the viewer may not know of is 404.
 */
import { findPeriodByCode } from "../periods/periods.repository.js";
import type { Executor } from "../platform/db/client.js";
import { AppError } from "../platform/errors.js";
import type { Viewer } from "../platform/viewer.js";
import { roundPolicy } from "./followups.policy.js";
import { findPeriodById, findPointContext, type PeriodRow, type PointContext } from "./round.repository.js";

/**
 * Loads a point and authorizes the action on it (an unknown point, or one of a partnership the
 * viewer has no role in, is 404), then loads the period of the point's partnership.
 */
export async function resolvePointInPeriod(
  ex: Executor,
  viewer: Viewer,
  commitmentId: string,
  periodCode: string,
  action: "read" | "write",
): Promise<{ point: PointContext; period: PeriodRow }> {
  const point = await resolvePoint(ex, viewer, commitmentId, action);
  const period = await findPeriodByCode(ex, point.partnershipId, periodCode);
  if (!period) throw new AppError("not_found", { entity: "period", value: periodCode });
  return { point, period };
}

/** Loads a point and authorizes the action on it (404 when unknown or of another partnership). */
export async function resolvePoint(
  ex: Executor,
  viewer: Viewer,
  commitmentId: string,
  action: "read" | "write",
): Promise<PointContext> {
  const notFound = { entity: "commitment", value: commitmentId };
  const point = await findPointContext(ex, commitmentId);
  if (!point) throw new AppError("not_found", notFound);
  if (action === "read") roundPolicy.authorize(viewer, "read", point, notFound);
  else roundPolicy.authorize(viewer, "write", point, notFound);
  return point;
}

/** A period named by its id (API) or by its code in a partnership (pages). */
export type PeriodKey = { id: string } | { partnershipId: string; code: string };

/**
 * Loads a period and authorizes the action in its partnership: by code, the partnership is known
 * and asked first; by id, a period of a partnership the viewer has no role in is 404.
 */
export async function resolvePeriod(
  ex: Executor,
  viewer: Viewer,
  key: PeriodKey,
  action: "read" | "managePeriods",
): Promise<PeriodRow> {
  const value = "id" in key ? key.id : key.code;
  const notFound = { entity: "period", value };
  if (!("id" in key)) roundPolicy.authorize(viewer, action, key, notFound);
  const period = await findPeriod(ex, key);
  if (!period) throw new AppError("not_found", notFound);
  if ("id" in key) roundPolicy.authorize(viewer, action, period, notFound);
  return period;
}

/** Finds a period by its key without authorizing (the caller authorizes what it finds). */
export function findPeriod(ex: Executor, key: PeriodKey): Promise<PeriodRow | null> {
  return "id" in key ? findPeriodById(ex, key.id) : findPeriodByCode(ex, key.partnershipId, key.code);
}
