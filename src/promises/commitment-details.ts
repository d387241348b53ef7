/**
 * Writes what hangs on a point — responsible parties and contributors, units, council goals,
 * targets — after checking that every id belongs to the partnership. Shared by the editor, the
 * carry-over and the spreadsheet import (all inside their own mutation).
 */
import type { Executor } from "../platform/db/client.js";
import { AppError } from "../platform/errors.js";
import {
  countMeasurementsOfTargets,
  deleteTargets,
  insertTargets,
  replaceCommitmentGoals,
  replaceCommitmentParties,
  replaceCommitmentUnits,
  shiftTargetPositions,
  updateTarget,
} from "./editor.repository.js";
import type { CommitmentFields, TargetInput } from "./editor.types.js";
import { requireKnown, type Vocabulary } from "./editor-access.js";
import type { TargetRow } from "./promises.repository.js";

/** Throws invalid_body naming the first field that refers to something outside the partnership. */
export function checkCommitmentReferences(v: Vocabulary, fields: CommitmentFields): void {
  const parties = new Set(v.parties.map((p) => p.id));
  requireKnown("responsiblePartyIds", fields.responsiblePartyIds, parties);
  requireKnown("contributorPartyIds", fields.contributorPartyIds, parties);
  requireKnown("unitIds", fields.unitIds, new Set(v.units.map((u) => u.id)));
  requireKnown("goalIds", fields.goalIds, new Set(v.goals.map((g) => g.id)));
}

/** Replaces parties, units and goals, and brings the targets in line with `fields.targets`. */
export async function writeCommitmentDetails(
  ex: Executor,
  commitmentId: string,
  fields: CommitmentFields,
  existingTargets: TargetRow[],
): Promise<void> {
  await replaceCommitmentParties(ex, commitmentId, fields.responsiblePartyIds, fields.contributorPartyIds);
  await replaceCommitmentUnits(ex, commitmentId, [...new Set(fields.unitIds)]);
  await replaceCommitmentGoals(ex, commitmentId, [...new Set(fields.goalIds)]);
  await syncTargets(ex, commitmentId, fields.targets, existingTargets);
}

async function syncTargets(
  ex: Executor,
  commitmentId: string,
  inputs: TargetInput[],
  existing: TargetRow[],
): Promise<void> {
  const existingIds = new Set(existing.map((t) => t.id));
  requireKnown(
    "targets",
    inputs.flatMap((t) => (t.id ? [t.id] : [])),
    existingIds,
  );
  const kept = new Set(inputs.flatMap((t) => (t.id ? [t.id] : [])));
  const removed = existing.filter((t) => !kept.has(t.id)).map((t) => t.id);
  if ((await countMeasurementsOfTargets(ex, removed)) > 0) {
    throw new AppError("invalid_body", { param: "targets", value: "measured" });
  }
  await deleteTargets(ex, removed);
  await shiftTargetPositions(ex, commitmentId);
  const added = [];
  for (const [i, t] of inputs.entries()) {
    const values = {
      position: i + 1,
      description: { sv: t.description },
      unit: t.unit,
      targetValue: t.targetValue,
      direction: t.direction,
    };
    if (t.id) await updateTarget(ex, t.id, values);
    else added.push({ commitmentId, ...values });
  }
  await insertTargets(ex, added);
}

/** A point's details as plain data for audit before/after. */
export function detailsForAudit(fields: CommitmentFields) {
  return {
    responsiblePartyIds: fields.responsiblePartyIds,
    contributorPartyIds: fields.contributorPartyIds,
    unitIds: fields.unitIds,
    goalIds: fields.goalIds,
    targets: fields.targets,
  };
}
