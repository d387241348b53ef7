/**
 * The results file of survey indicators (trygghetsmätning, NTU): CSV with a header row, `;` or `,`
 * as separator, UTF-8 with or without BOM — the conventions of the promise spreadsheet
 * (`promises/spreadsheet-format.ts` reads the cells). Pure: every problem becomes an issue naming
 * the row (the header is row 1) and the column by its header; nothing is thrown.
 *
 * Columns (any order, headers case-insensitive): indikator, typ (index | procent), område, år,
 * grupp (kvinnor | män | alla), ålder (optional, "alla" or a band such as 16–24), värde, källa,
 * n (optional), beskrivning (optional), riktning (optional: lägre är bättre | högre är bättre).
 */
import { textProblem } from "../platform/http/text-rule.js";
import { parseCsvText } from "../promises/spreadsheet-format.js";
import { type Gender, type IndicatorKind, LIMITS } from "./indicators.types.js";

/** A problem in one cell. `code` is a message key suffix: `indicators.import.<code>`. */
export interface ImportIssue {
  row: number;
  column: string;
  code: string;
  params?: Record<string, string | number>;
}

export const CSV_COLUMNS = [
  { key: "indicator", header: "indikator", required: true },
  { key: "kind", header: "typ", required: true },
  { key: "area", header: "område", required: true },
  { key: "year", header: "år", required: true },
  { key: "group", header: "grupp", required: true },
  { key: "ageBand", header: "ålder", required: false },
  { key: "value", header: "värde", required: true },
  { key: "source", header: "källa", required: true },
  { key: "n", header: "n", required: false },
  { key: "description", header: "beskrivning", required: false },
  { key: "direction", header: "riktning", required: false },
] as const;
type ColumnKey = (typeof CSV_COLUMNS)[number]["key"];

export const headerOf = (key: ColumnKey) => CSV_COLUMNS.find((c) => c.key === key)?.header ?? key;

/** One checked row of the file. */
export interface ParsedValue {
  rowNumber: number;
  indicator: string;
  kind: IndicatorKind;
  description: string | null;
  /** From the optional column riktning ("lägre är bättre" by default; the index always is). */
  lowerIsBetter: boolean;
  areaName: string;
  year: number;
  gender: Gender;
  ageBand: string;
  value: number;
  respondents: number | null;
  source: string;
}

const GENDER_WORDS: Record<string, Gender> = {
  kvinnor: "women",
  kvinna: "women",
  k: "women",
  män: "men",
  man: "men",
  m: "men",
  alla: "all",
  totalt: "all",
  samtliga: "all",
};
const KIND_WORDS: Record<string, IndicatorKind> = {
  index: "index",
  procent: "percent",
  "%": "percent",
  andel: "percent",
};
/** The Swedish word of a gender group, as the file and the pages write it. */
export const GENDER_WORD: Record<Gender, string> = { women: "kvinnor", men: "män", all: "alla" };
export const KIND_WORD: Record<IndicatorKind, string> = { index: "index", percent: "procent" };

const AGE_BAND = /^(\d{1,3})\s*[-–]\s*(\d{1,3})$|^(\d{1,3})\s*\+$|^alla$/;

/** Accepts a decimal comma or point. @example parseDecimal("1,5") // 1.5; parseDecimal("x") // null */
export function parseDecimal(s: string): number | null {
  const t = s.replace(/\s/g, "").replace(",", ".").replace(/%$/, "");
  if (!/^-?\d+(\.\d+)?$/.test(t)) return null;
  return Number(t);
}

/** Decodes the file: UTF-8 (a BOM is dropped); null when it is not UTF-8 text. */
export function decodeCsv(bytes: Uint8Array): string | null {
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes).replace(/^\uFEFF/, "");
  } catch {
    return null;
  }
}

