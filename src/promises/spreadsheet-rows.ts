/**
 * Checks the rows of an imported spreadsheet against the partnership's vocabulary (parties,
 * units, council goals, periods) and turns them into points and follow-ups. Pure: every problem
 * becomes an issue with row, column and a message code; nothing is thrown.
 */
import { FOLLOW_UP_STATUSES, type FollowUpStatus } from "../followups/statuses.js";
import { translator } from "../platform/i18n/index.js";
import type { CommitmentFields } from "./editor.types.js";
import { LIMITS } from "./editor.types.js";
import { type ColumnKey, headerOf, type NumberedRow, type SheetRow } from "./spreadsheet-format.js";

const sv = translator("sv");

/** A problem in one cell. `code` is a message key suffix: `editor.import.<code>`. */
export interface ImportIssue {
  row: number;
  column: string;
  code: string;
  params?: Record<string, string | number>;
}

export interface SheetVocabulary {
  parties: Array<{ id: string; name: string; shortName: string | null }>;
  units: Array<{ id: string; name: string }>;
  goals: Array<{ id: string; number: number }>;
  periods: Array<{ id: string; code: string }>;
}

export interface ParsedPoint {
  externalId: string;
  rowNumber: number;
  number: number;
  fields: CommitmentFields;
}

export interface ParsedFollowUp {
  externalId: string;
  rowNumber: number;
  periodId: string;
  periodCode: string;
  status: FollowUpStatus;
  narrative: string;
  /** Measured value per target position (index 0 = target 1); null: none. */
  measured: Array<number | null>;
}

const STATUS_CODES: FollowUpStatus[] = FOLLOW_UP_STATUSES.map((s) => s.code);
const KINDS = ["joint", "municipality", "police", "other"] as const;
const DIRECTIONS = ["at_least", "at_most", "exactly"] as const;
export const kindLabel = (k: string) => sv(`editor.sheet.kind.${k}` as never);
export const statusLabel = (s: string) => sv(`followUpStatus.${s}` as never);
export const directionLabel = (d: string) => sv(`direction.${d}` as never);

/** Swedish decimal comma. @example formatNumber(1.5) // "1,5" */
export const formatNumber = (n: number): string => String(n).replace(".", ",");

/** Accepts a decimal comma or point. @example parseNumber("1,5") // 1.5; parseNumber("x") // null */
export function parseNumber(s: string): number | null {
  const t = s.replace(/\s/g, "").replace(",", ".");
  if (!/^-?\d+(\.\d+)?$/.test(t)) return null;
  return Number(t);
}

/** "minst 12 st – Trafikkontroller" per line; a measure without a target: "st – Trafikkontroller". */
export function formatTargets(targets: CommitmentFields["targets"]): string {
  return targets
    .map((t) =>
      t.targetValue === null
        ? `${t.unit} – ${t.description}`
        : `${directionLabel(t.direction)} ${formatNumber(t.targetValue)} ${t.unit} – ${t.description}`,
    )
    .join("\n");
}

export const splitList = (s: string): string[] =>
  s
    .split(/[;\n]/)
    .map((x) => x.trim())
    .filter((x) => x !== "");

const EXTERNAL_ID = /^[A-Za-z0-9][A-Za-z0-9._-]{0,79}$/;
const TARGET_LINE = /^(\S+)\s+(-?\d+(?:[.,]\d+)?)\s+(\S+)\s+[–-]\s+(.+)$/;
/** A measure recorded without a target: "st – Trafikkontroller". */
const MEASURE_LINE = /^(\S+)\s+[–-]\s+(.+)$/;

