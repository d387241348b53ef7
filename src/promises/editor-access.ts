/**
 * What every editor service starts with: find the promise or point within the viewer's
 * partnerships (another partnership answers 404), check the policy (403), check the version.
 */
import { listParties, listUnitsOfParties } from "../partnerships/partnerships.repository.js";
import type { Executor } from "../platform/db/client.js";
import type { Actor } from "../platform/db/mutation.js";
import { AppError } from "../platform/errors.js";
import { grantsIn, type Viewer } from "../platform/viewer.js";
import { listPartnershipAreaRows, listPartnershipGoals } from "./editor.repository.js";
import { isEditable, type PromiseStatus } from "./lifecycle.js";
import { type CommitmentRow, findCommitment, findPromise, type PromiseRow } from "./promises.repository.js";

/** A promise of a partnership where the viewer holds a role; otherwise not_found. */
export async function requireStaffPromise(
  ex: Executor,
  viewer: Viewer,
  promiseId: string,
): Promise<PromiseRow> {
  const row = await findPromise(ex, { id: promiseId });
  if (!row || grantsIn(viewer, row.partnershipId).length === 0) {
    throw new AppError("not_found", { entity: "promise", value: promiseId });
  }
  return row;
}

/** A point and its promise, in a partnership where the viewer holds a role; otherwise not_found. */
export async function requireStaffCommitment(
  ex: Executor,
  viewer: Viewer,
  commitmentId: string,
): Promise<{ promise: PromiseRow; commitment: CommitmentRow }> {
  const commitment = await findCommitment(ex, commitmentId);
  const promise = commitment ? await findPromise(ex, { id: commitment.promiseId }) : null;
  if (!commitment || !promise || grantsIn(viewer, promise.partnershipId).length === 0) {
    throw new AppError("not_found", { entity: "commitment", value: commitmentId });
  }
  return { promise, commitment };
}

/** Throws forbidden unless `allowed`. */
export function authorize(allowed: boolean): void {
  if (!allowed) throw new AppError("forbidden");
}

/** Points may be changed only while the promise is a draft or in consultation. */
export function requireEditable(promise: PromiseRow): void {
  if (!isEditable(promise.status as PromiseStatus)) {
    throw new AppError("forbidden", { entity: "not_editable", status: promise.status });
  }
}

/** The stale-version refusal, carrying the current row so the user can see the other change. */
export function conflict(entity: string, current: unknown): AppError {
  return new AppError("conflict", { entity }, { current });
}

/** Throws invalid_body naming the field when an id is not one of the partnership's. */
export function requireKnown(field: string, ids: readonly string[], known: ReadonlySet<string>): void {
  const unknown = ids.find((id) => !known.has(id));
  if (unknown !== undefined) throw new AppError("invalid_body", { param: field, value: unknown });
}

/** The ids a partnership's promises may refer to: parties, units, areas, council goals. */
export async function partnershipVocabulary(ex: Executor, partnershipId: string) {
  const parties = await listParties(ex, partnershipId);
  const [units, areas, goals] = await Promise.all([
    listUnitsOfParties(
      ex,
      parties.map((p) => p.id),
    ),
    listPartnershipAreaRows(ex, partnershipId),
    listPartnershipGoals(ex, partnershipId),
  ]);
  return { parties, units, areas, goals };
}

export type Vocabulary = Awaited<ReturnType<typeof partnershipVocabulary>>;
