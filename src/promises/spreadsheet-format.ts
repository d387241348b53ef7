/**
 * The spreadsheet format of a promise: one row per point and follow-up period (a point without
 * follow-ups has one row with an empty period), the same columns in XLSX and CSV, Swedish headers.
 * Point columns repeat on each row of the point and must agree. This file reads and writes the
 * files; spreadsheet-rows.ts checks the values.
 */
import type ExcelJS from "exceljs";
import { csvText } from "../platform/csv.js";
import { textProblem } from "../platform/http/text-rule.js";

/** exceljs is large: loaded on the first spreadsheet, not when the server or the CLI starts. */
const loadExcel = async () => (await import("exceljs")).default;

/** The columns in order: key, Swedish header, and whether the import reads it. */
export const COLUMNS = [
  { key: "externalId", header: "Punkt-id" },
  { key: "number", header: "Nr" },
  { key: "text", header: "Punkt" },
  { key: "responsibleKind", header: "Ansvar" },
  { key: "responsibleParties", header: "Ansvariga parter" },
  { key: "contributors", header: "Medverkande parter" },
  { key: "units", header: "Ansvariga enheter" },
  { key: "goals", header: "Fullmäktigemål" },
  { key: "weight", header: "Vikt" },
  { key: "targets", header: "Mätbara mål" },
  { key: "period", header: "Period" },
  { key: "status", header: "Läge" },
  { key: "narrative", header: "Uppföljning" },
  { key: "measured", header: "Mätvärden" },
  { key: "state", header: "Granskning" },
] as const;

export type ColumnKey = (typeof COLUMNS)[number]["key"];
/** One spreadsheet row as text, keyed by column. */
export type SheetRow = Record<ColumnKey, string>;
/** A row read from a file, with its row number in the file (the header is row 1). */
export type NumberedRow = SheetRow & { rowNumber: number };

export const SHEET_NAME = "Löftespunkter";
export const XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
export const CSV_TYPE = "text/csv; charset=utf-8";

export const headerOf = (key: ColumnKey): string => COLUMNS.find((c) => c.key === key)?.header ?? key;

/** Why a file could not be read at all. */
export class SheetFormatError extends Error {
  constructor(
    readonly code: "unreadable" | "missing_columns" | "empty" | "invalid_text",
    readonly columns: string[] = [],
  ) {
    super(code);
  }
}

// --- CSV (semicolon-separated, UTF-8 with BOM, as Swedish Excel opens and saves it) ---

/** @example toCsv([]) // "\uFEFFPunkt-id;Nr;…\r\n" */
export function toCsv(rows: SheetRow[]): string {
  return csvText([COLUMNS.map((c) => c.header), ...rows.map((r) => COLUMNS.map((c) => r[c.key]))]);
}

/**
 * Parses CSV text (RFC 4180 quoting; the separator — `;`, `,` or tab — is taken from the header
 * line). @example parseCsvText('a;b\r\n"x;y";2') // [["a","b"],["x;y","2"]]
 */
export function parseCsvText(input: string): string[][] {
  const text = input.replace(/^\uFEFF/, "");
  const firstLine = text.split(/\r?\n/, 1)[0] ?? "";
  const counts = [";", ",", "\t"].map((s) => [s, firstLine.split(s).length] as const);
  const sep = counts.reduce((best, c) => (c[1] > best[1] ? c : best))[0];
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i] as string;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"' && cell === "") quoted = true;
    else if (ch === sep) {
      row.push(cell);
      cell = "";
    } else if (ch === "\n" || ch === "\r") {
      if (ch === "\r" && text[i + 1] === "\n") i++;
      row.push(cell);
      rows.push(row);
      row = [];
      cell = "";
    } else cell += ch;
  }
  if (cell !== "" || row.length > 0) {
    row.push(cell);
    rows.push(row);
  }
  return rows;
}

// --- XLSX ---

