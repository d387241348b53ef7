/**
 * CSV as Swedish spreadsheets open it: UTF-8 with a byte order mark, `;` between cells, CRLF after
 * every line, and a cell quoted (RFC 4180: `"` doubled) when it holds `"`, `;`, CR or LF.
 */

export const CSV_CONTENT_TYPE = "text/csv; charset=utf-8";

export function csvCell(value: string): string {
  return /[";\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

/** @example csvText([["a", "b"], ["x;y", "2"]]) // "\uFEFFa;b\r\n\"x;y\";2\r\n" */
export function csvText(lines: readonly (readonly string[])[]): string {
  return `\uFEFF${lines.map((cells) => cells.map(csvCell).join(";")).join("\r\n")}\r\n`;
}