/** Checks all rows; returns the points (first row of each id), the follow-ups and every issue. */
export function parseSheetRows(
  rows: NumberedRow[],
  vocab: SheetVocabulary,
): { points: ParsedPoint[]; followUps: ParsedFollowUp[]; issues: ImportIssue[] } {
  const issues: ImportIssue[] = [];
  const count = () => issues.length;
  const issue = (row: number, column: ColumnKey, code: string, params?: ImportIssue["params"]) =>
    issues.push({ row, column: headerOf(column), code, ...(params ? { params } : {}) });
  const points = new Map<string, ParsedPoint & { raw: SheetRow }>();
  const followUps: ParsedFollowUp[] = [];
  const seenPeriods = new Set<string>();

  const lookup = <T>(
    row: number,
    column: ColumnKey,
    value: string,
    find: (name: string) => T | undefined,
  ) => {
    const out: T[] = [];
    for (const name of splitList(value)) {
      const hit = find(name.toLowerCase());
      if (hit === undefined) issue(row, column, "unknown_name", { value: name });
      else out.push(hit);
    }
    return out;
  };

  for (const r of rows) {
    const n = r.rowNumber;
    if (!EXTERNAL_ID.test(r.externalId)) {
      issue(n, "externalId", r.externalId === "" ? "required" : "bad_external_id", { value: r.externalId });
      continue;
    }
    const earlier = points.get(r.externalId);
    if (earlier) {
      const differs = POINT_COLUMNS.find((k) => earlier.raw[k] !== r[k]);
      if (differs) issue(n, differs, "differs_from_row", { row: earlier.rowNumber, id: r.externalId });
    } else {
      const point = parsePoint(r, vocab, issue, lookup, count);
      if (point) points.set(r.externalId, { ...point, raw: r });
    }
    const targetCount = points.get(r.externalId)?.fields.targets.length ?? 0;
    const followUp = parseFollowUp(r, vocab, issue, targetCount, count);
    if (followUp) {
      const key = `${r.externalId}|${followUp.periodCode}`;
      if (seenPeriods.has(key))
        issue(n, "period", "duplicate_period", { id: r.externalId, value: followUp.periodCode });
      seenPeriods.add(key);
      followUps.push(followUp);
    }
  }
  const numbers = new Map<number, string>();
  for (const p of points.values()) {
    const other = numbers.get(p.number);
    if (other !== undefined) issue(p.rowNumber, "number", "duplicate_number", { value: p.number, id: other });
    numbers.set(p.number, p.externalId);
  }
  return { points: [...points.values()].map(({ raw: _raw, ...p }) => p), followUps, issues };
}

const POINT_COLUMNS: ColumnKey[] = [
  "number",
  "text",
  "responsibleKind",
  "responsibleParties",
  "contributors",
  "units",
  "goals",
  "weight",
  "targets",
];

type IssueFn = (row: number, column: ColumnKey, code: string, params?: ImportIssue["params"]) => void;
type LookupFn = <T>(
  row: number,
  column: ColumnKey,
  value: string,
  find: (name: string) => T | undefined,
) => T[];

