import { findPeriodByCode } from "../periods/periods.repository.js";
import type { Executor } from "../platform/db/client.js";
import { AppError } from "../platform/errors.js";
import type { Viewer } from "../platform/viewer.js";
import { requireReadablePromise } from "../promises/get-promise.js";
import { canReadUnapprovedFollowUps } from "../promises/promises.policy.js";
import { listCommitments } from "../promises/promises.repository.js";
import { listFollowUpsOfCommitments, listMeasurements } from "./followups.repository.js";
import type { FollowUp } from "./followups.types.js";
import { presentFollowUp } from "./present-follow-up.js";

export interface ListFollowUpsOptions {
  db: Executor;
  viewer: Viewer;
  promiseId: string;
  /** Only this reporting period (code such as 2017-T2). */
  period?: string;
}

/** The follow-ups of a promise's points the viewer may read, oldest period first. */
export async function listPromiseFollowUps(options: ListFollowUpsOptions): Promise<FollowUp[]> {
  const { db, viewer } = options;
  const promise = await requireReadablePromise(db, viewer, { id: options.promiseId });
  if (options.period !== undefined && !(await findPeriodByCode(db, promise.partnershipId, options.period))) {
    throw new AppError("not_found", { entity: "period", value: options.period });
  }
  const commitments = await listCommitments(db, [promise.id]);
  const rows = (
    await listFollowUpsOfCommitments(
      db,
      commitments.map((c) => c.id),
      { approvedOnly: !canReadUnapprovedFollowUps(viewer, promise.partnershipId) },
    )
  ).filter((f) => options.period === undefined || f.periodCode === options.period);
  const measurements = await listMeasurements(
    db,
    rows.map((r) => r.id),
  );
  const numberOf = new Map(commitments.map((c) => [c.id, c.number]));
  const order = (f: { commitmentId: string }) => numberOf.get(f.commitmentId) ?? 0;
  return rows
    .sort((a, b) => a.periodStartsOn.localeCompare(b.periodStartsOn) || order(a) - order(b))
    .map((r) => presentFollowUp(r, measurements));
}
