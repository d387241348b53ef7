import type { Executor } from "../platform/db/client.js";
import { AppError } from "../platform/errors.js";
import type { Viewer } from "../platform/viewer.js";
import { readPromiseModel } from "../publishing/promise-model.js";
import { canReadPromise, canReadUnapprovedFollowUps } from "./promises.policy.js";
import { findPromise, type PromiseRow } from "./promises.repository.js";
import type { PromiseDetail } from "./promises.types.js";

export interface GetPromiseOptions {
  db: Executor;
  viewer: Viewer;
  /** The promise by id or by reference. */
  key: { id: string } | { ref: string };
  /** Show follow-ups and progress as of this period code; default: the latest with a follow-up. */
  period?: string;
}

/** Finds a promise the viewer may read, or throws not_found (never revealing that it exists). */
export async function requireReadablePromise(
  db: Executor,
  viewer: Viewer,
  key: GetPromiseOptions["key"],
): Promise<PromiseRow> {
  const row = await findPromise(db, key);
  if (!row || !canReadPromise(viewer, row)) {
    throw new AppError("not_found", { entity: "promise", value: "id" in key ? key.id : key.ref });
  }
  return row;
}

/**
 * The workspace's view of a promise: its points, each point's latest follow-up as of a period
 * (in whatever state, for staff of the partnership) and the progress (approved follow-ups only).
 * Public pages and the public API do not use this: they read through `publishing/`, which shows
 * residents' view whoever is signed in.
 */
export async function getPromiseDetail(options: GetPromiseOptions): Promise<PromiseDetail> {
  const { db, viewer } = options;
  const row = await requireReadablePromise(db, viewer, options.key);
  const scope = canReadUnapprovedFollowUps(viewer, row.partnershipId)
    ? ({ audience: "staff", partnershipId: row.partnershipId } as const)
    : ({ audience: "public" } as const);
  const model = await readPromiseModel(db, { id: row.id }, scope, options.period);
  if (!model) throw new AppError("not_found", { entity: "promise", value: row.id });
  return model.promise;
}
