import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase } from "../../../test/db.js";
import type { Database } from "./client.js";
import { queryRows } from "./rows.js";

let database: Database;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(() => database.close());

describe("queries inside one transaction", () => {
  it("may run side by side (Promise.all) on either database: answered in order, no driver warning", async () => {
    const warnings: string[] = [];
    const onWarning = (w: Error) => warnings.push(`${w.name}: ${w.message}`);
    process.on("warning", onWarning);
    try {
      const results = await database.db.transaction((tx) =>
        Promise.all(
          Array.from({ length: 20 }, (_, i) =>
            queryRows<{ n: number }>(tx, sql`SELECT ${i}::int AS n, pg_sleep(0.001)`),
          ),
        ),
      );
      expect(results.map((rows) => rows[0]?.n)).toEqual(Array.from({ length: 20 }, (_, i) => i));
      await new Promise((resolve) => setImmediate(resolve));
      expect(warnings.filter((w) => w.includes("already executing a query"))).toEqual([]);
    } finally {
      process.off("warning", onWarning);
    }
  });
});
