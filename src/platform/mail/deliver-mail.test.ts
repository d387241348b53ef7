import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase } from "../../../test/db.js";
import { prepareReminderScenario } from "../../../test/factories/reminder-scenario.js";
import { testJobDeps, tickOn } from "../../../test/jobs.js";
import { loadDemo } from "../../demo/load-demo.js";
import type { Database } from "../db/client.js";
import { queryRows } from "../db/rows.js";
import { listJobsByKeyPrefix } from "../jobs/jobs.repository.js";
import { queueMail } from "./queue-mail.js";
import type { MailTransport, OutgoingMail } from "./transport.js";

let database: Database;
beforeAll(async () => {
  database = await createTestDatabase();
  await loadDemo(database.db);
  await prepareReminderScenario(database.db, 3);
});
afterAll(() => database?.close());

const SMTP = {
  SMTP_URL: "smtp://user:secret@mail.example.se:587",
  MAIL_FROM: "noreply@linkoping.example.se",
};

/** A transport that records what it is given, or fails while `down` is true. */
function fakeTransport() {
  const sent: OutgoingMail[] = [];
  const state = { down: false };
  const transport: MailTransport = {
    async send(mail) {
      if (state.down) throw new Error("421 mail.example.se: tjänsten är inte tillgänglig");
      sent.push(mail);
    },
  };
  return { sent, state, transport };
}

const outbox = () =>
  queryRows<{ to: string; sentAt: Date | null; error: string | null }>(
    database.db,
    sql`SELECT to_address AS "to", sent_at AS "sentAt", error FROM outbox ORDER BY to_address`,
  );

describe("SMTP provider", () => {
  it("keeps a mail in the outbox with its error and retries when the SMTP server fails", async () => {
    const fake = fakeTransport();
    fake.state.down = true;
    await tickOn(database.db, "2018-01-07T06:00:00Z", { env: SMTP, transport: fake.transport });
    const rows = await outbox();
    expect(rows).toHaveLength(4);
    for (const row of rows) {
      expect(row.sentAt).toBeNull();
      expect(row.error).toContain("421");
    }
    const deliveries = await listJobsByKeyPrefix(database.db, "mail:deliver:");
    expect(deliveries.map((j) => [j.state, j.attempts])).toEqual(Array(4).fill(["pending", 1]));
    expect(fake.sent).toEqual([]);
  });

  it("delivers each outbox mail once over SMTP and records sent_at", async () => {
    const fake = fakeTransport();
    await tickOn(database.db, "2018-01-07T07:00:00Z", { env: SMTP, transport: fake.transport });
    await tickOn(database.db, "2018-01-07T08:00:00Z", { env: SMTP, transport: fake.transport });
    expect(fake.sent.map((m) => m.to).sort()).toEqual([
      "kommun@example.se",
      "kommunpolis@example.se",
      "kultur@example.se",
      "polis@example.se",
    ]);
    expect(fake.sent[0]?.from).toBe("noreply@linkoping.example.se");
    expect(fake.sent[0]?.subject).toContain("Påminnelse");
    for (const row of await outbox()) {
      // raw rows: a Date on pg, a string on PGlite
      expect(new Date(row.sentAt ?? 0).toISOString()).toBe("2018-01-07T07:00:00.000Z");
      expect(row.error).toBeNull();
    }
  });

  it("without SMTP_URL, mail stays in the outbox and no delivery is scheduled", async () => {
    await tickOn(database.db, "2018-01-15");
    const overdue = await queryRows<{ sentAt: Date | null }>(
      database.db,
      sql`SELECT sent_at AS "sentAt" FROM outbox WHERE kind <> 'reminder.before_deadline'`,
    );
    expect(overdue).toHaveLength(5);
    expect(overdue.every((r) => r.sentAt === null)).toBe(true);
    expect(await listJobsByKeyPrefix(database.db, "mail:deliver:")).toHaveLength(4);
  });
});

describe("extra headers", () => {
  it("are kept in the outbox and handed to the SMTP transport (List-Unsubscribe, RFC 8058)", async () => {
    const fake = fakeTransport();
    const at = "2018-02-01T06:00:00Z";
    const headers = {
      "List-Unsubscribe": "<https://mbl.example.se/avprenumerera/abc>, <mailto:noreply@linkoping.example.se>",
      "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
    };
    await database.db.transaction((tx) =>
      queueMail(tx, testJobDeps(at, { env: SMTP }), {
        partnershipId: null,
        to: "rubriker@example.se",
        subject: "Med rubriker",
        text: "Text",
        kind: "test.headers",
        headers,
      }),
    );
    await tickOn(database.db, at, { env: SMTP, transport: fake.transport });
    expect(fake.sent.find((m) => m.to === "rubriker@example.se")?.headers).toEqual(headers);
    const [row] = await queryRows<{ headers: unknown }>(
      database.db,
      sql`SELECT headers FROM outbox WHERE to_address = 'rubriker@example.se'`,
    );
    expect(row?.headers).toEqual(headers);
  });
});
