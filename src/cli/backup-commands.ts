/**
 * backup, restore and move: loaded on demand by commands.ts, so other commands do not pay for them.
 */
import { existsSync, statSync } from "node:fs";
import { join } from "node:path";
import { backupThroughServer } from "../platform/backup/admin-socket.js";
import { createBackupFileWriter, readBackupLines } from "../platform/backup/file.js";
import { BackupError } from "../platform/backup/format.js";
import { moveDatabase } from "../platform/backup/move.js";
import { restoreBackup } from "../platform/backup/restore.js";
import { exportLines, withSnapshot } from "../platform/backup/snapshot.js";
import type { Config } from "../platform/config.js";
import { type Database, openDatabase } from "../platform/db/client.js";
import { parseDatabaseUrl, redactDatabaseUrl } from "../platform/db/connection-string.js";
import { DataDirLockedError } from "../platform/db/lock.js";
import { appliedMigrations, readMigrations } from "../platform/db/migrate.js";

/** What these commands use of the CLI's CommandContext (declared here: commands.ts imports this file lazily). */
interface CommandContext {
  config: Config;
  json: boolean;
  args?: string[];
  options?: Partial<Record<string, string>>;
}

const print = (line: string) => process.stdout.write(`${line}\n`);

/** Progress on stderr: rewritten in place on a terminal, one line per step otherwise (logs). */
function progress(verb: string) {
  const tty = process.stderr.isTTY === true;
  return (p: { done: number; total: number; table: string | null }) => {
    const text = `${verb}: ${p.done}/${p.total} tabeller${p.table ? ` (${p.table})` : ""}`;
    process.stderr.write(tty ? `\r\x1b[2K${text}${p.done === p.total ? "\n" : ""}` : `${text}\n`);
  };
}

function usage(line: string): number {
  process.stderr.write(`Användning: ${line}\n`);
  return 2;
}

/** Runs `work`, turning a BackupError into its message and exit code 1. */
async function reporting(work: () => Promise<number>): Promise<number> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof BackupError) {
      process.stderr.write(`Fel: ${error.message}.\n`);
      return 1;
    }
    throw error;
  }
}

function hasEmbeddedDatabase(dataDir: string): boolean {
  return existsSync(join(dataDir, "pg", "PG_VERSION"));
}

export function backupCommand(ctx: CommandContext): Promise<number> {
  const [file, ...extra] = ctx.args ?? [];
  if (!file || extra.length > 0 || Object.values(ctx.options ?? {}).some((v) => v !== undefined))
    return Promise.resolve(usage("medborgarlofte backup FIL"));
  return reporting(async () => {
    const { database: config } = ctx.config;
    if (config.kind === "pglite" && !hasEmbeddedDatabase(config.dataDir))
      throw new BackupError(`Det finns ingen databas i ${config.dataDir} (DATA_DIR)`);
    const started = Date.now();
    const writer = createBackupFileWriter(file, progress("Säkerhetskopierar"));
    let via: "direct" | "server" = "direct";
    try {
      let database: Database | null = null;
      try {
        database = await openDatabase(config);
      } catch (error) {
        if (!(error instanceof DataDirLockedError) || config.kind !== "pglite") throw error;
        // The running server holds the directory: ask it over its admin socket.
        via = "server";
        if (!(await backupThroughServer(config.dataDir, writer.write)))
          throw new BackupError(
            `${error.message.replace(/\.$/, "")} – och den svarar inte på adminsocketen i katalogen. Är det en server av en äldre version, stoppa den och försök igen`,
          );
      }
      if (database) {
        try {
          await withSnapshot(database.db, (tx) =>
            exportLines(tx, { source: database.kind, now: new Date(), emit: writer.write }),
          );
        } finally {
          await database.close();
        }
      }
    } catch (error) {
      writer.abort();
      throw error;
    }
    const { bytes, end } = await writer.finish();
    const ms = Date.now() - started;
    if (ctx.json) print(JSON.stringify({ file, bytes, tables: end.tables, rows: end.rows, ms, via }));
    else
      print(
        `Skrev ${file}: ${end.tables} tabeller, ${end.rows} rader, ${formatBytes(bytes)} på ${(ms / 1000).toFixed(1)} s` +
          (via === "server" ? " (genom den körande servern)." : "."),
      );
    return 0;
  });
}

