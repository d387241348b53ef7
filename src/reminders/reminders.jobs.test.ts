import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase } from "../../test/db.js";
import { prepareReminderScenario } from "../../test/factories/reminder-scenario.js";
import { tickOn } from "../../test/jobs.js";
import { principal } from "../../test/principals.js";
import { DEMO_PARTNERSHIP_ID, loadDemo } from "../demo/load-demo.js";
import { COMMITMENT, PERIOD, PROMISE } from "../demo/skaggetorp-2017-ids.js";
import { getPeriodOverview } from "../followups/get-period-overview.js";
import type { Database } from "../platform/db/client.js";
import { queryRows } from "../platform/db/rows.js";
import { listJobsByKeyPrefix } from "../platform/jobs/jobs.repository.js";
import { listSentReminders } from "./reminders.repository.js";

let database: Database;
beforeAll(async () => {
  database = await createTestDatabase();
  await loadDemo(database.db);
  await prepareReminderScenario(database.db, 3);
});
afterAll(() => database?.close());

interface Mail {
  to: string;
  kind: string;
  subject: string;
  body: string;
  sentAt: Date | null;
}
const mails = (kind?: string) =>
  queryRows<Mail>(
    database.db,
    sql`SELECT to_address AS "to", kind, subject, body_text AS body, sent_at AS "sentAt" FROM outbox
        WHERE ${kind ?? null}::text IS NULL OR kind = ${kind ?? null} ORDER BY kind, to_address`,
  );
const recipients = async (kind: string) => (await mails(kind)).map((m) => m.to);

// 2017-T3 ends 2017-12-31; its deadline is 14 days later, 2018-01-14; reminders 7 days before.
describe("reminder jobs for 2017-T3 (deadline 2018-01-14)", () => {
  it("sends nothing eight days before the deadline", async () => {
    await tickOn(database.db, "2018-01-06");
    expect(await mails()).toEqual([]);
  });

  it("reminds each responsible reporter seven days before, listing the points not yet submitted", async () => {
    await tickOn(database.db, "2018-01-07");
    expect(await recipients("reminder.before_deadline")).toEqual([
      "kommun@example.se",
      "kommunpolis@example.se",
      "kultur@example.se",
      "polis@example.se",
    ]);
    const [kommun] = (await mails("reminder.before_deadline")).filter((m) => m.to === "kommun@example.se");
    expect(kommun?.subject).toBe("Påminnelse: lämna uppföljningen för tertial 3 2017 senast 14 januari 2018");
    expect(kommun?.body).toContain("Hej Maja Kommun!");
    expect(kommun?.body).toContain(
      "– Medborgarlöfte 2017 för Skäggetorp, punkt 1: Kommunen och polisen ska utveckla samverkan med civilsamhället och övriga aktörer.\n",
    );
    for (const n of [1, 3, 4, 5] as const) {
      expect(kommun?.body).toContain(
        `  https://mbl.example.se/arbete/linkoping/punkter/${COMMITMENT[n]}/2017-T3`,
      );
    }
    for (const n of [2, 6, 7, 8] as const) expect(kommun?.body).not.toContain(COMMITMENT[n]);
    const [kultur] = (await mails("reminder.before_deadline")).filter((m) => m.to === "kultur@example.se");
    // A unit reporter hears only about the points of their units.
    expect(kultur?.body).toContain(COMMITMENT[5]);
    expect(kultur?.body).not.toContain(COMMITMENT[1]);
    expect(kultur?.body).not.toContain(COMMITMENT[4]);
    const [kommunpolis] = (await mails("reminder.before_deadline")).filter(
      (m) => m.to === "kommunpolis@example.se",
    );
    for (const n of [1, 3, 7] as const) expect(kommunpolis?.body).toContain(COMMITMENT[n]);
    expect(kommunpolis?.body).not.toContain(COMMITMENT[5]);
  });

  it("sends each reminder once: the same day again and the following days change nothing", async () => {
    await tickOn(database.db, "2018-01-07");
    await tickOn(database.db, "2018-01-07T20:00:00Z");
    await tickOn(database.db, "2018-01-10");
    await tickOn(database.db, "2018-01-14");
    expect(await mails()).toHaveLength(4);
    const jobs = await listJobsByKeyPrefix(database.db, `reminder:${PERIOD[3]}:`);
    expect(jobs.map((j) => [j.uniqueKey, j.state])).toEqual([
      [`reminder:${PERIOD[3]}:before_deadline:2018-01-07`, "done"],
    ]);
  });

  it("the day after the deadline tells the late reporters and the coordinator, once", async () => {
    await tickOn(database.db, "2018-01-15");
    await tickOn(database.db, "2018-01-15");
    await tickOn(database.db, "2018-01-16");
    expect(await recipients("reminder.overdue")).toEqual([
      "kommun@example.se",
      "kommunpolis@example.se",
      "kultur@example.se",
      "polis@example.se",
    ]);
    const [overdue] = await mails("reminder.overdue");
    expect(overdue?.subject).toBe(
      "Försenad: uppföljningen för tertial 3 2017 skulle ha lämnats 14 januari 2018",
    );
    const coordinator = await mails("reminder.coordinator_overdue");
    expect(coordinator.map((m) => m.to)).toEqual(["samordnare@example.se"]);
    const body = coordinator[0]?.body ?? "";
    expect(body).toContain(
      `Ansvarig: Polismyndigheten LPO Linköping. Rapportör: Kerstin Kommunpolis, Per Polis.\n  https://mbl.example.se/arbete/linkoping/punkter/${COMMITMENT[7]}/2017-T3`,
    );
    expect(body).toContain("Ansvarig: Linköpings kommun, Polismyndigheten LPO Linköping.");
    expect(body).toMatch(/punkt 5: .*\n  Ansvarig: Linköpings kommun\. Rapportör: .*Kim Kultur/);
    for (const n of [1, 3, 4, 5, 7] as const) expect(body).toContain(COMMITMENT[n]);
    for (const n of [2, 6, 8] as const) expect(body).not.toContain(COMMITMENT[n]);
    expect(await mails()).toHaveLength(9);
  });

  it("never writes to administrators, disabled accounts or parties that only contribute", async () => {
    const all = (await mails()).map((m) => m.to);
    expect(all).not.toContain("admin@example.se");
    expect(all).not.toContain("avstangd@example.se");
    expect(all).not.toContain("fastighet@example.se");
  });

  it("records each reminder round in the audit log, for the period overview", async () => {
    const sent = await listSentReminders(database.db, PERIOD[3]);
    // the two rounds of the day after the deadline may run in either order
    expect(sent.map((r) => [r.kind, r.dueOn, r.recipients.length]).sort()).toEqual([
      ["before_deadline", "2018-01-07", 4],
      ["coordinator_overdue", "2018-01-15", 1],
      ["overdue", "2018-01-15", 4],
    ]);
    expect(sent.find((r) => r.kind === "coordinator_overdue")?.recipients).toEqual(["samordnare@example.se"]);
    expect(sent[0]?.at).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/);
  });

  it("shows the reminders sent in the coordinator's period overview", async () => {
    const overview = await getPeriodOverview({
      db: database.db,
      viewer: principal("coordinator"),
      partnershipId: DEMO_PARTNERSHIP_ID,
      period: "2017-T3",
    });
    expect(overview.remindersSent.map((r) => r.kind).sort()).toEqual([
      "before_deadline",
      "coordinator_overdue",
      "overdue",
    ]);
  });
});

