import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase } from "../../test/db.js";
import { prepareReminderScenario } from "../../test/factories/reminder-scenario.js";
import { tickOn } from "../../test/jobs.js";
import { loadDemo } from "../demo/load-demo.js";
import { PERIOD } from "../demo/skaggetorp-2017-ids.js";
import type { Database } from "../platform/db/client.js";
import { queryRows } from "../platform/db/rows.js";

let database: Database;
beforeAll(async () => {
  database = await createTestDatabase();
  await loadDemo(database.db);
  await prepareReminderScenario(database.db, 3);
  // The partnership reminds 7 days before; this period only 3 days before its deadline 2018-01-14.
  await database.db.execute(
    sql`UPDATE reporting_periods SET reminder_days_before = 3 WHERE id = ${PERIOD[3]}`,
  );
});
afterAll(() => database?.close());

const beforeDeadline = () =>
  queryRows<{ subject: string }>(
    database.db,
    sql`SELECT subject FROM outbox WHERE kind = 'reminder.before_deadline'`,
  );

describe("a period's own reminder days", () => {
  it("replace the partnership's: nothing 7 days before, the reminder 3 days before, named in words", async () => {
    await tickOn(database.db, "2018-01-07");
    expect(await beforeDeadline()).toEqual([]);
    await tickOn(database.db, "2018-01-11");
    const sent = await beforeDeadline();
    expect(sent.length).toBeGreaterThan(0);
    expect(sent[0]?.subject).toBe(
      "Påminnelse: lämna uppföljningen för tertial 3 2017 senast 14 januari 2018",
    );
  });
});
