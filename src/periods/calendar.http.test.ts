/**
 * The reporting calendar over HTTP with real sessions and CSRF: a promise's periods follow its
 * dates (across the year boundary), a period's deadline is changed on its page, the rhythm is
 * the administrator's, and two partnerships may use the same promise reference.
 */
import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../../test/app.js";
import { createAccount } from "../../test/factories/accounts.js";
import { type HttpSession, signInOverHttp } from "../../test/http-session.js";
import { accounts } from "../accounts/accounts.schema.js";
import { hashPassword } from "../accounts/password.js";
import { auditEvents, commitments } from "../app/schema.js";
import { DEMO_ACCOUNTS } from "../demo/accounts.js";
import { DEMO_PARTNERSHIP_ID, PARTY } from "../demo/skaggetorp-2017-ids.js";
import { followUps } from "../followups/followups.schema.js";
import { createPartnership } from "../partnerships/create-partnership.js";
import { SYSTEM_VIEWER } from "../platform/viewer.js";
import { findPromise } from "../promises/promises.repository.js";
import { reportPromise } from "../reports/load-report-data.js";
import { listPeriods } from "./periods.repository.js";

let t: TestApp;
let coordinator: HttpSession;
let administrator: HttpSession;
let otherCoordinator: HttpSession;
let otherPartnershipId: string;
const PASSWORD = "Ett långt och hemligt lösenord 42";
const BASE = "/arbete/linkoping";

const codes = async (partnershipId: string) =>
  (await listPeriods(t.database.db, partnershipId)).map((p) => p.code);

beforeAll(async () => {
  t = await createTestApp();
  coordinator = await signInOverHttp(t.app, DEMO_ACCOUNTS.coordinator.email);
  administrator = await signInOverHttp(t.app, DEMO_ACCOUNTS.administrator.email);
  const other = await createPartnership({
    db: t.database.db,
    viewer: SYSTEM_VIEWER,
    input: {
      slug: "norrkoping",
      name: "Norrköping",
      municipalityName: "Norrköpings kommun",
      policeName: "LPO Norrköping",
    },
  });
  otherPartnershipId = other.id;
  const id = await createAccount(t.database.db, {
    email: "samordnare@norrkoping.example",
    name: "Sam Norr",
    grants: [{ role: "coordinator", partnershipId: other.id }],
  });
  await t.database.db
    .update(accounts)
    .set({ passwordHash: await hashPassword(PASSWORD) })
    .where(eq(accounts.id, id));
  otherCoordinator = await signInOverHttp(t.app, "samordnare@norrkoping.example", PASSWORD);
});
afterAll(() => t.database.close());

