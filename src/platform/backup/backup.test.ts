import { PGlite } from "@electric-sql/pglite";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { appOn } from "../../../test/app.js";
import { createEmptyPostgresDatabase, createTestDatabase } from "../../../test/db.js";
import { loadDemo } from "../../demo/load-demo.js";
import { ROUND_2026_PROMISE } from "../../demo/round-2026-ids.js";
import { insertAuditEvents } from "../audit/audit.repository.js";
import { type Database, openDatabase, wrapPglite } from "../db/client.js";
import { migrate, readMigrations } from "../db/migrate.js";
import { queryRows } from "../db/rows.js";
import { BackupError } from "./format.js";
import { moveDatabase } from "./move.js";
import { restoreBackup } from "./restore.js";
import { exportLines, withSnapshot } from "./snapshot.js";

/**
 * Backup → restore into the other kind of database, and move with its verification. On a
 * PostgreSQL run (DATABASE_URL) both directions are tested (PostgreSQL → PGlite and PGlite →
 * PostgreSQL); on a PGlite run, PGlite → a fresh PGlite (no PostgreSQL server is assumed there).
 */
const cleanups: (() => Promise<void>)[] = [];
afterAll(async () => {
  for (const cleanup of cleanups.reverse()) await cleanup();
});

async function freshPglite(): Promise<Database> {
  const database = wrapPglite(await PGlite.create(), "memory://backup-target");
  cleanups.push(() => database.close());
  return database;
}

/** An empty database (not migrated) of the given kind. */
async function emptyDatabase(kind: "pglite" | "postgres"): Promise<Database> {
  if (kind === "pglite") return freshPglite();
  const pg = await createEmptyPostgresDatabase();
  if (!pg) throw new Error("no PostgreSQL in this run");
  const database = await openDatabase({ kind: "postgres", url: pg.url });
  cleanups.push(async () => {
    await database.close();
    // pg's pool.end() resolves before its sockets have closed; the forced DROP would then kill
    // a closing connection and raise an error with no listener.
    await new Promise((resolve) => setTimeout(resolve, 500));
    await pg.drop();
  });
  return database;
}

/** A migrated database with the demo loaded. */
async function demoDatabase(kind: "pglite" | "postgres" | "run"): Promise<Database> {
  const database = kind === "run" ? await createTestDatabase() : await emptyDatabase(kind);
  if (kind === "run") cleanups.push(() => database.close());
  else await migrate(database);
  await loadDemo(database.db);
  return database;
}

async function backupLines(database: Database): Promise<string[]> {
  const lines: string[] = [];
  await withSnapshot(database.db, (tx) =>
    exportLines(tx, {
      source: database.kind,
      now: new Date("2026-11-29T12:00:00Z"),
      emit: (l) => void lines.push(l),
    }),
  );
  return lines;
}

async function* each(lines: string[]): AsyncGenerator<string> {
  yield* lines;
}

const PUBLIC_PATHS = [
  "/",
  "/linkoping/skaggetorp-2017",
  "/api/v1/promises",
  `/api/v1/promises/${ROUND_2026_PROMISE}`,
];

async function publicContent(database: Database): Promise<string[]> {
  const { app } = appOn(database);
  const { data } = (await (await app.request("/api/v1/promises")).json()) as { data: { id: string }[] };
  expect(data.length).toBeGreaterThan(0);
  const list = data;
  const paths = [...PUBLIC_PATHS, ...list.map((p) => `/api/v1/promises/${p.id}`)];
  const bodies: string[] = [];
  for (const path of paths) {
    const res = await app.request(path);
    bodies.push(`${path} ${res.status}\n${await res.text()}`);
  }
  return bodies;
}

async function rowCount(database: Database, table: string): Promise<number> {
  const [row] = await queryRows<{ n: number }>(
    database.db,
    sql`SELECT count(*)::int AS n FROM ${sql.identifier(table)}`,
  );
  return row?.n ?? 0;
}

const runKind = (await createEmptyPostgresDatabase().then(async (pg) => {
  await pg?.drop();
  return pg ? "postgres" : "pglite";
})) as "pglite" | "postgres";
const directions: ["pglite" | "postgres", "pglite" | "postgres"][] =
  runKind === "postgres"
    ? [
        ["postgres", "pglite"],
        ["pglite", "postgres"],
      ]
    : [["pglite", "pglite"]];

