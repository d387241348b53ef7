import type { Executor } from "../platform/db/client.js";
import { AppError } from "../platform/errors.js";
import type { Viewer } from "../platform/viewer.js";
import { readPromiseModel } from "../publishing/promise-model.js";
import { promisesPolicy } from "./promises.policy.js";
import { findPromise } from "./promises.repository.js";
import type { PromiseDetail } from "./promises.types.js";

export interface GetPromiseOptions {
  db: Executor;
  viewer: Viewer;
  /** The promise by id, or by reference within a partnership. */
  key: { id: string } | { partnershipId: string; ref: string };
  /** Show follow-ups and progress as of this period code; default: the latest with a follow-up. */
  period?: string;
}

/**
 * The workspace's view of a promise, for staff of its partnership (`promises.readInternal`; anyone
 * else is told it does not exist): its points, each point's latest follow-up as of a period in
 * whatever state, and the progress (approved follow-ups only). Public pages and the public API do
 * not use this: they read through `publishing/`, which shows residents' view whoever is signed in.
 */
export async function getPromiseDetail(options: GetPromiseOptions): Promise<PromiseDetail> {
  const { db, viewer, key } = options;
  const notFound = { entity: "promise", value: "id" in key ? key.id : key.ref };
  const row = await findPromise(db, key);
  if (!row) {
    throw new AppError("not_found", notFound);
  }
  promisesPolicy.authorize(viewer, "readInternal", row, notFound);
  const scope = { audience: "staff", partnershipId: row.partnershipId } as const;
  const model = await readPromiseModel(db, { id: row.id }, scope, options.period);
  if (!model) throw new AppError("not_found", notFound);
  return model.promise;
}
