import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase } from "../../test/db.js";
import { accounts, roleGrants } from "../accounts/accounts.schema.js";
import { verifyPassword } from "../accounts/password.js";
import type { Database } from "../platform/db/client.js";
import { demoMarkers } from "../platform/markers/markers.schema.js";
import { ROLES } from "../platform/viewer.js";
import { DEMO_ACCOUNTS, DEMO_PASSWORD, DEMO_SYSTEM_ADMINISTRATOR } from "./accounts.js";
import { loadDemo } from "./load-demo.js";

let database: Database;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(() => database.close());

describe("demo accounts", () => {
  it("exist only once the demo is loaded: one per role and the system administrator, one shared hash of the published password, all marked", async () => {
    const db = database.db;
    expect(await db.select().from(accounts)).toEqual([]);
    await loadDemo(db);
    const rows = await db.select().from(accounts);
    expect(rows.map((r) => r.email).sort()).toEqual(
      [...Object.values(DEMO_ACCOUNTS).map((a) => a.email), DEMO_SYSTEM_ADMINISTRATOR.email].sort(),
    );
    expect(rows.filter((r) => r.systemAdministrator).map((r) => r.email)).toEqual([
      DEMO_SYSTEM_ADMINISTRATOR.email,
    ]);
    expect(new Set(rows.map((r) => r.passwordHash)).size).toBe(1); // hashed once per load
    expect(await verifyPassword(DEMO_PASSWORD, rows[0]?.passwordHash ?? "")).toBe(true);
    expect(rows.every((r) => !r.mustChangePassword)).toBe(true);
    const roles = (await db.select().from(roleGrants)).map((g) => g.role).sort();
    // One demo account per role.
    expect(new Set(roles)).toEqual(new Set(ROLES));
    for (const a of rows) {
      const marked = await db
        .select()
        .from(demoMarkers)
        .where(and(eq(demoMarkers.tableName, "accounts"), eq(demoMarkers.rowId, a.id)));
      const fields = ["email", "name", "password_hash"];
      if (a.systemAdministrator) fields.push("system_administrator");
      expect(marked.map((m) => m.field).sort()).toEqual(fields.sort());
    }
    expect((await loadDemo(db)).loaded).toBe(false);
    expect(await db.select().from(accounts)).toHaveLength(rows.length);
  });
});
