import { randomBytes } from "node:crypto";
import { readFileSync } from "node:fs";
import { PGlite } from "@electric-sql/pglite";
import pg from "pg";
import { inject } from "vitest";
import { type Database, openDatabase, wrapPglite } from "../src/platform/db/client.js";

/**
 * A fresh, migrated, empty database for one test file: a copy of the run's template, on
 * PostgreSQL when DATABASE_URL is set, otherwise on PGlite in memory. Close it in afterAll.
 *
 * @example
 * let database: Database;
 * beforeAll(async () => { database = await createTestDatabase(); });
 * afterAll(() => database.close());
 */
export async function createTestDatabase(): Promise<Database> {
  const templateUrl = inject("pgTemplateUrl");
  if (templateUrl) return listening(await copyPostgresTemplate(templateUrl));
  const path = inject("pgliteTemplatePath");
  if (!path) throw new Error("test/global-setup.ts did not prepare a template");
  const client = await PGlite.create({ loadDataDir: new Blob([readFileSync(path)]) });
  return listening(wrapPglite(client, "memory://test"));
}

const publicChangeListeners = new WeakMap<object, Set<() => void>>();

/**
 * Listens for `public_changed` on a test database, as the server does, so that apps made on it
 * (test/app.ts) drop their published snapshot when something public changes.
 */
async function listening(database: Database): Promise<Database> {
  const listeners = new Set<() => void>();
  const stop = await database.listen("public_changed", () => {
    for (const listener of listeners) listener();
  });
  const wrapped: Database = {
    ...database,
    async close() {
      await stop();
      await database.close();
    },
  };
  publicChangeListeners.set(wrapped.db, listeners);
  return wrapped;
}

/** Calls `listener` when a committed change reaches public pages (null: not a test database). */
export function onPublicChange(database: Database, listener: () => void): boolean {
  const listeners = publicChangeListeners.get(database.db);
  listeners?.add(listener);
  return listeners !== undefined;
}

async function copyPostgresTemplate(templateUrl: string): Promise<Database> {
  const template = new URL(templateUrl);
  const templateName = template.pathname.slice(1);
  const name = `mbl_t_${process.ppid}_${randomBytes(4).toString("hex")}`;
  const adminUrl = new URL(templateUrl);
  adminUrl.pathname = "/postgres";
  const admin = new pg.Client({ connectionString: adminUrl.toString() });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name} TEMPLATE ${templateName}`);
  const url = new URL(templateUrl);
  url.pathname = `/${name}`;
  const database = await openDatabase({ kind: "postgres", url: url.toString() });
  return {
    ...database,
    async close() {
      await database.close();
      await admin.query(`DROP DATABASE IF EXISTS ${name}`);
      await admin.end();
    },
  };
}

/**
 * On PostgreSQL runs (DATABASE_URL set): a new, empty database for a child process to use, and a
 * way to drop it. On PGlite runs: null (child processes use a data directory instead).
 */
export async function createEmptyPostgresDatabase(): Promise<{ url: string; drop(): Promise<void> } | null> {
  const templateUrl = inject("pgTemplateUrl");
  if (!templateUrl) return null;
  const name = `mbl_t_${process.ppid}_${randomBytes(4).toString("hex")}`;
  const adminUrl = new URL(templateUrl);
  adminUrl.pathname = "/postgres";
  const admin = new pg.Client({ connectionString: adminUrl.toString() });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  const url = new URL(templateUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    async drop() {
      await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await admin.end();
    },
  };
}
