/**
 * Import of a promise's spreadsheet (XLSX or CSV, the export's format). All or nothing: every row
 * is checked — values, the importer's rights per row, whether points may still change — inside
 * one transaction, and any problem refuses the whole file (`import_refused`, details = every issue
 * by row and column). Rows are matched by Punkt-id (points) and Punkt-id + Period (follow-ups);
 * unchanged rows write nothing; points missing from the file are kept, never removed.
 */
import { type PointOwnership, roundPolicy } from "../followups/followups.policy.js";
import { listFollowUpsOfPoints, listMeasurementsOf } from "../followups/round.repository.js";
import { isEditableState, writeFollowUp } from "../followups/write-follow-up.js";
import { listPeriods, type PeriodRow } from "../periods/periods.repository.js";
import type { Db } from "../platform/db/client.js";
import { actorOf, mutate } from "../platform/db/mutation.js";
import { AppError } from "../platform/errors.js";
import type { Viewer } from "../platform/viewer.js";
import { writeCommitmentDetails } from "./commitment-details.js";
import { loadCommitmentFields } from "./edit-commitments.js";
import { insertCommitment, renumberCommitments, updateCommitmentRow } from "./editor.repository.js";
import type { CommitmentFields } from "./editor.types.js";
import { findKeyedPromise, type PromiseKey, partnershipVocabulary } from "./editor-access.js";
import { isEditable, type PromiseStatus } from "./lifecycle.js";
import { promisesPolicy } from "./promises.policy.js";
import { type CommitmentRow, listCommitments, listTargets } from "./promises.repository.js";
import { headerOf, readSheet, SheetFormatError } from "./spreadsheet-format.js";
import {
  type ImportIssue,
  type ParsedFollowUp,
  type ParsedPoint,
  parseSheetRows,
} from "./spreadsheet-rows.js";

export interface ImportResult {
  rows: number;
  pointsCreated: number;
  pointsUpdated: number;
  followUpsCreated: number;
  followUpsUpdated: number;
}

function refuse(issues: ImportIssue[]): AppError {
  const sorted = [...issues].sort((a, b) => a.row - b.row);
  return new AppError("import_refused", { count: sorted.length }, sorted);
}

const targetKey = (t: CommitmentFields["targets"][number]) => [
  t.description.trim(),
  t.unit,
  t.targetValue,
  t.direction,
];
const sorted = (ids: string[]) => [...ids].sort().join(",");

function sameFields(a: CommitmentFields, b: CommitmentFields): boolean {
  return (
    a.text.trim() === b.text.trim() &&
    a.responsibleKind === b.responsibleKind &&
    a.weight === b.weight &&
    sorted(a.responsiblePartyIds) === sorted(b.responsiblePartyIds) &&
    sorted(a.contributorPartyIds) === sorted(b.contributorPartyIds) &&
    sorted(a.unitIds) === sorted(b.unitIds) &&
    sorted(a.goalIds) === sorted(b.goalIds) &&
    JSON.stringify(a.targets.map(targetKey)) === JSON.stringify(b.targets.map(targetKey))
  );
}

/**
 * Imports a spreadsheet into a promise (by id, or by reference in a partnership). Follow-ups are
 * written through the round's one write path (`writeFollowUp`) inside the import's transaction.
 */
