/**
 * Editor use cases on the points of a promise. The samordnare may change any point, the
 * kommunpolis police and joint points; only the samordnare orders them (promises.policy.ts).
 * Points are changed only while the promise is editable (draft, in consultation); the carry-over
 * decision at any time.
 */
import type { Db, Executor, Tx } from "../platform/db/client.js";
import { type Audit, actorOf, mutate } from "../platform/db/mutation.js";
import { AppError } from "../platform/errors.js";
import type { Viewer } from "../platform/viewer.js";
import { checkCommitmentReferences, detailsForAudit, writeCommitmentDetails } from "./commitment-details.js";
import {
  countReferencesToCommitment,
  deleteCommitment,
  insertCommitment,
  renumberCommitments,
  updateCommitmentRow,
  updatePromiseRow,
} from "./editor.repository.js";
import type { CommitmentFields } from "./editor.types.js";
import {
  authorizedPoint,
  authorizedPromise,
  conflict,
  findKeyedPromise,
  type PromiseKey,
  partnershipVocabulary,
  promiseForNewPoint,
  requireEditable,
} from "./editor-access.js";
import { promisesPolicy } from "./promises.policy.js";
import {
  type CommitmentRow,
  findCommitment,
  findPromise,
  listCommitmentGoals,
  listCommitmentParties,
  listCommitments,
  listCommitmentUnits,
  listTargets,
  type PromiseRow,
} from "./promises.repository.js";

/** The current fields of a point, in the shape the editor writes. */
export async function loadCommitmentFields(ex: Executor, c: CommitmentRow): Promise<CommitmentFields> {
  const [parties, units, goals, targets] = await Promise.all([
    listCommitmentParties(ex, [c.id]),
    listCommitmentUnits(ex, [c.id]),
    listCommitmentGoals(ex, [c.id]),
    listTargets(ex, [c.id]),
  ]);
  return {
    text: c.text.sv,
    responsibleKind: c.responsibleKind as CommitmentFields["responsibleKind"],
    responsiblePartyIds: parties.filter((p) => p.role === "responsible").map((p) => p.id),
    contributorPartyIds: parties.filter((p) => p.role === "contributor").map((p) => p.id),
    unitIds: units.map((u) => u.id),
    goalIds: goals.map((g) => g.id),
    weight: c.weight,
    targets: targets.map((t) => ({
      id: t.id,
      description: t.description.sv,
      unit: t.unit,
      targetValue: t.targetValue,
      direction: t.direction as "at_least" | "at_most" | "exactly",
    })),
  };
}

/** An external id not yet used in the promise: `<ref>-<n>` from the point's number upwards. */
function freeExternalId(promise: PromiseRow, existing: CommitmentRow[], from: number): string {
  const used = new Set(existing.map((c) => c.externalId));
  let n = from;
  while (used.has(`${promise.ref}-${n}`)) n += 1;
  return `${promise.ref}-${n}`;
}

/** Adds a point at the end of the promise. */
export async function addCommitment(
  options: { db: Db; viewer: Viewer; fields: CommitmentFields } & PromiseKey,
): Promise<CommitmentRow> {
  const { db, viewer, fields } = options;
  const promise = await promiseForNewPoint(db, viewer, options, fields.responsibleKind);
  requireEditable(promise);
  checkCommitmentReferences(await partnershipVocabulary(db, promise.partnershipId), fields);
  return mutate(db, actorOf(viewer), async (tx, audit) => {
    const existing = await listCommitments(tx, [promise.id]);
    const number = existing.reduce((max, c) => Math.max(max, c.number), 0) + 1;
    const row = await insertCommitment(tx, {
      promiseId: promise.id,
      externalId: freeExternalId(promise, existing, number),
      number,
      text: { sv: fields.text },
      responsibleKind: fields.responsibleKind,
      weight: fields.weight,
    });
    await writeCommitmentDetails(tx, row.id, fields, []);
    audit({
      action: "commitment.added",
      entityType: "commitment",
      entityId: row.id,
      partnershipId: promise.partnershipId,
      after: { ...row, ...detailsForAudit(fields) },
    });
    return row;
  });
}

/** Edits a point: text, responsible kind, parties, units, goals, weight, targets (add/edit/remove). */
export async function updateCommitment(options: {
  db: Db;
  viewer: Viewer;
  commitmentId: string;
  version: number;
  fields: CommitmentFields;
}): Promise<CommitmentRow> {
  const { db, viewer, fields } = options;
  const { promise, commitment } = await authorizedPoint(
    db,
    viewer,
    options.commitmentId,
    "editCommitment",
    fields.responsibleKind,
  );
  requireEditable(promise);
  checkCommitmentReferences(await partnershipVocabulary(db, promise.partnershipId), fields);
  return mutate(db, actorOf(viewer), async (tx, audit) => {
    const current = await findCommitment(tx, commitment.id);
    if (!current) throw new AppError("not_found", { entity: "commitment", value: commitment.id });
    const before = await loadCommitmentFields(tx, current);
    const row = await updateCommitmentRow(tx, current.id, options.version, {
      text: { ...current.text, sv: fields.text },
      responsibleKind: fields.responsibleKind,
      weight: fields.weight,
    });
    if (!row) throw conflict("commitment", { ...before, ...current });
    await writeCommitmentDetails(tx, row.id, fields, await listTargets(tx, [row.id]));
    audit({
      action: "commitment.updated",
      entityType: "commitment",
      entityId: row.id,
      partnershipId: promise.partnershipId,
      before: { ...current, ...before },
      after: { ...row, ...fields },
    });
    return row;
  });
}

