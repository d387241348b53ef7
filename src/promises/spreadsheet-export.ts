/**
 * Export of a promise's points and follow-ups as XLSX or CSV, and the empty template. Staff of the
 * partnership only (the file holds unapproved follow-ups).
 */
import { listFollowUpsOfCommitments, listMeasurements } from "../followups/followups.repository.js";
import { listParties } from "../partnerships/partnerships.repository.js";
import type { Executor } from "../platform/db/client.js";
import { translator } from "../platform/i18n/index.js";
import type { Viewer } from "../platform/viewer.js";
import { loadCommitmentFields } from "./edit-commitments.js";
import { listPartnershipGoals } from "./editor.repository.js";
import { authorizedPromise, type PromiseKey } from "./editor-access.js";
import { findPromise, listCommitments, listCommitmentUnits } from "./promises.repository.js";
import { COLUMNS, CSV_TYPE, type SheetRow, toCsv, toXlsx, XLSX_TYPE } from "./spreadsheet-format.js";
import { formatNumber, formatTargets, kindLabel, statusLabel } from "./spreadsheet-rows.js";

const sv = translator("sv");

export type SheetFormat = "xlsx" | "csv";

/** The rows of a promise: per point one row per follow-up (by period), or one row without. */
export async function exportRows(ex: Executor, promiseId: string): Promise<SheetRow[]> {
  const points = await listCommitments(ex, [promiseId]);
  const ids = points.map((p) => p.id);
  const [followUps, units] = await Promise.all([
    listFollowUpsOfCommitments(ex, ids, { approvedOnly: false }),
    listCommitmentUnits(ex, ids),
  ]);
  const measurements = await listMeasurements(
    ex,
    followUps.map((f) => f.id),
  );
  const partnershipId = (await findPromise(ex, { id: promiseId }))?.partnershipId ?? "";
  const [parties, goals] = await Promise.all([
    listParties(ex, partnershipId),
    listPartnershipGoals(ex, partnershipId),
  ]);
  const partyName = (id: string) => parties.find((p) => p.id === id)?.name ?? id;
  const rows: SheetRow[] = [];
  for (const p of points) {
    const fields = await loadCommitmentFields(ex, p);
    const base: SheetRow = {
      externalId: p.externalId,
      number: String(p.number),
      text: fields.text,
      responsibleKind: kindLabel(fields.responsibleKind),
      responsibleParties: fields.responsiblePartyIds.map(partyName).join("; "),
      contributors: fields.contributorPartyIds.map(partyName).join("; "),
      units: units
        .filter((u) => u.commitmentId === p.id)
        .map((u) => u.name)
        .join("; "),
      goals: goals
        .filter((g) => fields.goalIds.includes(g.id))
        .map((g) => String(g.number))
        .join("; "),
      weight: formatNumber(fields.weight),
      targets: formatTargets(fields.targets),
      period: "",
      status: "",
      narrative: "",
      measured: "",
      state: "",
    };
    const own = followUps.filter((f) => f.commitmentId === p.id);
    if (own.length === 0) rows.push(base);
    for (const f of own) {
      const values = fields.targets.map((t) =>
        measurements.find((m) => m.followUpId === f.id && m.targetId === t.id),
      );
      rows.push({
        ...base,
        period: f.periodCode,
        status: f.status ? statusLabel(f.status) : "",
        narrative: f.narrative?.sv ?? "",
        measured: values.some((v) => v) ? values.map((v) => (v ? formatNumber(v.value) : "")).join("; ") : "",
        state: sv(`editor.sheet.state.${f.state}` as never),
      });
    }
  }
  return rows;
}

/** What the "Anvisningar" sheet says about each column. */
function helpLines(): Array<[string, string]> {
  return COLUMNS.map((c) => [c.header, sv(`editor.sheet.help.${c.key}` as never)]);
}

export interface SheetFile {
  filename: string;
  contentType: string;
  body: Uint8Array | string;
}

async function render(rows: SheetRow[], format: SheetFormat, name: string): Promise<SheetFile> {
  if (format === "csv") return { filename: `${name}.csv`, contentType: CSV_TYPE, body: toCsv(rows) };
  return { filename: `${name}.xlsx`, contentType: XLSX_TYPE, body: await toXlsx(rows, helpLines()) };
}

/** A promise as a spreadsheet file. Not found for anyone without a role in its partnership. */
export async function exportPromiseSpreadsheet(
  options: { db: Executor; viewer: Viewer; format: SheetFormat } & PromiseKey,
): Promise<SheetFile> {
  const promise = await authorizedPromise(options.db, options.viewer, options, "readInternal");
  return render(await exportRows(options.db, promise.id), options.format, promise.ref);
}

/** The empty template: the headers, and in XLSX the instructions sheet. */
export function spreadsheetTemplate(format: SheetFormat): Promise<SheetFile> {
  return render([], format, "mall-medborgarlofte");
}
