import { listPromiseFollowUps } from "../followups/list-follow-ups.js";
import type { Executor } from "../platform/db/client.js";
import { AppError } from "../platform/errors.js";
import type { Viewer } from "../platform/viewer.js";
import { getPromiseDetail } from "./get-promise.js";
import { canReadPromise } from "./promises.policy.js";
import { findCommitment, findPromise } from "./promises.repository.js";
import type { CommitmentWithHistory } from "./promises.types.js";

/** One point with its whole follow-up history and lineage. */
export async function getCommitment(options: {
  db: Executor;
  viewer: Viewer;
  commitmentId: string;
}): Promise<CommitmentWithHistory> {
  const { db, viewer, commitmentId } = options;
  const row = await findCommitment(db, commitmentId);
  const promise = row ? await findPromise(db, { id: row.promiseId }) : null;
  if (!row || !promise || !canReadPromise(viewer, promise)) {
    throw new AppError("not_found", { entity: "commitment", value: commitmentId });
  }
  const detail = await getPromiseDetail({ db, viewer, key: { id: promise.id } });
  const commitment = detail.commitments.find((c) => c.id === commitmentId);
  if (!commitment) throw new AppError("not_found", { entity: "commitment", value: commitmentId });
  const followUps = (await listPromiseFollowUps({ db, viewer, promiseId: promise.id })).filter(
    (f) => f.commitmentId === commitmentId,
  );
  return { ...commitment, promiseRef: promise.ref, followUps };
}