/** Gives the points the order of `commitmentIds` (all of them), numbered 1..n. Samordnare only. */
export async function reorderCommitments(
  options: { db: Db; viewer: Viewer; version: number; commitmentIds: string[] } & PromiseKey,
): Promise<PromiseRow> {
  const { db, viewer } = options;
  const promise = await authorizedPromise(db, viewer, options, "manage");
  requireEditable(promise);
  return mutate(db, actorOf(viewer), (tx, audit) =>
    renumber(tx, audit, promise, options.version, () => options.commitmentIds),
  );
}

/**
 * Moves one point a step up or down (the editor's buttons; samordnare only). The order is read
 * inside the transaction, and the promise's version guards against a change in between.
 */
export async function moveCommitment(options: {
  db: Db;
  viewer: Viewer;
  commitmentId: string;
  direction: "up" | "down";
  version: number;
}): Promise<PromiseRow> {
  const { db, viewer, commitmentId } = options;
  const notFound = { entity: "commitment", value: commitmentId };
  const commitment = await findCommitment(db, commitmentId);
  if (!commitment) throw new AppError("not_found", notFound);
  const promise = await findKeyedPromise(db, { promiseId: commitment.promiseId });
  promisesPolicy.authorize(viewer, "manage", promise, notFound);
  requireEditable(promise);
  return mutate(db, actorOf(viewer), (tx, audit) =>
    renumber(tx, audit, promise, options.version, (existing) => {
      const order = existing.map((c) => c.id);
      const i = order.indexOf(commitmentId);
      const j = options.direction === "up" ? i - 1 : i + 1;
      if (i < 0 || j < 0 || j >= order.length) {
        throw new AppError("invalid_body", { param: "direction", value: options.direction });
      }
      [order[i], order[j]] = [order[j] as string, order[i] as string];
      return order;
    }),
  );
}

/** Numbers the points 1..n in the order `orderOf` gives (all of them), bumping the promise's version. */
async function renumber(
  tx: Tx,
  audit: Audit,
  promise: PromiseRow,
  version: number,
  orderOf: (existing: CommitmentRow[]) => string[],
): Promise<PromiseRow> {
  const existing = await listCommitments(tx, [promise.id]);
  const commitmentIds = orderOf(existing);
  const same =
    existing.length === commitmentIds.length &&
    new Set(commitmentIds).size === commitmentIds.length &&
    existing.every((c) => commitmentIds.includes(c.id));
  if (!same) throw new AppError("invalid_body", { param: "commitmentIds", value: commitmentIds.join(",") });
  const row = await updatePromiseRow(tx, promise.id, version, {});
  if (!row) throw conflict("promise", await findPromise(tx, { id: promise.id }));
  await renumberCommitments(
    tx,
    promise.id,
    commitmentIds.map((id, i) => ({ id, number: i + 1 })),
  );
  audit({
    action: "commitments.reordered",
    entityType: "promise",
    entityId: promise.id,
    partnershipId: promise.partnershipId,
    before: existing.map((c) => ({ id: c.id, number: c.number })),
    after: commitmentIds.map((id, i) => ({ id, number: i + 1 })),
  });
  return row;
}

/**
 * Removes a point while the promise is editable and nothing refers to it (follow-ups, a later
 * point carried from it); the remaining points are renumbered 1..n.
 */
export async function removeCommitment(options: {
  db: Db;
  viewer: Viewer;
  commitmentId: string;
  version: number;
}): Promise<void> {
  const { db, viewer } = options;
  const { promise, commitment } = await authorizedPoint(db, viewer, options.commitmentId, "editCommitment");
  requireEditable(promise);
  await mutate(db, actorOf(viewer), async (tx, audit) => {
    const current = await findCommitment(tx, commitment.id);
    if (!current || current.version !== options.version) throw conflict("commitment", current);
    if ((await countReferencesToCommitment(tx, current.id)) > 0) {
      throw new AppError("forbidden", { entity: "commitment_referenced" });
    }
    const before = await loadCommitmentFields(tx, current);
    await deleteCommitment(tx, current.id);
    const rest = (await listCommitments(tx, [promise.id])).filter((c) => c.id !== current.id);
    const moved = rest
      .map((c, i) => ({ id: c.id, number: i + 1 }))
      .filter((n, i) => rest[i]?.number !== n.number);
    await renumberCommitments(tx, promise.id, moved);
    audit({
      action: "commitment.removed",
      entityType: "commitment",
      entityId: current.id,
      partnershipId: promise.partnershipId,
      before: { ...current, ...before },
    });
  });
}

/** Records whether a point is carried into the next promise or closed, with the reason. */
export async function setCarryOverDecision(options: {
  db: Db;
  viewer: Viewer;
  commitmentId: string;
  version: number;
  decision: "carry" | "close" | null;
  reason: string;
}): Promise<CommitmentRow> {
  const { db, viewer, decision } = options;
  const { promise, commitment } = await authorizedPoint(db, viewer, options.commitmentId, "decideCarryOver");
  const reason = options.reason.trim();
  if (decision !== null && reason === "") throw new AppError("invalid_body", { param: "reason", value: "" });
  return mutate(db, actorOf(viewer), async (tx, audit) => {
    const row = await updateCommitmentRow(tx, commitment.id, options.version, {
      carryOver: decision,
      carryOverReason: decision === null ? null : { sv: reason },
    });
    if (!row) throw conflict("commitment", await findCommitment(tx, commitment.id));
    audit({
      action: "commitment.carry_over_decided",
      entityType: "commitment",
      entityId: row.id,
      partnershipId: promise.partnershipId,
      before: { carryOver: commitment.carryOver, carryOverReason: commitment.carryOverReason },
      after: { carryOver: row.carryOver, carryOverReason: row.carryOverReason },
    });
    return row;
  });
}