export async function importSpreadsheet(
  options: { db: Db; viewer: Viewer; file: Uint8Array } & PromiseKey,
): Promise<ImportResult> {
  const { db, viewer } = options;
  const promise = await findKeyedPromise(db, options);
  // Before the file's rows are looked at: may this viewer import at all (401 / 404 / 403)?
  promisesPolicy.authorize(viewer, "importSpreadsheet", promise, {
    entity: "promise",
    value: "promiseId" in options ? options.promiseId : options.promiseRef,
  });
  let rows: Awaited<ReturnType<typeof readSheet>>;
  try {
    rows = await readSheet(options.file);
  } catch (e) {
    if (!(e instanceof SheetFormatError)) throw e;
    throw refuse([{ row: 1, column: "", code: `file_${e.code}`, params: { columns: e.columns.join(", ") } }]);
  }
  const pid = promise.partnershipId;
  return mutate(db, actorOf(viewer), async (tx, audit) => {
    const [vocab, periods, existing] = await Promise.all([
      partnershipVocabulary(tx, pid),
      listPeriods(tx, pid),
      listCommitments(tx, [promise.id]),
    ]);
    const parsed = parseSheetRows(rows, { ...vocab, periods });
    const issues = [...parsed.issues];
    const byExternalId = new Map(existing.map((c) => [c.externalId, c]));
    const current = new Map<string, CommitmentFields>();
    for (const c of existing) current.set(c.id, await loadCommitmentFields(tx, c));
    const followUps = await listFollowUpsOfPoints(
      tx,
      existing.map((c) => c.id),
    );
    const measurements = await listMeasurementsOf(
      tx,
      followUps.map((f) => f.id),
    );
    const editable = isEditable(promise.status as PromiseStatus);
    const issue = (
      row: number,
      column: Parameters<typeof headerOf>[0],
      code: string,
      params?: ImportIssue["params"],
    ) => issues.push({ row, column: headerOf(column), code, ...(params ? { params } : {}) });

    // Points: what changes, and may this importer change it?
    const pointChanges: Array<{ parsed: ParsedPoint; row: CommitmentRow | null }> = [];
    const inFile = new Set(parsed.points.map((p) => p.externalId));
    const keptNumbers = new Map(
      existing.filter((c) => !inFile.has(c.externalId)).map((c) => [c.number, c.externalId]),
    );
    for (const p of parsed.points) {
      const row = byExternalId.get(p.externalId) ?? null;
      const before = row ? current.get(row.id) : undefined;
      const changed = !before || !sameFields(before, p.fields);
      const taken = keptNumbers.get(p.number);
      if (taken !== undefined)
        issue(p.rowNumber, "number", "duplicate_number", { value: p.number, id: taken });
      if (
        row &&
        row.number !== p.number &&
        !promisesPolicy.allows(viewer, "manage", { partnershipId: pid })
      ) {
        issue(p.rowNumber, "number", "not_allowed_number", { id: p.externalId });
      }
      if (!changed && row?.number === p.number) continue;
      const allowed = promisesPolicy.allows(viewer, "editCommitment", {
        partnershipId: pid,
        responsibleKind: row?.responsibleKind ?? p.fields.responsibleKind,
        newResponsibleKind: p.fields.responsibleKind,
      });
      if (changed && !allowed) issue(p.rowNumber, "text", "not_allowed_point", { id: p.externalId });
      else if (!editable) issue(p.rowNumber, "text", "not_editable", { id: p.externalId });
      if (row && before && changed) {
        const removed = before.targets.slice(p.fields.targets.length).map((t) => t.id);
        if (measurements.some((m) => removed.includes(m.targetId))) {
          issue(p.rowNumber, "targets", "target_measured", { id: p.externalId });
        }
      }
      pointChanges.push({ parsed: p, row });
    }

    // Follow-ups: what changes, and may this importer report on the point?
    const followUpChanges: Array<{
      parsed: ParsedFollowUp;
      ownership: PointOwnership;
      period: PeriodRow;
      /** The version read in this transaction; null when none exists yet. */
      version: number | null;
    }> = [];
    for (const f of parsed.followUps) {
      const point = parsed.points.find((p) => p.externalId === f.externalId);
      const row = byExternalId.get(f.externalId);
      if (!point) continue;
      const existingFollowUp = row
        ? followUps.find((x) => x.commitmentId === row.id && x.periodId === f.periodId)
        : null;
      const before = row ? current.get(row.id) : undefined;
      if (existingFollowUp && before) {
        const values = before.targets.map(
          (t) =>
            measurements.find((m) => m.followUpId === existingFollowUp.id && m.targetId === t.id)?.value ??
            null,
        );
        const wanted = before.targets.map((_, i) => f.measured[i] ?? null);
        const same =
          existingFollowUp.status === f.status &&
          (existingFollowUp.narrative?.sv ?? "").trim() === f.narrative.trim() &&
          JSON.stringify(values) === JSON.stringify(wanted);
        if (same) continue;
      }
      // Who may report on the point: its owners as stored (as in the file for a new point).
      const owner = before ?? point.fields;
      const ownership: PointOwnership = {
        partnershipId: pid,
        responsibleKind: owner.responsibleKind,
        responsiblePartyIds: owner.responsiblePartyIds,
        unitIds: owner.unitIds,
      };
      const period = periods.find((p) => p.id === f.periodId);
      if (!period) continue; // never: parseSheetRows resolved the code to one of these periods
      // The round's rules, checked per row here so that every refusal is named by its row; the
      // write path checks them again.
      if (!roundPolicy.allows(viewer, "write", ownership)) {
        issue(f.rowNumber, "status", "not_allowed_follow_up", { id: f.externalId });
      } else if (existingFollowUp && !isEditableState(existingFollowUp.state)) {
        issue(f.rowNumber, "status", "follow_up_locked", { id: f.externalId, period: f.periodCode });
      } else if (period.closedAt) {
        issue(f.rowNumber, "period", "period_closed", { period: f.periodCode });
      }
      followUpChanges.push({
        parsed: f,
        ownership,
        period,
        version: existingFollowUp?.version ?? null,
      });
    }
    if (issues.length > 0) throw refuse(issues);

    const result: ImportResult = {
      rows: rows.length,
      pointsCreated: 0,
      pointsUpdated: 0,
      followUpsCreated: 0,
      followUpsUpdated: 0,
    };
    const idOf = new Map(existing.map((c) => [c.externalId, c.id]));
    for (const [i, { parsed: p, row }] of pointChanges.entries()) {
      if (!row) {
        const created = await insertCommitment(tx, {
          promiseId: promise.id,
          externalId: p.externalId,
          number: 200000 + i,
          text: { sv: p.fields.text },
          responsibleKind: p.fields.responsibleKind,
          weight: p.fields.weight,
        });
        await writeCommitmentDetails(tx, created.id, p.fields, []);
        idOf.set(p.externalId, created.id);
        result.pointsCreated += 1;
        audit({
          action: "commitment.imported",
          entityType: "commitment",
          entityId: created.id,
          partnershipId: pid,
          after: { ...created, ...p.fields },
        });
        continue;
      }
      const before = current.get(row.id) as CommitmentFields;
      if (sameFields(before, p.fields)) continue; // only the number changes: renumbered below
      const updated = await updateCommitmentRow(tx, row.id, row.version, {
        text: { ...row.text, sv: p.fields.text },
        responsibleKind: p.fields.responsibleKind,
        weight: p.fields.weight,
      });
      if (!updated) throw new AppError("conflict", { entity: "commitment" });
      // Targets are matched by position, so measurements stay with their target.
      const targets = p.fields.targets.map((t, k) => ({
        ...t,
        ...(before.targets[k]?.id ? { id: before.targets[k]?.id } : {}),
      }));
      await writeCommitmentDetails(tx, row.id, { ...p.fields, targets }, await listTargets(tx, [row.id]));
      result.pointsUpdated += 1;
      audit({
        action: "commitment.imported",
        entityType: "commitment",
        entityId: row.id,
        partnershipId: pid,
        before: { ...row, ...before },
        after: { ...updated, ...p.fields },
      });
    }
    const renumber = pointChanges
      .filter(({ parsed: p, row }) => !row || row.number !== p.number)
      .map(({ parsed: p }) => ({ id: idOf.get(p.externalId) as string, number: p.number }));
    await renumberCommitments(tx, promise.id, renumber);

    for (const { parsed: f, ownership, period, version } of followUpChanges) {
      const commitmentId = idOf.get(f.externalId) as string;
      // Measured values are matched to the point's targets by position.
      const targets = await listTargets(tx, [commitmentId]);
      const written = await writeFollowUp(tx, audit, {
        viewer,
        point: { id: commitmentId, ...ownership },
        period,
        version,
        status: f.status,
        narrative: f.narrative,
        measurements: targets.flatMap((t, k) =>
          f.measured[k] != null ? [{ targetId: t.id, value: f.measured[k] as number }] : [],
        ),
        action: "follow_up.imported",
      });
      if (written.before) result.followUpsUpdated += 1;
      else result.followUpsCreated += 1;
    }
    audit({
      action: "promise.imported",
      entityType: "promise",
      entityId: promise.id,
      partnershipId: pid,
      after: result,
    });
    return result;
  });
}
