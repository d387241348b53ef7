import { join } from "node:path";
import { PGlite } from "@electric-sql/pglite";
import type { ExtractTablesWithRelations } from "drizzle-orm";
import type { PgDatabase, PgQueryResultHKT, PgTransaction } from "drizzle-orm/pg-core";
import { drizzle as drizzlePglite } from "drizzle-orm/pglite";
import type pg from "pg";
import type { DatabaseConfig } from "../config.js";
import { describeConnection, parseDatabaseUrl } from "./connection-string.js";
import { acquireDataDirLock, type DataDirLock } from "./lock.js";

/** Repositories build queries from the tables they import; the instance carries no schema (no relational queries). */
export type Schema = Record<string, never>;
/** The Drizzle instance every repository receives; the same type on PGlite and PostgreSQL. */
export type Db = PgDatabase<PgQueryResultHKT, Schema>;
export type Tx = PgTransaction<PgQueryResultHKT, Schema, ExtractTablesWithRelations<Schema>>;
/** Either the database or an open transaction: repositories accept both. */
export type Executor = Db | Tx;

/** An open database with the few raw operations that Drizzle does not cover. */
export interface Database {
  kind: "pglite" | "postgres";
  /** Where the data lives, for messages: a directory or host/database. */
  location: string;
  db: Db;
  /** Runs a multi-statement SQL script in one transaction, then `after` in the same transaction. */
  execScript(script: string, after?: { sql: string; params: unknown[] }): Promise<void>;
  /** Runs `fn` while holding a database-wide advisory lock (other processes wait). */
  withExclusiveLock<T>(key: number, fn: () => Promise<T>): Promise<T>;
  /**
   * Calls `onNotify` for every NOTIFY on `channel` (PostgreSQL: on a dedicated connection, which
   * reconnects; `onNotify` is called after every (re)connection too, since notifications may have
   * been missed meanwhile). Resolves when listening; returns a function that stops.
   */
  listen(channel: string, onNotify: () => void): Promise<() => Promise<void>>;
  close(): Promise<void>;
}

/** Opens PGlite (taking the data-directory lock) or a PostgreSQL pool. */
export async function openDatabase(config: DatabaseConfig): Promise<Database> {
  return config.kind === "pglite" ? openPglite(config.dataDir) : openPostgres(config.url);
}

/** Opens PGlite on an already prepared instance (tests load a migrated template). */
export function wrapPglite(client: PGlite, location: string, lock?: DataDirLock): Database {
  const db = drizzlePglite(client) as unknown as Db;
  return {
    kind: "pglite",
    location,
    db,
    async execScript(script, after) {
      await client.transaction(async (tx) => {
        await tx.exec(script);
        if (after) await tx.query(after.sql, after.params);
      });
    },
    // PGlite is single-connection and this process holds the directory lock: already exclusive.
    withExclusiveLock: (_key, fn) => fn(),
    // PGlite delivers a notification to its own listeners when the notifying transaction commits.
    listen: (channel, onNotify) => client.listen(channel, () => onNotify()),
    async close() {
      try {
        if (!client.closed) await client.close();
      } finally {
        lock?.release();
      }
    },
  };
}

async function openPglite(dataDir: string): Promise<Database> {
  const lock = acquireDataDirLock(dataDir);
  try {
    const client = await PGlite.create(join(dataDir, "pg"));
    return wrapPglite(client, dataDir, lock);
  } catch (error) {
    lock.release();
    throw error;
  }
}

async function openPostgres(url: string): Promise<Database> {
  // DATABASE_URL in any of libpq's forms (see connection-string.ts), not only a URL pg understands.
  const target = parseDatabaseUrl(url);
  // The PostgreSQL driver loads only when PostgreSQL is used (an embedded installation never does).
  const [{ default: pgModule }, { drizzle: drizzlePg }] = await Promise.all([
    import("pg"),
    import("drizzle-orm/node-postgres"),
  ]);
  const connection = {
    host: target.host,
    port: target.port,
    database: target.database,
    user: target.user,
    password: target.password,
    ssl: target.ssl,
    application_name: target.applicationName,
    connectionTimeoutMillis: target.connectTimeoutSeconds ? target.connectTimeoutSeconds * 1000 : undefined,
  };
  const pool = new pgModule.Pool({ ...connection, max: 10 });
  pool.on("connect", serializeQueries);
  // Fail fast with a clear error if the server is unreachable.
  const probe = await pool.connect();
  probe.release();
  const db = drizzlePg(pool) as unknown as Db;
  return {
    kind: "postgres",
    location: describeConnection(target),
    db,
    async execScript(script, after) {
      const client = await pool.connect();
      try {
        await client.query("BEGIN");
        await client.query(script);
        if (after) await client.query(after.sql, after.params);
        await client.query("COMMIT");
      } catch (error) {
        await client.query("ROLLBACK");
        throw error;
      } finally {
        client.release();
      }
    },
    async withExclusiveLock(key, fn) {
      const client = await pool.connect();
      try {
        await client.query("SELECT pg_advisory_lock($1)", [key]);
        return await fn();
      } finally {
        await client.query("SELECT pg_advisory_unlock($1)", [key]).catch(() => undefined);
        client.release();
      }
    },
    listen: (channel, onNotify) =>
      listenPostgres(() => new pgModule.Client({ ...connection, keepAlive: true }), channel, onNotify),
    close: () => pool.end(),
  };
}

/** LISTEN on a connection of its own, reconnecting (after a second) when it is lost. */
async function listenPostgres(newClient: () => pg.Client, channel: string, onNotify: () => void) {
  let stopped = false;
  let client: pg.Client | null = null;
  let retry: NodeJS.Timeout | undefined;
  const connect = async (first: boolean) => {
    const next = newClient();
    next.on("notification", (message) => {
      if (message.channel === channel) onNotify();
    });
    const lost = () => {
      if (client !== next) return;
      client = null;
      next.end().catch(() => undefined);
      if (!stopped) retry = setTimeout(() => void connect(false), 1000);
    };
    next.on("error", lost);
    next.on("end", lost);
    client = next;
    try {
      await next.connect();
      await next.query(`LISTEN "${channel.replaceAll('"', '""')}"`);
    } catch (error) {
      if (first) throw error;
      lost();
      return;
    }
    onNotify();
  };
  await connect(true);
  return async () => {
    stopped = true;
    clearTimeout(retry);
    const current = client;
    client = null;
    await current?.end().catch(() => undefined);
  };
}

/**
 * A transaction holds one connection, and a connection runs one query at a time. PGlite is
 * single-connection anyway; on PostgreSQL we queue a client's promise-style queries ourselves, so
 * that a service may `Promise.all` several queries inside a transaction on either database
 * (pg 8 queues them with a deprecation warning; pg 9 will refuse). Callback and submittable forms,
 * which the pool itself uses, pass straight through.
 */
function serializeQueries(client: pg.PoolClient): void {
  const query = client.query.bind(client) as (...args: unknown[]) => unknown;
  let tail: Promise<unknown> = Promise.resolve();
  client.query = ((...args: unknown[]) => {
    const first = args[0] as { submit?: unknown } | undefined;
    if (typeof args.at(-1) === "function" || typeof first?.submit === "function") return query(...args);
    const run = tail.then(() => query(...args));
    tail = run.catch(() => undefined);
    return run;
  }) as typeof client.query;
}