export function restoreCommand(ctx: CommandContext): Promise<number> {
  const [file, ...extra] = ctx.args ?? [];
  if (!file || extra.length > 0 || Object.values(ctx.options ?? {}).some((v) => v !== undefined))
    return Promise.resolve(usage("medborgarlofte restore FIL"));
  return reporting(async () => {
    if (!existsSync(file) || !statSync(file).isFile()) throw new BackupError(`Filen ${file} finns inte`);
    const started = Date.now();
    const database = await openDatabase(ctx.config.database);
    try {
      const result = await restoreBackup(database, readBackupLines(file), {
        onProgress: progress("Återställer"),
      });
      const ms = Date.now() - started;
      if (ctx.json)
        print(
          JSON.stringify({
            file,
            tables: result.tables,
            rows: result.rows,
            createdAt: result.header.createdAt,
            source: result.header.source,
            migratedAfter: result.migratedAfter,
            ms,
          }),
        );
      else
        print(
          `Återställde ${result.rows} rader i ${result.tables} tabeller från ${file} (gjord ${result.header.createdAt} på ${result.header.source}) till ${database.kind} (${database.location}) på ${(ms / 1000).toFixed(1)} s; kontrollsummorna stämmer.` +
            (result.migratedAfter.length > 0 ? ` Migrerade sedan: ${result.migratedAfter.join(", ")}.` : ""),
        );
      return 0;
    } finally {
      await database.close();
    }
  });
}

export function moveCommand(ctx: CommandContext): Promise<number> {
  const to = ctx.options?.to;
  const others = Object.entries(ctx.options ?? {}).filter(([k, v]) => k !== "to" && v !== undefined);
  if (!to || (ctx.args ?? []).length > 0 || others.length > 0)
    return Promise.resolve(usage("medborgarlofte move --to postgres://användare@värd/databas"));
  try {
    parseDatabaseUrl(to);
  } catch (error) {
    return Promise.resolve(
      usage(
        `medborgarlofte move --to postgres://… (--to: ${(error as Error).message}; libpq:s former gäller, som i DATABASE_URL)`,
      ),
    );
  }
  return reporting(async () => {
    const { database: config } = ctx.config;
    if (config.kind !== "pglite")
      throw new BackupError(
        "move flyttar en inbäddad installation (DATA_DIR) till PostgreSQL, men DATABASE_URL är satt. Ta bort DATABASE_URL och ange DATA_DIR",
      );
    if (!hasEmbeddedDatabase(config.dataDir))
      throw new BackupError(`Det finns ingen databas i ${config.dataDir} (DATA_DIR)`);
    const started = Date.now();
    const source = await openDatabase(config);
    try {
      // The source is only read: an installation not yet on this version's migrations is refused
      // rather than migrated here (the data directory stays exactly as it was).
      const applied = await appliedMigrations(source).catch(() => new Map<string, string>());
      const pending = readMigrations().filter((m) => !applied.has(m.name));
      if (pending.length > 0)
        throw new BackupError(
          `Databasen i ${config.dataDir} saknar migreringarna ${pending.map((m) => m.name).join(", ")}. Kör medborgarlofte migrate (eller starta servern en gång) och flytta sedan`,
        );
      const target = await openDatabase({ kind: "postgres", url: to });
      try {
        const result = await moveDatabase(source, target, { onProgress: progress("Flyttar") });
        const ms = Date.now() - started;
        if (ctx.json) print(JSON.stringify({ ...result, ms }));
        else
          for (const t of result.tables)
            print(
              `${t.same ? "ok  " : "FEL "} ${t.name.padEnd(32)} ${String(t.sourceRows).padStart(7)} → ${String(t.targetRows).padStart(7)}${t.same ? "" : `  kontrollsumma ${t.sourceChecksum.slice(0, 12)} ≠ ${t.targetChecksum.slice(0, 12)}`}`,
            );
        if (!result.verified) {
          process.stderr.write(
            `Fel: kontrollen efter flytten misslyckades för ${result.differing.join(", ")}. Använd inte måldatabasen; den inbäddade databasen i ${config.dataDir} är orörd.\n`,
          );
          return 1;
        }
        if (!ctx.json)
          print(
            `Flytten är klar och kontrollerad: ${result.tables.length} tabeller, ${result.rows} rader, samma antal rader och kontrollsummor i båda databaserna (${(ms / 1000).toFixed(1)} s).\n` +
              `Starta nu servern med DATABASE_URL=${redact(to)}. Den inbäddade databasen i ${config.dataDir} är orörd; spara den tills du har kontrollerat installationen.`,
          );
        return 0;
      } finally {
        await target.close();
      }
    } finally {
      await source.close();
    }
  });
}

const redact = redactDatabaseUrl;

function formatBytes(bytes: number): string {
  return bytes < 1024 * 1024 ? `${(bytes / 1024).toFixed(1)} kB` : `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}
