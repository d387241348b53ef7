import { sql } from "drizzle-orm";
import type { Database, Executor } from "../db/client.js";
import { type Migration, migrate, readMigrations } from "../db/migrate.js";
import { queryRows } from "../db/rows.js";
import { listTables, setRenderingSettings, type TableInfo } from "./catalog.js";
import {
  BACKUP_FORMAT,
  BACKUP_VERSION,
  BackupError,
  type BackupHeader,
  type EndLine,
  isControlLine,
  type MigrationStamp,
  type TableLine,
} from "./format.js";
import { digestTables, readMigrationStamps } from "./snapshot.js";

/** Rows per INSERT, and at most this many characters of JSON in one statement. */
const BATCH_ROWS = 500;
const BATCH_CHARS = 4_000_000;

export interface RestoreProgress {
  done: number;
  total: number;
  table: string;
}

export interface RestoreResult {
  header: BackupHeader;
  tables: number;
  rows: number;
  /** Migrations of this version newer than the backup, applied after the load. */
  migratedAfter: string[];
}

/**
 * Loads a backup into an empty database of either kind.
 *
 * 1. The backup's migrations must be the first migrations of this version (same names and
 *    checksums): an unknown or edited migration is refused.
 * 2. Every table of the target must be empty (a target not yet migrated is empty).
 * 3. The target is migrated to the backup's last migration; the rows are inserted in one
 *    transaction (parents first; identity columns with OVERRIDING SYSTEM VALUE; only INSERTs, so
 *    the append-only audit log's trigger is respected), the identity sequences are set past the
 *    highest value, and each table's row count and checksum are recomputed on the target and
 *    compared with the backup's before the transaction commits: all or nothing.
 * 4. Migrations newer than the backup run last, as they would on an upgrade.
 */
export async function restoreBackup(
  database: Database,
  lines: AsyncIterable<string>,
  options: { migrations?: Migration[]; onProgress?: (p: RestoreProgress) => void } = {},
): Promise<RestoreResult> {
  const iterator = lines[Symbol.asyncIterator]();
  const next = async (): Promise<string | null> => {
    const step = await iterator.next();
    return step.done ? null : step.value;
  };
  const header = parseHeader(await next());
  const code = options.migrations ?? readMigrations();
  checkMigrations(header.migrations, code);
  await assertEmpty(database.db, header.migrations);
  await migrate(database, code.slice(0, header.migrations.length));

  const loaded = await database.db.transaction(async (tx) => {
    await setRenderingSettings(tx);
    await assertEmpty(tx, header.migrations);
    const tables = await listTables(tx);
    checkTables(header, tables);
    const byName = new Map(tables.map((t) => [t.name, t]));
    let rows = 0;
    let done = 0;
    let end: EndLine | null = null;
    let line = await next();
    while (line !== null) {
      if (!isControlLine(line)) throw new BackupError("Säkerhetskopian är skadad: en rad utanför en tabell");
      const control = JSON.parse(line) as TableLine | EndLine;
      if (control.$ === "end") {
        end = control;
        break;
      }
      if (control.$ !== "table") throw new BackupError("Säkerhetskopian är skadad: okänd rad");
      const table = byName.get(control.name);
      if (!table) throw new BackupError(`Säkerhetskopian är skadad: okänd tabell ${control.name}`);
      let batch: string[] = [];
      let chars = 0;
      let count = 0;
      for (;;) {
        line = await next();
        if (line === null || isControlLine(line)) break;
        batch.push(line);
        chars += line.length;
        count++;
        // A table whose rows refer to each other is inserted in one statement: PostgreSQL checks
        // a foreign key at the end of the statement, so the order of its rows does not matter.
        if (!table.selfReferencing && (batch.length >= BATCH_ROWS || chars >= BATCH_CHARS)) {
          await insertRows(tx, table, batch);
          batch = [];
          chars = 0;
        }
      }
      if (batch.length > 0) await insertRows(tx, table, batch);
      if (count !== control.rows)
        throw new BackupError(
          `Säkerhetskopian är skadad: tabellen ${table.name} har ${count} rader, huvudet säger ${control.rows}`,
        );
      rows += count;
      done++;
      options.onProgress?.({ done, total: tables.length, table: table.name });
    }
    if (!end)
      throw new BackupError("Säkerhetskopian är ofullständig: slutet saknas (avbruten eller avkortad fil)");
    if (done !== tables.length || end.rows !== rows)
      throw new BackupError(`Säkerhetskopian är ofullständig: ${done} av ${tables.length} tabeller`);
    for (const table of tables) await resetIdentity(tx, table);
    const digests = await digestTables(tx, tables);
    const differing = tables
      .filter((t) => digests.get(t.name)?.checksum !== end.checksums[t.name])
      .map((t) => t.name);
    if (differing.length > 0)
      throw new BackupError(
        `Kontrollsumman stämmer inte efter inläsningen för ${differing.join(", ")}; inget återställdes`,
      );
    return { tables: tables.length, rows };
  });
  const { applied } = await migrate(database, code);
  return { header, ...loaded, migratedAfter: applied };
}

