import type { Executor } from "../platform/db/client.js";
import type { Viewer } from "../platform/viewer.js";
import { presentPromiseSummaries } from "./promise-summaries.js";
import { promisesPolicy } from "./promises.policy.js";
import { listPromises as listPromiseRows } from "./promises.repository.js";
import type { PromiseSummary } from "./promises.types.js";

export interface ListPromisesOptions {
  db: Executor;
  viewer: Viewer;
  partnershipId?: string;
  year?: number;
  status?: string;
}

/** The promises whose partnership's internal data the viewer reads (the CLI: all), newest first. */
export async function listPromises(options: ListPromisesOptions): Promise<PromiseSummary[]> {
  const rows = await listPromiseRows(options.db, {
    ...(options.partnershipId ? { partnershipId: options.partnershipId } : {}),
    ...(options.year !== undefined ? { year: options.year } : {}),
    ...(options.status !== undefined ? { statuses: [options.status] } : {}),
  });
  return presentPromiseSummaries(
    options.db,
    rows.filter((row) => promisesPolicy.allows(options.viewer, "readInternal", row)),
  );
}
