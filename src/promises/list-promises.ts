import type { Executor } from "../platform/db/client.js";
import type { Viewer } from "../platform/viewer.js";
import { presentPromiseSummaries } from "./promise-summaries.js";
import { readablePromiseStatuses } from "./promises.policy.js";
import { listPromises as listPromiseRows } from "./promises.repository.js";
import type { PromiseSummary } from "./promises.types.js";

export interface ListPromisesOptions {
  db: Executor;
  viewer: Viewer;
  partnershipId?: string;
  year?: number;
  status?: string;
}

/** The promises the viewer may read, newest first, optionally filtered. */
export async function listPromises(options: ListPromisesOptions): Promise<PromiseSummary[]> {
  const readable = readablePromiseStatuses(options.viewer);
  let statuses = readable;
  if (options.status !== undefined) {
    statuses =
      readable === null || readable.some((s) => s === options.status) ? [options.status as never] : [];
  }
  const rows = await listPromiseRows(options.db, {
    ...(options.partnershipId ? { partnershipId: options.partnershipId } : {}),
    ...(options.year !== undefined ? { year: options.year } : {}),
    ...(statuses ? { statuses } : {}),
  });
  return presentPromiseSummaries(options.db, rows);
}