/** An XLSX workbook with the rows, and a second sheet explaining the columns. */
export async function toXlsx(rows: SheetRow[], help: Array<[string, string]>): Promise<Uint8Array> {
  const wb = new (await loadExcel()).Workbook();
  const ws = wb.addWorksheet(SHEET_NAME, { views: [{ state: "frozen", ySplit: 1 }] });
  ws.addRow(COLUMNS.map((c) => c.header)).font = { bold: true };
  for (const r of rows) ws.addRow(COLUMNS.map((c) => r[c.key]));
  ws.columns.forEach((col, i) => {
    col.width = [0, 1, 8, 9, 11].includes(i) ? 14 : 40;
    col.alignment = { wrapText: true, vertical: "top" };
  });
  const helpSheet = wb.addWorksheet("Anvisningar");
  helpSheet.addRow(["Kolumn", "Så fyller du i"]).font = { bold: true };
  for (const line of help) helpSheet.addRow(line);
  helpSheet.getColumn(1).width = 22;
  helpSheet.getColumn(2).width = 100;
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "string") return value;
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === "object") {
    if ("richText" in value) return value.richText.map((r) => r.text).join("");
    if ("result" in value) return cellText(value.result as ExcelJS.CellValue);
    if ("text" in value) return String(value.text);
  }
  return String(value);
}

async function parseXlsxCells(bytes: Uint8Array): Promise<string[][]> {
  const wb = new (await loadExcel()).Workbook();
  try {
    await wb.xlsx.load(
      bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer,
    );
  } catch {
    throw new SheetFormatError("unreadable");
  }
  const ws = wb.getWorksheet(SHEET_NAME) ?? wb.worksheets[0];
  if (!ws) throw new SheetFormatError("empty");
  const out: string[][] = [];
  for (let r = 1; r <= ws.rowCount; r++) {
    const row = ws.getRow(r);
    const cells: string[] = [];
    for (let c = 1; c <= Math.max(row.cellCount, COLUMNS.length); c++)
      cells.push(cellText(row.getCell(c).value));
    out.push(cells);
  }
  return out;
}

/** True when the bytes are a ZIP file (an XLSX workbook), not CSV text. */
export function isXlsx(bytes: Uint8Array): boolean {
  return bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
}

/**
 * Reads an XLSX or CSV file into rows keyed by column, skipping empty rows. Columns are found by
 * their header (any order; unknown columns are ignored). Throws SheetFormatError when the file
 * cannot be read or a column is missing.
 */
export async function readSheet(bytes: Uint8Array): Promise<NumberedRow[]> {
  let cells: string[][];
  if (isXlsx(bytes)) cells = await parseXlsxCells(bytes);
  else {
    let text: string;
    try {
      text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
    } catch {
      throw new SheetFormatError("unreadable");
    }
    cells = parseCsvText(text);
  }
  // The boundary rule for text (platform/http/text-rule.ts) holds for a file's cells too.
  if (cells.some((row) => row.some((cell) => textProblem(cell) !== null)))
    throw new SheetFormatError("invalid_text");
  const [header, ...body] = cells;
  if (!header) throw new SheetFormatError("empty");
  const normalized = header.map((h) => h.trim().toLowerCase());
  const index = new Map<ColumnKey, number>();
  const missing: string[] = [];
  for (const c of COLUMNS) {
    const i = normalized.indexOf(c.header.toLowerCase());
    if (i >= 0) index.set(c.key, i);
    else if (c.key !== "state") missing.push(c.header);
  }
  if (missing.length > 0) throw new SheetFormatError("missing_columns", missing);
  const rows: NumberedRow[] = [];
  body.forEach((cellsOfRow, i) => {
    if (cellsOfRow.every((v) => v.trim() === "")) return;
    const row = { rowNumber: i + 2 } as NumberedRow;
    for (const c of COLUMNS) {
      const at = index.get(c.key);
      row[c.key] = at === undefined ? "" : (cellsOfRow[at] ?? "").trim();
    }
    rows.push(row);
  });
  return rows;
}