function parsePoint(
  r: NumberedRow,
  vocab: SheetVocabulary,
  issue: IssueFn,
  lookup: LookupFn,
  count: () => number,
) {
  const n = r.rowNumber;
  const before = count();
  const number = Number(r.number);
  if (!/^\d+$/.test(r.number) || number < 1) issue(n, "number", "bad_number", { value: r.number });
  if (r.text === "") issue(n, "text", "required");
  if (r.text.length > LIMITS.text) issue(n, "text", "too_long", { max: LIMITS.text });
  const kind = KINDS.find(
    (k) => kindLabel(k).toLowerCase() === r.responsibleKind.toLowerCase() || k === r.responsibleKind,
  );
  if (!kind)
    issue(n, "responsibleKind", "bad_kind", {
      value: r.responsibleKind,
      allowed: KINDS.map(kindLabel).join(", "),
    });
  const party = (name: string) =>
    vocab.parties.find((p) => p.name.toLowerCase() === name || p.shortName?.toLowerCase() === name)?.id;
  const responsiblePartyIds = lookup(n, "responsibleParties", r.responsibleParties, party);
  const contributorPartyIds = lookup(n, "contributors", r.contributors, party);
  const unitIds = lookup(
    n,
    "units",
    r.units,
    (name) => vocab.units.find((u) => u.name.toLowerCase() === name)?.id,
  );
  const goalIds = lookup(
    n,
    "goals",
    r.goals,
    (name) => vocab.goals.find((g) => String(g.number) === name)?.id,
  );
  const weight = r.weight === "" ? 1 : parseNumber(r.weight);
  if (weight === null || weight <= 0) issue(n, "weight", "bad_weight", { value: r.weight });
  const targets: CommitmentFields["targets"] = [];
  for (const line of r.targets
    .split("\n")
    .map((l) => l.trim())
    .filter((l) => l !== "")) {
    const measure = MEASURE_LINE.exec(line);
    if (measure) {
      targets.push({
        direction: "at_least",
        targetValue: null,
        unit: measure[1] as string,
        description: (measure[2] as string).trim(),
      });
      continue;
    }
    const m = TARGET_LINE.exec(line);
    const direction = DIRECTIONS.find((d) => directionLabel(d) === m?.[1]?.toLowerCase());
    const value = m ? parseNumber(m[2] as string) : null;
    if (!m || !direction || value === null) {
      issue(n, "targets", "bad_target", { value: line });
      continue;
    }
    targets.push({
      direction,
      targetValue: value,
      unit: m[3] as string,
      description: (m[4] as string).trim(),
    });
  }
  if (count() > before || !kind || weight === null) return null;
  return {
    externalId: r.externalId,
    rowNumber: n,
    number,
    fields: {
      text: r.text,
      responsibleKind: kind,
      responsiblePartyIds: [...new Set(responsiblePartyIds)],
      contributorPartyIds: [...new Set(contributorPartyIds)],
      unitIds: [...new Set(unitIds)],
      goalIds: [...new Set(goalIds)],
      weight,
      targets,
    },
  };
}

function parseFollowUp(
  r: NumberedRow,
  vocab: SheetVocabulary,
  issue: IssueFn,
  targetCount: number,
  count: () => number,
): ParsedFollowUp | null {
  const n = r.rowNumber;
  if (r.period === "") {
    if (r.status !== "" || r.narrative !== "" || r.measured !== "") issue(n, "period", "period_required");
    return null;
  }
  const before = count();
  const period = vocab.periods.find((p) => p.code === r.period.toUpperCase());
  if (!period) issue(n, "period", "unknown_period", { value: r.period });
  const status = STATUS_CODES.find(
    (s) => statusLabel(s).toLowerCase() === r.status.toLowerCase() || s === r.status,
  );
  if (!status) {
    issue(n, "status", r.status === "" ? "required" : "bad_status", {
      value: r.status,
      allowed: STATUS_CODES.map(statusLabel).join(", "),
    });
  }
  if (r.narrative.length > LIMITS.text) issue(n, "narrative", "too_long", { max: LIMITS.text });
  const measured: Array<number | null> = [];
  if (r.measured !== "") {
    for (const part of r.measured.split(";").map((x) => x.trim())) {
      if (part === "") measured.push(null);
      else {
        const v = parseNumber(part);
        if (v === null) issue(n, "measured", "bad_measured", { value: part });
        measured.push(v);
      }
    }
    if (measured.length > targetCount) issue(n, "measured", "too_many_values", { count: targetCount });
  }
  if (count() > before || !period || !status) return null;
  return {
    externalId: r.externalId,
    rowNumber: n,
    periodId: period.id,
    periodCode: period.code,
    status,
    narrative: r.narrative,
    measured,
  };
}

/** Issues with their message in the reader's language, for the API and the page. */
export function describeIssues(
  issues: ImportIssue[],
  t: (key: never, params?: Record<string, string | number>) => string,
): Array<ImportIssue & { message: string }> {
  return issues.map((i) => ({ ...i, message: t(`editor.import.${i.code}` as never, i.params) }));
}
