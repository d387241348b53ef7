/**
 * The backup file, version 1: gzip of UTF-8 NDJSON (one JSON value per line).
 *
 *   {"$":"header","format":"medborgarlofte-backup","version":1,"createdAt":…,"source":"pglite",
 *    "migrations":[{"name":"0000_init","checksum":…},…],"tables":[{"name":…,"columns":[…],"rows":n},…]}
 *   {"$":"table","name":"partnerships","rows":1}
 *   {"id":…,"slug":"linkoping",…}                 ← row_to_json of each row, ordered by primary key
 *   …
 *   {"$":"end","tables":46,"rows":1234,"checksums":{"partnerships":"<sha256>",…}}
 *
 * Tables come parents first (foreign keys), so a load in file order satisfies every reference.
 * Rows are rendered by the database itself (`row_to_json` under fixed session settings) and loaded
 * back by it (`json_populate_recordset`): no value passes through a JavaScript type, so nothing is
 * rounded or re-zoned on the way, and both kinds of database read and write the same text. A table's
 * checksum is the SHA-256 of its row lines, each followed by "\n"; restore and move recompute it
 * on the target. A file without its end line is incomplete and is refused.
 */
export const BACKUP_FORMAT = "medborgarlofte-backup";
export const BACKUP_VERSION = 1;

export interface MigrationStamp {
  name: string;
  checksum: string;
}

export interface BackupHeader {
  $: "header";
  format: typeof BACKUP_FORMAT;
  version: number;
  createdAt: string;
  source: "pglite" | "postgres";
  migrations: MigrationStamp[];
  tables: { name: string; columns: string[]; rows: number }[];
}

export interface TableLine {
  $: "table";
  name: string;
  rows: number;
}

export interface EndLine {
  $: "end";
  tables: number;
  rows: number;
  checksums: Record<string, string>;
}

/** Control lines start with this; a row line is an object of the table's columns. */
export const CONTROL_PREFIX = '{"$":';

export function isControlLine(line: string): boolean {
  return line.startsWith(CONTROL_PREFIX);
}

/** A problem with a backup, a restore or a move, told in Swedish for the operator. */
export class BackupError extends Error {
  override name = "BackupError";
}