/** Checks a results file's text; every problem is an issue (the whole file is refused by the caller). */
export function parseIndicatorCsv(text: string): {
  values: ParsedValue[];
  issues: ImportIssue[];
  rows: number;
} {
  const issues: ImportIssue[] = [];
  const cells = parseCsvText(text);
  const [header, ...body] = cells;
  if (!header || header.every((h) => h.trim() === "")) {
    return { values: [], issues: [{ row: 1, column: "", code: "empty" }], rows: 0 };
  }
  const normalized = header.map((h) => h.trim().toLowerCase());
  const index = new Map<ColumnKey, number>();
  const missing: string[] = [];
  for (const c of CSV_COLUMNS) {
    const i = normalized.indexOf(c.header);
    if (i >= 0) index.set(c.key, i);
    else if (c.required) missing.push(c.header);
  }
  if (missing.length > 0) {
    return {
      values: [],
      issues: [{ row: 1, column: "", code: "missing_columns", params: { columns: missing.join(", ") } }],
      rows: 0,
    };
  }
  const values: ParsedValue[] = [];
  const kinds = new Map<string, { kind: IndicatorKind; row: number }>();
  const cellsSeen = new Map<string, number>();
  let rows = 0;
  body.forEach((raw, i) => {
    const rowNumber = i + 2;
    if (raw.every((v) => v.trim() === "")) return;
    rows += 1;
    if (rows > LIMITS.rows) {
      if (rows === LIMITS.rows + 1)
        issues.push({ row: rowNumber, column: "", code: "too_many_rows", params: { max: LIMITS.rows } });
      return;
    }
    const get = (key: ColumnKey) => {
      const at = index.get(key);
      return at === undefined ? "" : (raw[at] ?? "").trim();
    };
    const before = issues.length;
    const issue = (key: ColumnKey, code: string, params?: ImportIssue["params"]) =>
      issues.push({ row: rowNumber, column: headerOf(key), code, ...(params ? { params } : {}) });
    for (const c of CSV_COLUMNS) {
      const v = get(c.key);
      if (textProblem(v) !== null) issue(c.key, "invalid_text");
    }
    if (issues.length > before) return;
    const required = (key: ColumnKey, max: number) => {
      const v = get(key);
      if (v === "") issue(key, "required");
      else if (v.length > max) issue(key, "too_long", { max });
      return v;
    };
    const indicator = required("indicator", LIMITS.name);
    const areaName = required("area", LIMITS.name);
    const source = required("source", LIMITS.source);
    const description = get("description");
    if (description.length > LIMITS.description)
      issue("description", "too_long", { max: LIMITS.description });

    const kindText = get("kind").toLowerCase();
    const kind = KIND_WORDS[kindText];
    if (!kindText) issue("kind", "required");
    else if (!kind) issue("kind", "bad_kind", { value: get("kind") });
    else if (indicator) {
      const first = kinds.get(indicator.toLowerCase());
      if (first && first.kind !== kind)
        issue("kind", "kind_differs", { value: get("kind"), row: first.row, indicator });
      else if (!first) kinds.set(indicator.toLowerCase(), { kind, row: rowNumber });
    }

    const directionText = get("direction").toLowerCase();
    const lowerIsBetter = !directionText.startsWith("högre");
    if (directionText && !/^(lägre|högre)( är bättre)?$/.test(directionText))
      issue("direction", "bad_direction", { value: get("direction") });
    else if (!lowerIsBetter && kind === "index") issue("direction", "index_direction");

    const yearText = get("year");
    const year = /^\d{4}$/.test(yearText) ? Number(yearText) : null;
    if (!yearText) issue("year", "required");
    else if (year === null || year < 1990 || year > 2100) issue("year", "bad_year", { value: yearText });

    const groupText = get("group").toLowerCase();
    const gender = GENDER_WORDS[groupText];
    if (!groupText) issue("group", "required");
    else if (!gender) issue("group", "bad_group", { value: get("group") });

    const ageText =
      get("ageBand")
        .toLowerCase()
        .replace(/\s*år$/, "") || "alla";
    const ageBand = ageText.replace(/\s*-\s*/, "–");
    if (!AGE_BAND.test(ageText) || ageText.length > LIMITS.ageBand)
      issue("ageBand", "bad_age_band", { value: get("ageBand") });

    const valueText = get("value");
    const value = parseDecimal(valueText);
    if (!valueText) issue("value", "required");
    else if (value === null) issue("value", "bad_value", { value: valueText });
    else if (kind === "index" && (value < 0 || value > 6)) issue("value", "bad_index", { value: valueText });
    else if (kind === "percent" && (value < 0 || value > 100))
      issue("value", "bad_percent", { value: valueText });

    const nText = get("n").replace(/\s/g, "");
    const respondents = nText === "" ? null : /^\d{1,9}$/.test(nText) ? Number(nText) : Number.NaN;
    if (Number.isNaN(respondents)) issue("n", "bad_n", { value: get("n") });

    if (issues.length > before || !kind || !gender || year === null || value === null) return;
    const key = [indicator.toLowerCase(), areaName.toLowerCase(), year, gender, ageBand].join("|");
    const seen = cellsSeen.get(key);
    if (seen !== undefined) {
      issue("value", "duplicate", { row: seen });
      return;
    }
    cellsSeen.set(key, rowNumber);
    values.push({
      rowNumber,
      indicator,
      kind,
      description: description || null,
      lowerIsBetter,
      areaName,
      year,
      gender,
      ageBand,
      value,
      respondents,
      source,
    });
  });
  if (rows === 0 && issues.length === 0) issues.push({ row: 1, column: "", code: "empty" });
  return { values, issues, rows };
}
