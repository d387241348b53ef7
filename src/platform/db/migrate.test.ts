import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase } from "../../../test/db.js";
import type { Database } from "./client.js";
import { databaseErrorOf } from "./db-error.js";
import { appliedMigrations, type Migration, MigrationError, migrate, readMigrations } from "./migrate.js";
import { queryRows } from "./rows.js";

let database: Database;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(() => database.close());

const tableExists = async (name: string) =>
  (
    await queryRows<{ n: number }>(
      database.db,
      sql`SELECT count(*)::int AS n FROM pg_tables WHERE tablename = ${name}`,
    )
  )[0]?.n === 1;

describe("migrate", () => {
  it("has applied every committed migration to the test database", async () => {
    const applied = await appliedMigrations(database);
    expect([...applied.keys()]).toEqual(readMigrations().map((m) => m.name));
    expect(await tableExists("commitments")).toBe(true);
  });

  it("is a no-op when nothing is pending", async () => {
    expect(await migrate(database)).toEqual({ applied: [], current: readMigrations().at(-1)?.name });
  });

  it("leaves the database as it was when a migration fails, and names the migration", async () => {
    const broken: Migration = {
      name: "9998_broken",
      checksum: "x",
      script:
        "CREATE TABLE half_done (id int);\n--> statement-breakpoint\nSELECT no_such_column FROM half_done;",
    };
    const before = await appliedMigrations(database);
    const error = await migrate(database, [...readMigrations(), broken]).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(MigrationError);
    expect((error as MigrationError).migration).toBe("9998_broken");
    expect((error as MigrationError).message).toMatch(/9998_broken.*no_such_column/);
    expect(await tableExists("half_done")).toBe(false);
    expect(await appliedMigrations(database)).toEqual(before);
  });

  it("refuses to run when an applied migration was edited afterwards", async () => {
    const edited = readMigrations().map((m, i) => (i === 0 ? { ...m, checksum: "edited" } : m));
    await expect(migrate(database, edited)).rejects.toThrow(/0000_init.*ändrats/);
  });

  it("keeps the audit log append-only", async () => {
    await database.db.execute(
      sql`INSERT INTO audit_events (actor_kind, actor_label, action, entity_type) VALUES ('system', 't', 'x', 'y')`,
    );
    for (const change of [sql`UPDATE audit_events SET action = 'z'`, sql`DELETE FROM audit_events`]) {
      const error = await database.db.execute(change).catch((e: unknown) => e);
      expect(databaseErrorOf(error)?.message).toMatch(/append-only/);
    }
  });
});