describe("a promise's periods follow its dates", () => {
  it("creates tertial 2 2023, tertial 3 2023 and tertial 1 2024 for 2023-05-01 – 2024-04-30", async () => {
    const created = await t.app.request(
      `${BASE}/loften`,
      coordinator.post({
        ref: "vasastaden-2023",
        title: "Vasastaden 2023–2024",
        fromYear: "2023",
        toYear: "2024",
        startsOn: "2023-05-01",
        endsOn: "2024-04-30",
        partyIds: [PARTY.municipality, PARTY.police],
      }),
    );
    expect(created.status).toBe(303);
    const all = await listPeriods(t.database.db, DEMO_PARTNERSHIP_ID);
    const mine = all.filter((p) => p.startsOn >= "2023-01-01" && p.endsOn <= "2024-12-31");
    expect(mine.map((p) => p.code)).toEqual(["2023-T2", "2023-T3", "2024-T1"]);
    expect(mine.map((p) => p.deadline)).toEqual(["2023-09-14", "2024-01-14", "2024-05-14"]);
    const promise = await findPromise(t.database.db, {
      partnershipId: DEMO_PARTNERSHIP_ID,
      ref: "vasastaden-2023",
    });
    expect(promise).toMatchObject({ startsOn: "2023-05-01", endsOn: "2024-04-30" });

    // The period pages name them in words; the code stays in the address.
    const page = await t.app.request(`${BASE}/perioder/2023-T3`, coordinator.get());
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain("<h1>Uppföljning tertial 3 2023</h1>");
    expect(html).toContain(`href="${BASE}/perioder/2024-T1"`);
    expect(html).toContain(">tertial 1 2024</a>");
    expect(html).not.toContain(">2024-T1</a>");
  });

  it("adds and removes periods when the dates change, keeping one with a follow-up", async () => {
    const promise = await findPromise(t.database.db, {
      partnershipId: DEMO_PARTNERSHIP_ID,
      ref: "vasastaden-2023",
    });
    if (!promise) throw new Error("no promise");
    const edit = (version: number, startsOn: string, endsOn: string) =>
      t.app.request(
        `${BASE}/loften/vasastaden-2023/uppgifter`,
        coordinator.post({
          version: String(version),
          title: "Vasastaden 2023–2024",
          fromYear: "2023",
          toYear: "2024",
          startsOn,
          endsOn,
          partyIds: [PARTY.municipality, PARTY.police],
        }),
      );
    const longer = await edit(promise.version, "2023-01-15", "2024-08-31");
    expect(longer.status).toBe(303);
    expect(
      (await codes(DEMO_PARTNERSHIP_ID)).filter((c) => c.startsWith("2023") || c.startsWith("2024")),
    ).toEqual(["2023-T1", "2023-T2", "2023-T3", "2024-T1", "2024-T2"]);
    // A follow-up in 2024-T2 keeps that period when the promise shrinks; empty 2023-T1 goes.
    const t2 = (await listPeriods(t.database.db, DEMO_PARTNERSHIP_ID)).find((p) => p.code === "2024-T2");
    const [commitment] = await t.database.db.select().from(commitments).limit(1);
    expect(t2).toBeDefined();
    expect(commitment).toBeDefined();
    if (!t2 || !commitment) return;
    await t.database.db.insert(followUps).values({
      commitmentId: commitment.id,
      periodId: t2.id,
      status: "in_progress",
      narrative: { sv: "Pågår" },
      state: "draft",
    });
    const shorter = await edit(promise.version + 1, "2023-05-01", "2024-04-30");
    expect(shorter.status).toBe(303);
    expect(
      (await codes(DEMO_PARTNERSHIP_ID)).filter((c) => c.startsWith("2023") || c.startsWith("2024")),
    ).toEqual(["2023-T2", "2023-T3", "2024-T1", "2024-T2"]);
    const event = (
      await t.database.db
        .select()
        .from(auditEvents)
        .where(and(eq(auditEvents.action, "promise.updated"), eq(auditEvents.entityId, promise.id)))
        .orderBy(auditEvents.occurredAt)
    ).at(-1);
    expect((event?.after as { periods: unknown }).periods).toEqual({
      created: [],
      removed: ["2023-T1"],
      kept: ["2024-T2"],
    });
  });

  it("a date outside the years is refused and changes nothing", async () => {
    const before = await codes(DEMO_PARTNERSHIP_ID);
    const res = await t.app.request(
      `${BASE}/loften`,
      coordinator.post({
        ref: "fel-datum",
        title: "Fel",
        fromYear: "2023",
        toYear: "2023",
        startsOn: "2022-12-01",
      }),
    );
    expect(res.status).toBe(400);
    expect(
      await findPromise(t.database.db, { partnershipId: DEMO_PARTNERSHIP_ID, ref: "fel-datum" }),
    ).toBeNull();
    expect(await codes(DEMO_PARTNERSHIP_ID)).toEqual(before);
  });
});

describe("a period's deadline and reminder days", () => {
  it("the coordinator changes them on the period page; audited; a deadline before the end is refused", async () => {
    const page = await (await t.app.request(`${BASE}/perioder/2023-T3`, coordinator.get())).text();
    expect(page).toContain(`action="${BASE}/perioder/2023-T3/tidsfrist"`);
    const ok = await t.app.request(
      `${BASE}/perioder/2023-T3/tidsfrist`,
      coordinator.post({ deadline: "2024-01-31", reminderDaysBefore: "10" }),
    );
    expect(ok.status).toBe(303);
    expect(ok.headers.get("location")).toBe(`${BASE}/perioder/2023-T3?klart=scheduled`);
    const period = (await listPeriods(t.database.db, DEMO_PARTNERSHIP_ID)).find((p) => p.code === "2023-T3");
    expect(period).toMatchObject({ deadline: "2024-01-31", reminderDaysBefore: 10 });
    const events = await t.database.db
      .select()
      .from(auditEvents)
      .where(eq(auditEvents.action, "period.schedule_changed"));
    expect(events).toHaveLength(1);
    expect(events[0]?.before).toMatchObject({ deadline: "2024-01-14", reminderDaysBefore: null });

    const early = await t.app.request(
      `${BASE}/perioder/2023-T3/tidsfrist`,
      coordinator.post({ deadline: "2023-12-01", reminderDaysBefore: "" }),
    );
    expect(early.status).toBe(400);
    expect(await early.text()).toContain("ligger före periodens sista dag");
    expect(
      (await listPeriods(t.database.db, DEMO_PARTNERSHIP_ID)).find((p) => p.code === "2023-T3")?.deadline,
    ).toBe("2024-01-31");
  });

  it("the reporter may not change a deadline (403)", async () => {
    const reporter = await signInOverHttp(t.app, DEMO_ACCOUNTS.cultureReporter.email);
    const res = await t.app.request(
      `${BASE}/perioder/2023-T3/tidsfrist`,
      reporter.post({ deadline: "2024-02-28", reminderDaysBefore: "" }),
    );
    expect(res.status).toBe(403);
  });
});

