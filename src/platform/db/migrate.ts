import { createHash } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { sql } from "drizzle-orm";
import type { Database } from "./client.js";
import { queryRows } from "./rows.js";

/** Committed SQL migrations, applied in name order, each in its own transaction. */
export const MIGRATIONS_DIR = fileURLToPath(new URL("../../../migrations/", import.meta.url));

const MIGRATION_LOCK_KEY = 4_242_017;

export interface Migration {
  name: string;
  checksum: string;
  script: string;
}

export class MigrationError extends Error {
  override name = "MigrationError";
  constructor(
    readonly migration: string,
    readonly reason: string,
  ) {
    super(`Migreringen ${migration} misslyckades: ${reason}. Databasen är oförändrad av den migreringen.`);
  }
}

export function readMigrations(dir = MIGRATIONS_DIR): Migration[] {
  return readdirSync(dir)
    .filter((f) => /^\d{4}_[a-z0-9_]+\.sql$/.test(f))
    .sort()
    .map((file) => {
      const script = readFileSync(`${dir}/${file}`, "utf8");
      return {
        name: file.replace(/\.sql$/, ""),
        checksum: createHash("sha256").update(script).digest("hex"),
        script,
      };
    });
}

export interface MigrationResult {
  applied: string[];
  current: string | null;
}

/**
 * Applies pending migrations. Each runs in one transaction with its bookkeeping row, so a failing
 * migration leaves the database exactly as the previous one left it. Refuses to run when a
 * migration already applied has been edited since (migrations are never edited after landing).
 */
export async function migrate(database: Database, migrations = readMigrations()): Promise<MigrationResult> {
  // The common case (every command, every start): nothing to apply. Checked read-only, without the
  // lock and the DDL, so a command on an up-to-date database writes nothing (issue 12.8).
  const current = await currentIfUpToDate(database, migrations);
  if (current !== undefined) return { applied: [], current };
  return database.withExclusiveLock(MIGRATION_LOCK_KEY, async () => {
    await database.execScript(
      `CREATE TABLE IF NOT EXISTS schema_migrations (
         name text PRIMARY KEY,
         checksum text NOT NULL,
         applied_at timestamptz NOT NULL DEFAULT now()
       )`,
    );
    const done = await appliedMigrations(database);
    const applied: string[] = [];
    for (const migration of migrations) {
      const previous = done.get(migration.name);
      if (previous !== undefined) {
        if (previous !== migration.checksum) {
          throw new MigrationError(migration.name, "filen har ändrats efter att migreringen kördes");
        }
        continue;
      }
      try {
        await database.execScript(migration.script, {
          sql: "INSERT INTO schema_migrations (name, checksum) VALUES ($1, $2)",
          params: [migration.name, migration.checksum],
        });
      } catch (error) {
        throw new MigrationError(migration.name, error instanceof Error ? error.message : String(error));
      }
      applied.push(migration.name);
    }
    const all = [...done.keys(), ...applied].sort();
    return { applied, current: all.at(-1) ?? null };
  });
}

/**
 * The newest migration's name when every migration is applied with its checksum; undefined when
 * something is to be done (or to be refused: the locked path checks and explains).
 */
async function currentIfUpToDate(
  database: Database,
  migrations: Migration[],
): Promise<string | null | undefined> {
  const [table] = await queryRows<{ present: boolean }>(
    database.db,
    sql`SELECT to_regclass('schema_migrations') IS NOT NULL AS present`,
  );
  if (!table?.present) return undefined;
  const done = await appliedMigrations(database);
  const pending = migrations.some((m) => done.get(m.name) !== m.checksum);
  return pending || done.size !== migrations.length ? undefined : (migrations.at(-1)?.name ?? null);
}

/** Applied migrations by name → checksum. */
export async function appliedMigrations(database: Database): Promise<Map<string, string>> {
  const rows = await queryRows<{ name: string; checksum: string }>(
    database.db,
    sql`SELECT name, checksum FROM schema_migrations ORDER BY name`,
  );
  return new Map(rows.map((r) => [r.name, r.checksum]));
}