function parseHeader(line: string | null): BackupHeader {
  let header: Partial<BackupHeader> | null = null;
  try {
    header = line ? (JSON.parse(line) as Partial<BackupHeader>) : null;
  } catch {
    header = null;
  }
  if (!header || header.$ !== "header" || header.format !== BACKUP_FORMAT)
    throw new BackupError("Filen är inte en säkerhetskopia från Medborgarlöfte");
  if (header.version !== BACKUP_VERSION)
    throw new BackupError(
      `Säkerhetskopian har formatversion ${header.version}; den här versionen läser version ${BACKUP_VERSION}`,
    );
  if (!Array.isArray(header.migrations) || !Array.isArray(header.tables))
    throw new BackupError("Säkerhetskopians huvud är skadat");
  return header as BackupHeader;
}

/** The backup's migrations must be this version's first ones, unchanged. */
export function checkMigrations(backup: MigrationStamp[], code: Migration[]): void {
  const unknown = backup.filter((m, i) => code[i]?.name !== m.name);
  if (unknown.length > 0)
    throw new BackupError(
      `Säkerhetskopian är gjord med migreringar som den här versionen inte har: ${unknown
        .map((m) => m.name)
        .join(", ")}. Återställ med samma eller en nyare version av Medborgarlöfte`,
    );
  const edited = backup.filter((m, i) => code[i]?.checksum !== m.checksum);
  if (edited.length > 0)
    throw new BackupError(
      `Migreringen ${edited.map((m) => m.name).join(", ")} i säkerhetskopian skiljer sig från den här versionens`,
    );
}

/** Refuses a target that holds any row, or that is migrated past the backup. */
async function assertEmpty(ex: Executor, backup: MigrationStamp[]): Promise<void> {
  const applied = await readMigrationStamps(ex);
  const ahead = applied.some((m, i) => backup[i]?.name !== m.name || backup[i]?.checksum !== m.checksum);
  if (ahead)
    throw new BackupError(
      `Måldatabasen har migreringar som säkerhetskopian inte har (${applied.at(-1)?.name}). Återställ till en ny, tom databas`,
    );
  const filled: string[] = [];
  for (const table of await listTables(ex)) {
    const [row] = await queryRows<{ any: boolean }>(
      ex,
      sql`SELECT EXISTS (SELECT 1 FROM ${sql.identifier(table.name)}) AS any`,
    );
    if (row?.any) filled.push(table.name);
  }
  if (filled.length > 0)
    throw new BackupError(
      `Måldatabasen är inte tom (${filled.slice(0, 5).join(", ")}${filled.length > 5 ? " …" : ""} har rader). ` +
        "Återställ bara till en tom databas: en ny PostgreSQL-databas eller en ny DATA_DIR " +
        "(starta inte servern med demodata före återställningen)",
    );
}

function checkTables(header: BackupHeader, tables: TableInfo[]): void {
  const expected = header.tables.map((t) => `${t.name}(${t.columns.join(",")})`).sort();
  const actual = tables.map((t) => `${t.name}(${t.columns.join(",")})`).sort();
  const missing = expected.filter((t) => !actual.includes(t));
  const extra = actual.filter((t) => !expected.includes(t));
  if (missing.length > 0 || extra.length > 0)
    throw new BackupError(
      `Måldatabasens tabeller stämmer inte med säkerhetskopians trots samma migreringar (${[
        ...missing,
        ...extra,
      ]
        .slice(0, 3)
        .join("; ")})`,
    );
}

async function insertRows(ex: Executor, table: TableInfo, lines: string[]): Promise<void> {
  const columns = table.columns.filter((c) => !table.generated.includes(c));
  const list = sql.join(
    columns.map((c) => sql.identifier(c)),
    sql`, `,
  );
  const overriding = table.identity.length > 0 ? sql` OVERRIDING SYSTEM VALUE` : sql``;
  const json = `[${lines.join(",")}]`;
  await ex.execute(
    sql`INSERT INTO ${sql.identifier(table.name)} (${list})${overriding}
        SELECT ${list} FROM json_populate_recordset(NULL::${sql.identifier(table.name)}, ${json}::json)`,
  );
}

/** Sets an identity column's sequence so the next value follows the highest restored one. */
async function resetIdentity(ex: Executor, table: TableInfo): Promise<void> {
  for (const column of table.identity) {
    await ex.execute(
      sql`SELECT setval(pg_get_serial_sequence(${`public.${quoteIdent(table.name)}`}, ${column}),
                        coalesce(max(${sql.identifier(column)}), 0) + 1, false)
            FROM ${sql.identifier(table.name)}`,
    );
  }
}

function quoteIdent(name: string): string {
  return `"${name.replaceAll('"', '""')}"`;
}