describe("the partnership's rhythm (administrator)", () => {
  it("switching to quarters creates the promises' quarters; the page names them in words", async () => {
    const page = await t.app.request(`${BASE}/installningar/rapportering`, administrator.get());
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('value="tertial" checked');
    const saved = await t.app.request(
      `${BASE}/installningar/rapportering`,
      administrator.post({
        version: "1",
        periodScheme: "quarter",
        deadlineOffsetDays: "20",
        reminderDaysBefore: "5",
      }),
    );
    expect(saved.status).toBe(200);
    const html = await saved.text();
    expect(html).toContain("kvartal 2 2023");
    expect(html).toContain("kvartal 1 2024");
    const all = await listPeriods(t.database.db, DEMO_PARTNERSHIP_ID);
    expect(all.find((p) => p.code === "2023-Q2")?.deadline).toBe("2023-07-20");
    // The coordinator does not choose the rhythm.
    const refused = await t.app.request(
      `${BASE}/installningar/rapportering`,
      coordinator.post({
        version: "2",
        periodScheme: "half",
        deadlineOffsetDays: "14",
        reminderDaysBefore: "7",
      }),
    );
    expect(refused.status).toBe(403);
  });
});

describe("promise references are unique per partnership", () => {
  it("another partnership may use a reference the demo uses; each sees its own", async () => {
    const res = await t.app.request(
      "/arbete/norrkoping/loften",
      otherCoordinator.post({
        ref: "skaggetorp-2017",
        title: "Norrköpings eget löfte",
        fromYear: "2025",
        toYear: "2025",
        startsOn: "2025-07-01",
      }),
    );
    expect(res.status).toBe(303);
    expect(await codes(otherPartnershipId)).toEqual(["2025-T2", "2025-T3"]);
    const mine = await (
      await t.app.request("/arbete/norrkoping/loften/skaggetorp-2017", otherCoordinator.get())
    ).text();
    expect(mine).toContain("Norrköpings eget löfte");
    const demo = await (await t.app.request(`${BASE}/loften/skaggetorp-2017`, coordinator.get())).text();
    expect(demo).not.toContain("Norrköpings eget löfte");
    // Taken within the same partnership is still a conflict.
    const again = await t.app.request(
      "/arbete/norrkoping/loften",
      otherCoordinator.post({ ref: "skaggetorp-2017", title: "Igen", fromYear: "2025", toYear: "2025" }),
    );
    expect(again.status).toBe(409);
    expect(t.loggedErrors).toEqual([]);
  });

  it("the command line's lookup by reference asks for the partnership when two have it", async () => {
    const db = t.database.db;
    const ambiguous = reportPromise(db, SYSTEM_VIEWER, { ref: "skaggetorp-2017" }, "read");
    await expect(ambiguous).rejects.toMatchObject({
      code: "bad_request",
      params: { entity: "ambiguous_ref", value: "skaggetorp-2017" },
    });
    const mine = await reportPromise(
      db,
      SYSTEM_VIEWER,
      { ref: "skaggetorp-2017", partnershipId: otherPartnershipId },
      "read",
    );
    expect(mine.title.sv).toBe("Norrköpings eget löfte");
    const unique = await reportPromise(db, SYSTEM_VIEWER, { ref: "vasastaden-2023" }, "read");
    expect(unique.partnershipId).toBe(DEMO_PARTNERSHIP_ID);
  });
});
