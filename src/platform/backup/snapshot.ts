import { createHash } from "node:crypto";
import { sql } from "drizzle-orm";
import type { Db, Executor } from "../db/client.js";
import { queryRows } from "../db/rows.js";
import {
  listTables,
  MIGRATIONS_TABLE,
  selectRowsAsJson,
  setRenderingSettings,
  type TableInfo,
} from "./catalog.js";
import {
  BACKUP_FORMAT,
  BACKUP_VERSION,
  type BackupHeader,
  type EndLine,
  type MigrationStamp,
  type TableLine,
} from "./format.js";

/** Rows fetched per round trip when a table is read. */
const FETCH_SIZE = 500;

/**
 * Runs `fn` in one read-only REPEATABLE READ transaction: every table is read as of the same
 * moment while the server keeps writing (PostgreSQL); on PGlite, whose single connection runs
 * one transaction at a time, other queries wait until it ends.
 */
export function withSnapshot<T>(db: Db, fn: (tx: Executor) => Promise<T>): Promise<T> {
  return db.transaction(
    async (tx) => {
      await setRenderingSettings(tx);
      return fn(tx);
    },
    { isolationLevel: "repeatable read", accessMode: "read only" },
  );
}

/** Calls `onLine` with each row of `table` rendered as JSON, in primary-key order, through a cursor. */
export async function forEachRow(
  ex: Executor,
  table: TableInfo,
  onLine: (line: string) => void | Promise<void>,
): Promise<number> {
  await ex.execute(sql`DECLARE mbl_backup_rows NO SCROLL CURSOR FOR ${selectRowsAsJson(table)}`);
  let count = 0;
  try {
    for (;;) {
      const rows = await queryRows<{ j: string }>(
        ex,
        sql.raw(`FETCH FORWARD ${FETCH_SIZE} FROM mbl_backup_rows`),
      );
      for (const row of rows) {
        await onLine(row.j);
        count++;
      }
      if (rows.length < FETCH_SIZE) break;
    }
  } finally {
    await ex.execute(sql`CLOSE mbl_backup_rows`);
  }
  return count;
}

/** A running table checksum: SHA-256 of the row lines, each followed by "\n". */
export function tableHasher() {
  const hash = createHash("sha256");
  return {
    add(line: string) {
      hash.update(line);
      hash.update("\n");
    },
    digest: () => hash.digest("hex"),
  };
}

export interface TableDigest {
  rows: number;
  checksum: string;
}

/** Row count and checksum of every table (run inside `withSnapshot`, or a transaction with the same settings). */
export async function digestTables(ex: Executor, tables?: TableInfo[]): Promise<Map<string, TableDigest>> {
  const result = new Map<string, TableDigest>();
  for (const table of tables ?? (await listTables(ex))) {
    const hasher = tableHasher();
    const rows = await forEachRow(ex, table, (line) => hasher.add(line));
    result.set(table.name, { rows, checksum: hasher.digest() });
  }
  return result;
}

export async function readMigrationStamps(ex: Executor): Promise<MigrationStamp[]> {
  const [exists] = await queryRows<{ present: boolean }>(
    ex,
    sql`SELECT to_regclass(${`public.${MIGRATIONS_TABLE}`}) IS NOT NULL AS present`,
  );
  if (!exists?.present) return [];
  return queryRows<MigrationStamp>(
    ex,
    sql`SELECT name, checksum FROM ${sql.identifier(MIGRATIONS_TABLE)} ORDER BY name COLLATE "C"`,
  );
}

export interface ExportProgress {
  done: number;
  total: number;
  table: string;
}

/**
 * Writes the whole database as backup lines (see format.ts) through `emit`, inside a snapshot
 * the caller opened (`withSnapshot`). `emit` may return a promise to slow the export down to the
 * pace of its reader.
 */
export async function exportLines(
  ex: Executor,
  options: {
    source: "pglite" | "postgres";
    now: Date;
    emit: (line: string) => void | Promise<void>;
    onProgress?: (progress: ExportProgress) => void;
  },
): Promise<EndLine> {
  const tables = await listTables(ex);
  const migrations = await readMigrationStamps(ex);
  const counts: number[] = [];
  for (const table of tables) {
    const [row] = await queryRows<{ n: number }>(
      ex,
      sql`SELECT count(*)::int AS n FROM ${sql.identifier(table.name)}`,
    );
    counts.push(row?.n ?? 0);
  }
  const header: BackupHeader = {
    $: "header",
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    createdAt: options.now.toISOString(),
    source: options.source,
    migrations,
    tables: tables.map((t, i) => ({ name: t.name, columns: t.columns, rows: counts[i] ?? 0 })),
  };
  await options.emit(JSON.stringify(header));
  const checksums: Record<string, string> = {};
  let total = 0;
  for (const [i, table] of tables.entries()) {
    const line: TableLine = { $: "table", name: table.name, rows: counts[i] ?? 0 };
    await options.emit(JSON.stringify(line));
    const hasher = tableHasher();
    const rows = await forEachRow(ex, table, async (row) => {
      hasher.add(row);
      await options.emit(row);
    });
    total += rows;
    checksums[table.name] = hasher.digest();
    options.onProgress?.({ done: i + 1, total: tables.length, table: table.name });
  }
  const end: EndLine = { $: "end", tables: tables.length, rows: total, checksums };
  await options.emit(JSON.stringify(end));
  return end;
}
