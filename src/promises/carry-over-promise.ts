/**
 * "Nytt löfte från detta": the next promise, as a draft, from an existing one — the same areas,
 * parties and agreement, and the chosen points, each with a reason. The new point keeps
 * `carried_from_id`; the source point records the decision "carry" with the reason, so the
 * lineage reads both ways (the reverse direction is the query `listLineage`).
 */
import { syncPartnershipPeriods } from "../periods/sync-periods.js";
import type { Db, Tx } from "../platform/db/client.js";
import type { Audit } from "../platform/db/mutation.js";
import { actorOf, mutate } from "../platform/db/mutation.js";
import { AppError } from "../platform/errors.js";
import type { Viewer } from "../platform/viewer.js";
import { CarryOverError, planCarryOver, type SourceCommitment } from "./carry-over.js";
import { writeCommitmentDetails } from "./commitment-details.js";
import { loadCommitmentFields } from "./edit-commitments.js";
import {
  insertCommitment,
  insertPromise,
  listPromiseAreaIds,
  listPromisePartyIds,
  replacePromiseAreas,
  replacePromiseParties,
  updateCommitmentRow,
} from "./editor.repository.js";
import { authorizedPromise, type PromiseKey } from "./editor-access.js";
import type { ResponsibleKind } from "./lifecycle.js";
import { findPromise, listCommitments, type PromiseRow } from "./promises.repository.js";

export interface CarryOverInput {
  sourcePromiseId: string;
  ref: string;
  title: string;
  fromYear: number;
  toYear: number;
  choices: Array<{ commitmentId: string; reason: string }>;
  /** Fixed ids for the new rows (the demo's ids are fixed so that loading is deterministic). */
  ids?: { promise: string; commitments: Record<string, string> };
}

/** Creates the next promise from the promise the key names. Samordnare only (`manage`). */
export async function carryOverPromise(
  options: { db: Db; viewer: Viewer } & PromiseKey & Omit<CarryOverInput, "sourcePromiseId">,
): Promise<PromiseRow> {
  const { db, viewer } = options;
  const source = await authorizedPromise(db, viewer, options, "manage");
  const input: CarryOverInput = {
    sourcePromiseId: source.id,
    ref: options.ref,
    title: options.title,
    fromYear: options.fromYear,
    toYear: options.toYear,
    choices: options.choices,
  };
  return mutate(db, actorOf(viewer), async (tx, audit) => {
    const row = await applyCarryOver(tx, audit, input);
    // The new promise's years get their reporting periods (the demo's own 2018 draft does not).
    const periods = await syncPartnershipPeriods(tx, row.partnershipId);
    audit({
      action: "periods.synced",
      entityType: "partnership",
      entityId: row.partnershipId,
      partnershipId: row.partnershipId,
      after: { promiseId: row.id, periods },
    });
    return row;
  });
}

/**
 * The carry-over itself, inside a caller's transaction (the service above, and the demo part
 * that builds the 2018 draft). Refuses a taken ref (conflict) and invalid choices (invalid_body).
 */
export async function applyCarryOver(tx: Tx, audit: Audit, input: CarryOverInput): Promise<PromiseRow> {
  const source = await findPromise(tx, { id: input.sourcePromiseId });
  if (!source) throw new AppError("not_found", { entity: "promise", value: input.sourcePromiseId });
  if (await findPromise(tx, { partnershipId: source.partnershipId, ref: input.ref }))
    throw new AppError("conflict", { entity: "ref", value: input.ref });
  if (input.toYear < input.fromYear)
    throw new AppError("invalid_body", { param: "toYear", value: input.toYear });
  const sourceRows = await listCommitments(tx, [source.id]);
  const sources: Array<SourceCommitment & { fields: Awaited<ReturnType<typeof loadCommitmentFields>> }> = [];
  for (const c of sourceRows) {
    const fields = await loadCommitmentFields(tx, c);
    sources.push({
      id: c.id,
      number: c.number,
      text: c.text,
      responsibleKind: c.responsibleKind as ResponsibleKind,
      partyIds: fields.responsiblePartyIds,
      unitIds: fields.unitIds,
      goalIds: fields.goalIds,
      targets: fields.targets.map((t) => ({ ...t, description: { sv: t.description } })),
      fields,
    });
  }
  let plan: ReturnType<typeof planCarryOver>;
  try {
    plan = planCarryOver({
      sourceCommitments: sources,
      choices: input.choices.map((ch) => ({
        commitmentId: ch.commitmentId,
        reason: { sv: ch.reason.trim() },
      })),
      existingCount: 0,
    });
  } catch (e) {
    if (e instanceof CarryOverError) {
      throw new AppError(
        "invalid_body",
        { param: "choices", value: e.params.commitmentId },
        { reason: e.code },
      );
    }
    throw e;
  }
  const promise = await insertPromise(tx, {
    ...(input.ids ? { id: input.ids.promise } : {}),
    partnershipId: source.partnershipId,
    agreementId: source.agreementId,
    ref: input.ref,
    title: { sv: input.title },
    fromYear: input.fromYear,
    toYear: input.toYear,
    status: "draft",
    background: source.background,
    howMade: source.howMade,
  });
  const [areaIds, partyIds] = [
    await listPromiseAreaIds(tx, source.id),
    await listPromisePartyIds(tx, source.id),
  ];
  await replacePromiseAreas(tx, promise.id, areaIds);
  await replacePromiseParties(tx, promise.id, partyIds);
  audit({
    action: "promise.created",
    entityType: "promise",
    entityId: promise.id,
    partnershipId: promise.partnershipId,
    after: { ...promise, areaIds, partyIds, carriedFromPromiseId: source.id },
  });
  for (const draft of plan) {
    const from = sources.find((s) => s.id === draft.carriedFromId);
    const fromRow = sourceRows.find((s) => s.id === draft.carriedFromId);
    if (!from || !fromRow) continue;
    const fixedId = input.ids?.commitments[draft.carriedFromId];
    const row = await insertCommitment(tx, {
      ...(fixedId ? { id: fixedId } : {}),
      promiseId: promise.id,
      externalId: `${promise.ref}-${draft.number}`,
      number: draft.number,
      text: draft.text,
      responsibleKind: draft.responsibleKind,
      weight: fromRow.weight,
      carriedFromId: draft.carriedFromId,
    });
    // Targets are copied as new rows (measurements belong to the old promise's targets).
    const fields = { ...from.fields, targets: from.fields.targets.map(({ id: _id, ...t }) => t) };
    await writeCommitmentDetails(tx, row.id, fields, []);
    const unchanged = fromRow.carryOver === "carry" && fromRow.carryOverReason?.sv === draft.carryReason.sv;
    const decided = unchanged
      ? fromRow
      : await updateCommitmentRow(tx, fromRow.id, fromRow.version, {
          carryOver: "carry",
          carryOverReason: draft.carryReason,
        });
    audit({
      action: "commitment.carried_over",
      entityType: "commitment",
      entityId: row.id,
      partnershipId: promise.partnershipId,
      before: {
        carryOver: fromRow.carryOver,
        carryOverReason: fromRow.carryOverReason,
        sourceId: fromRow.id,
      },
      after: { ...row, carryReason: draft.carryReason, sourceVersion: decided?.version ?? null },
    });
  }
  return promise;
}
