import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase } from "../../test/db.js";
import { loadDemo } from "../demo/load-demo.js";
import { ROUND_2026_PROMISE } from "../demo/round-2026-ids.js";
import { synthesize } from "../demo/synth.js";
import type { Database } from "../platform/db/client.js";
import { queryRows } from "../platform/db/rows.js";
import { readPromiseModel, readPublicPromiseModels } from "./promise-model.js";

/**
 * Open data reads every public promise of the country in batches; each promise's model must be
 * exactly the one the promise page reads alone, and a promise that is not public stays out.
 */
let database: Database;
let ids: string[];
beforeAll(async () => {
  database = await createTestDatabase();
  await loadDemo(database.db);
  await synthesize(database.db, { partnerships: 27, years: 10, now: new Date("2026-11-20T12:00:00Z") });
  // More than one batch (250), and one promise made a draft (not public) in the middle.
  await database.db.execute(sql`update promises set status = 'draft' where id = ${ROUND_2026_PROMISE}`);
  ids = (await queryRows<{ id: string }>(database.db, sql`select id from promises order by ref desc`)).map(
    (r) => r.id,
  );
}, 180_000);
afterAll(() => database.close());

describe("readPublicPromiseModels", () => {
  it("reads more than one batch, in the order asked, leaving out what is not public", async () => {
    expect(ids.length).toBeGreaterThan(250);
    const batched = await readPublicPromiseModels(database.db, ids);
    const alone = [];
    for (const id of ids) {
      const model = await readPromiseModel(database.db, { id }, { audience: "public" });
      if (model) alone.push(model);
    }
    expect(alone.length).toBeLessThan(ids.length);
    expect(alone.length).toBeGreaterThan(250);
    expect(batched.map((m) => m.promise.id)).not.toContain(ROUND_2026_PROMISE);
    expect(batched).toEqual(alone);
    // Real content compared, not empty shells.
    expect(batched.some((m) => m.followUps.length > 0 && m.promise.commitments.length > 0)).toBe(true);
  }, 120_000);
});
