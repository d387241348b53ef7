/**
 * The open data tables as files: CSV (UTF-8 with BOM, `;`, CRLF, RFC 4180 quoting; decimal comma,
 * as Swedish spreadsheets read it; lists joined with " | "; true/false as ja/nej) and JSON (the
 * same column names, typed values, and the columns' documentation).
 */
import { csvText } from "../platform/csv.js";
import { type Cell, type DatasetName, type Row, TABLES } from "./tables.js";

export const CC0 = "http://creativecommons.org/publicdomain/zero/1.0/";

function csvValue(value: Cell): string {
  if (value === null) return "";
  if (typeof value === "boolean") return value ? "ja" : "nej";
  if (typeof value === "number") return String(value).replace(".", ",");
  if (Array.isArray(value)) return value.join(" | ");
  return value;
}

export function tableCsv(name: DatasetName, rows: Row[]): string {
  const columns = TABLES[name].columns.map((c) => c.name);
  return csvText([columns, ...rows.map((row) => columns.map((c) => csvValue(row[c] ?? null)))]);
}

export function tableJson(name: DatasetName, rows: Row[], scope: { title: string; url: string }): string {
  const table = TABLES[name];
  return JSON.stringify(
    {
      dataset: name,
      titel: `${table.title.sv}: ${scope.title}`,
      beskrivning: table.description.sv,
      licens: CC0,
      adress: scope.url,
      kolumner: table.columns.map((c) => ({ namn: c.name, beskrivning: c.sv, description: c.en })),
      rader: rows.map((row) => Object.fromEntries(table.columns.map((c) => [c.name, row[c.name] ?? null]))),
    },
    null,
    2,
  );
}