describe("periods and promises without reminders", () => {
  // 2017-T2: deadline 2017-09-14, reminder due 2017-09-07. 2017-T1: deadline 2017-05-14.
  it("sends nothing for a closed period", async () => {
    await prepareReminderScenario(database.db, 2);
    await database.db.execute(sql`UPDATE reporting_periods SET closed_at = now() WHERE id = ${PERIOD[2]}`);
    await tickOn(database.db, "2017-09-07");
    expect(await mails()).toHaveLength(9);
  });

  it("sends nothing for a promise that is not being followed up", async () => {
    await prepareReminderScenario(database.db, 1);
    await database.db.execute(sql`UPDATE promises SET status = 'reported_back' WHERE id = ${PROMISE}`);
    await tickOn(database.db, "2017-05-07");
    await tickOn(database.db, "2017-05-15");
    expect(await mails()).toHaveLength(9);
  });

  it("sends a missed reminder late, until the deadline, when the period is reopened", async () => {
    await database.db.execute(sql`UPDATE promises SET status = 'following_up' WHERE id = ${PROMISE}`);
    await database.db.execute(sql`UPDATE reporting_periods SET closed_at = NULL WHERE id = ${PERIOD[2]}`);
    await tickOn(database.db, "2017-09-09");
    expect(await recipients("reminder.before_deadline")).toHaveLength(8);
    expect(await mails()).toHaveLength(13);
    const keys = (await listJobsByKeyPrefix(database.db, `reminder:${PERIOD[2]}:`)).map((j) => j.uniqueKey);
    expect(keys).toEqual([`reminder:${PERIOD[2]}:before_deadline:2017-09-07`]);
  });
});