describe.each(directions)("backup of %s restored into %s", (from, to) => {
  let source: Database;
  let target: Database;
  let lines: string[];

  beforeAll(async () => {
    source = from === runKind ? await demoDatabase("run") : await demoDatabase(from);
    expect(source.kind).toBe(from);
    target = await emptyDatabase(to);
    lines = await backupLines(source);
  });

  it("writes a header with the migrations and every table in dependency order, and an end line", () => {
    const header = JSON.parse(lines[0] ?? "{}");
    expect(header).toMatchObject({ $: "header", format: "medborgarlofte-backup", version: 1, source: from });
    expect(header.migrations.map((m: { name: string }) => m.name)).toEqual(
      readMigrations().map((m) => m.name),
    );
    const names = header.tables.map((t: { name: string }) => t.name);
    expect(names).not.toContain("schema_migrations");
    expect(names.indexOf("partnerships")).toBeLessThan(names.indexOf("promises"));
    expect(names.indexOf("promises")).toBeLessThan(names.indexOf("commitments"));
    expect(JSON.parse(lines.at(-1) ?? "{}")).toMatchObject({ $: "end", tables: names.length });
  });

  it("is one snapshot: a write made while the backup runs is not in it, and is not refused", async () => {
    let write: Promise<void> | null = null;
    const during: string[] = [];
    await withSnapshot(source.db, (tx) =>
      exportLines(tx, {
        source: source.kind,
        now: new Date(),
        emit: (line) => {
          during.push(line);
          // On PostgreSQL this commits at once on another connection; on PGlite it waits for the snapshot to end.
          write ??= insertAuditEvents(source.db, [
            {
              actorKind: "system",
              actorId: null,
              actorLabel: "test",
              action: "test.during_backup",
              entityType: "test",
              entityId: "x",
            },
          ]);
        },
      }),
    );
    await write;
    expect(during.some((l) => l.includes("test.during_backup"))).toBe(false);
    const header = JSON.parse(during[0] ?? "{}") as { tables: { name: string; rows: number }[] };
    const audit = header.tables.find((t) => t.name === "audit_events");
    expect(await rowCount(source, "audit_events")).toBe((audit?.rows ?? 0) + 1);
    lines = await backupLines(source);
  });

  it("refuses a backup made with a migration this version does not have, and leaves the target untouched", async () => {
    const header = JSON.parse(lines[0] ?? "{}");
    header.migrations.push({ name: "0099_from_the_future", checksum: "x" });
    const refused = restoreBackup(target, each([JSON.stringify(header), ...lines.slice(1)]));
    await expect(refused).rejects.toThrow(BackupError);
    await expect(refused).rejects.toThrow(/0099_from_the_future/);
    const [exists] = await queryRows<{ present: boolean }>(
      target.db,
      sql`SELECT to_regclass('public.schema_migrations') IS NOT NULL AS present`,
    );
    expect(exists?.present).toBe(false);
  });

  it("refuses a backup whose migration differs from this version's", async () => {
    const header = JSON.parse(lines[0] ?? "{}");
    header.migrations[0].checksum = "edited";
    await expect(restoreBackup(target, each([JSON.stringify(header), ...lines.slice(1)]))).rejects.toThrow(
      /0000_init i säkerhetskopian skiljer sig/,
    );
  });

  it("loads nothing from a cut-off backup (all or nothing)", async () => {
    await expect(restoreBackup(target, each(lines.slice(0, -1)))).rejects.toThrow(/ofullständig/);
    expect(await rowCount(target, "partnerships")).toBe(0);
    expect(await rowCount(target, "audit_events")).toBe(0);
  });

  it("restores into the empty database: the public pages and the API answer the same", async () => {
    const result = await restoreBackup(target, each(lines));
    expect(result.rows).toBeGreaterThan(100);
    expect(result.migratedAfter).toEqual([]);
    const [before, after] = [await publicContent(source), await publicContent(target)];
    expect(after.length).toBeGreaterThanOrEqual(PUBLIC_PATHS.length);
    expect(after[0]).toMatch(/^\/ 200/);
    expect(after[1]).toContain("Skäggetorp");
    expect(after).toEqual(before);
  });

  it("sets the audit log's identity past the restored rows, so new events can be written", async () => {
    const restored = await rowCount(target, "audit_events");
    expect(restored).toBeGreaterThan(0);
    await insertAuditEvents(target.db, [
      {
        actorKind: "system",
        actorId: null,
        actorLabel: "test",
        action: "test.after_restore",
        entityType: "test",
        entityId: "x",
      },
    ]);
    expect(await rowCount(target, "audit_events")).toBe(restored + 1);
  });

  it("refuses to restore into a database that is not empty", async () => {
    await expect(restoreBackup(target, each(lines))).rejects.toThrow(/Måldatabasen är inte tom/);
  });
});

describe(`move from PGlite to ${runKind === "postgres" ? "PostgreSQL" : "a fresh PGlite"}`, () => {
  // The product moves PGlite to PostgreSQL; a PGlite run has no PostgreSQL, so it moves to PGlite.
  let source: Database;
  beforeAll(async () => {
    source = await demoDatabase(runKind === "pglite" ? "run" : "pglite");
    expect(source.kind).toBe("pglite");
  });

  it("copies every table and verifies row counts and checksums on both sides", async () => {
    const result = await moveDatabase(source, await emptyDatabase(runKind));
    expect(result.verified).toBe(true);
    expect(result.differing).toEqual([]);
    expect(result.tables.find((t) => t.name === "promises")?.targetRows).toBeGreaterThan(0);
    expect(result.rows).toBe(result.tables.reduce((s, t) => s + t.targetRows, 0));
  });

  it("does not verify a move when one row of the target differs", async () => {
    const result = await moveDatabase(source, await emptyDatabase(runKind), {
      afterCopy: async (moved) => {
        await moved.db.execute(
          sql`UPDATE promises SET title = jsonb_set(title, '{sv}', '"Ändrad efter kopieringen"') WHERE id = ${ROUND_2026_PROMISE}`,
        );
      },
    });
    expect(result.verified).toBe(false);
    expect(result.differing).toEqual(["promises"]);
    const promises = result.tables.find((t) => t.name === "promises");
    expect(promises?.sourceRows).toBe(promises?.targetRows);
    expect(promises?.sourceChecksum).not.toBe(promises?.targetChecksum);
  });

  it("refuses to move into a database that is not empty", async () => {
    await expect(moveDatabase(source, await demoDatabase("run"))).rejects.toThrow(/Måldatabasen är inte tom/);
  });
});

describe("a backup made by an older version", () => {
  it("restores into this version, then runs the migrations the backup did not have", async () => {
    const all = readMigrations();
    const older = await freshPglite();
    await migrate(older, all.slice(0, -1));
    const lines = await backupLines(older);
    const target = await freshPglite();
    const result = await restoreBackup(target, each(lines));
    expect(result.migratedAfter).toEqual([all.at(-1)?.name]);
    const [applied] = await queryRows<{ n: number }>(
      target.db,
      sql`SELECT count(*)::int AS n FROM schema_migrations`,
    );
    expect(applied?.n).toBe(all.length);
  });
});
