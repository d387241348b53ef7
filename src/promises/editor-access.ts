/**
 * What every editor service starts with: find the promise or point, and ask the promise policy
 * (promises.policy.ts) whether the viewer may do the action on it — anyone without a role in its
 * partnership gets 404, a role that may not gets 403 — before anything else is read or written.
 */
import { listParties, listUnitsOfParties } from "../partnerships/partnerships.repository.js";
import type { Executor } from "../platform/db/client.js";
import { AppError } from "../platform/errors.js";
import type { NotFoundAs } from "../platform/policy.js";
import type { Viewer } from "../platform/viewer.js";
import { listPartnershipAreaRows, listPartnershipGoals } from "./editor.repository.js";
import { isEditable, type PromiseStatus } from "./lifecycle.js";
import { promisesPolicy } from "./promises.policy.js";
import { type CommitmentRow, findCommitment, findPromise, type PromiseRow } from "./promises.repository.js";

/** Which promise: its id (API, tests), or its reference within a partnership (workspace pages). */
export type PromiseKey = { promiseId: string } | { partnershipId: string; promiseRef: string };

const notFoundAs = (key: PromiseKey): NotFoundAs => ({
  entity: "promise",
  value: "promiseId" in key ? key.promiseId : key.promiseRef,
});

/** The promise the key names (a reference is looked up within its partnership only); else 404. */
export async function findKeyedPromise(ex: Executor, key: PromiseKey): Promise<PromiseRow> {
  const row =
    "promiseId" in key
      ? await findPromise(ex, { id: key.promiseId })
      : await findPromise(ex, { partnershipId: key.partnershipId, ref: key.promiseRef });
  if (!row || ("partnershipId" in key && row.partnershipId !== key.partnershipId)) {
    throw new AppError("not_found", { ...notFoundAs(key) });
  }
  return row;
}

/** The promise, once the policy allows the viewer `action` on it (404 outside its partnership, 403). */
export async function authorizedPromise(
  ex: Executor,
  viewer: Viewer,
  key: PromiseKey,
  action: "readInternal" | "manage" | "editPublicTexts",
): Promise<PromiseRow> {
  const row = await findKeyedPromise(ex, key);
  promisesPolicy.authorize(viewer, action, row, notFoundAs(key));
  return row;
}

/**
 * A new point of the given kind for the promise, once the policy allows the viewer to write a
 * point of that kind.
 */
export async function promiseForNewPoint(
  ex: Executor,
  viewer: Viewer,
  key: PromiseKey,
  responsibleKind: string,
): Promise<PromiseRow> {
  const row = await findKeyedPromise(ex, key);
  promisesPolicy.authorize(
    viewer,
    "editCommitment",
    { partnershipId: row.partnershipId, responsibleKind },
    notFoundAs(key),
  );
  return row;
}

/**
 * A point and its promise, once the policy allows the viewer `action` on the point; a change of
 * the point's kind names the new kind (the right is needed for both).
 */
export async function authorizedPoint(
  ex: Executor,
  viewer: Viewer,
  commitmentId: string,
  action: "editCommitment" | "decideCarryOver",
  newResponsibleKind?: string,
): Promise<{ promise: PromiseRow; commitment: CommitmentRow }> {
  const notFound = { entity: "commitment", value: commitmentId };
  const commitment = await findCommitment(ex, commitmentId);
  const promise = commitment ? await findPromise(ex, { id: commitment.promiseId }) : null;
  if (!commitment || !promise) throw new AppError("not_found", notFound);
  promisesPolicy.authorize(
    viewer,
    action,
    {
      partnershipId: promise.partnershipId,
      responsibleKind: commitment.responsibleKind,
      ...(newResponsibleKind !== undefined ? { newResponsibleKind } : {}),
    },
    notFound,
  );
  return { promise, commitment };
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

/**
 * The ids a partnership's promises may refer to: parties, units, areas, council goals. Read by
 * services that have authorized the viewer already.
 */
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
