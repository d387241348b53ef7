import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase } from "../../test/db.js";
import { loadDemo } from "../demo/load-demo.js";
import { ROUND_2026_FOLLOW_UP as FU, ROUND_2026_PROMISE } from "../demo/round-2026-ids.js";
import type { Database } from "../platform/db/client.js";
import { readPublicUpdatesSince } from "./public-updates.js";

/** What became public (for mail to followers): approved results of public promises only. */
let database: Database;
beforeAll(async () => {
  database = await createTestDatabase();
  await loadDemo(database.db);
});
afterAll(() => database?.close());

const EPOCH = new Date(0);
const periodsOf = async (promiseId: string) =>
  (await readPublicUpdatesSince(database.db, EPOCH))
    .filter((u) => u.kind === "period" && u.promiseId === promiseId)
    .map((u) => (u.kind === "period" ? `${u.periodCode}:${u.approvedCount}` : ""));

describe("readPublicUpdatesSince", () => {
  it("lists approved results per public promise and period, never submitted, returned or draft ones", async () => {
    expect(await periodsOf(ROUND_2026_PROMISE)).toEqual(["2026-T1:5", "2026-T2:5"]);
    const [update] = (await readPublicUpdatesSince(database.db, EPOCH)).filter(
      (u) => u.promiseId === ROUND_2026_PROMISE,
    );
    expect(update?.path).toBe("/linkoping/skaggetorp-2026");
    expect(update?.areaIds).toHaveLength(1);
  });

  it("lists only what was approved after `since`", async () => {
    await database.db.execute(
      sql`update follow_ups set state = 'approved', approved_at = now() where id = ${FU.t3Submitted}`,
    );
    const recent = await readPublicUpdatesSince(database.db, new Date(Date.now() - 60_000));
    expect(recent.map((u) => (u.kind === "period" ? u.periodCode : u.kind))).toEqual(["2026-T3"]);
  });

  it("lists nothing of a promise that is not public", async () => {
    await database.db.execute(sql`update promises set status = 'draft' where id = ${ROUND_2026_PROMISE}`);
    expect(await periodsOf(ROUND_2026_PROMISE)).toEqual([]);
  });

  it("lists a report-back edition once published, and not once replaced", async () => {
    const reports = async () =>
      (await readPublicUpdatesSince(database.db, EPOCH)).filter((u) => u.kind === "report");
    expect(await reports()).toEqual([]);
    await database.db.execute(
      sql`update report_backs set status = 'published', updated_at = now()
          where id = (select id from report_backs order by created_at limit 1)`,
    );
    const [report] = await reports();
    expect(report?.path).toBe("/linkoping/skaggetorp-2017/aterrapportering");
    await database.db.execute(sql`update report_backs set replaced_at = now() where status = 'published'`);
    expect(await reports()).toEqual([]);
  });
});
