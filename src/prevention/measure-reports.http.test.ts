/**
 * Measures of the åtgärdsplan followed up by their owners in the round, through the front door:
 * real sign-in, Att rapportera's form with the CSRF field. The responsible party's rapportör sees
 * and reports; another party's rapportör neither sees nor may; a measure that is a promise point is
 * reported through the point (and refused); a closed period, a missing status or result and a stale form are
 * refused in Swedish; the report is audited and shows on the lägesbild and in the åtgärdsplan.
 */
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../../test/app.js";
import { htmlText } from "../../test/documents.js";
import { type HttpSession, signInOverHttp } from "../../test/http-session.js";
import { tickOn } from "../../test/jobs.js";
import { DEMO_ACCOUNTS } from "../demo/accounts.js";
import { COMMITMENT, PARTY } from "../demo/skaggetorp-2017-ids.js";
import { addDays } from "../periods/iso-date.js";
import { queryRows } from "../platform/db/rows.js";

const YEAR = 2026;
const PAGE = `/arbete/linkoping/lagesbild/${YEAR}`;
const API = `/api/v1/partnerships/linkoping/assessments/${YEAR}`;
const TODO = "/arbete/linkoping";
const report = (measureId: string) => `/arbete/linkoping/atgarder/${measureId}/uppfoljning`;

let t: TestApp;
let coordinator: HttpSession;
let police: HttpSession;
let culture: HttpSession;
const ids = { own: "", point: "", municipality: "" };

beforeAll(async () => {
  t = await createTestApp();
  [coordinator, police, culture] = await Promise.all([
    signInOverHttp(t.app, DEMO_ACCOUNTS.coordinator.email),
    signInOverHttp(t.app, DEMO_ACCOUNTS.policeReporter.email),
    signInOverHttp(t.app, DEMO_ACCOUNTS.cultureReporter.email),
  ]);
  const add = async (fields: Record<string, string | string[]>) =>
    expect((await t.app.request(`${PAGE}/atgarder`, coordinator.post(fields))).status).toBe(303);
  await add({ title: "Nattvandring med polisen i Skäggetorp", responsiblePartyId: PARTY.police });
  await add({
    title: "Riktade kvällspatruller vid centrum",
    responsiblePartyId: PARTY.police,
    commitmentIds: [COMMITMENT[1]],
  });
  await add({ title: "Fritidsgård öppen på fredagar", responsiblePartyId: PARTY.municipality });
  const a = (await (await t.app.request(API, { headers: { Cookie: coordinator.cookie } })).json()) as {
    measures: { id: string; title: string }[];
  };
  const idOf = (title: string) => a.measures.find((m) => m.title === title)?.id ?? "";
  ids.own = idOf("Nattvandring med polisen i Skäggetorp");
  ids.point = idOf("Riktade kvällspatruller vid centrum");
  ids.municipality = idOf("Fritidsgård öppen på fredagar");
}, 120_000);
afterAll(() => t.database.close());

const todoOf = async (s: HttpSession) => {
  const response = await t.app.request(TODO, s.get());
  expect(response.status).toBe(200);
  return response.text();
};

describe("measures in Att rapportera", () => {
  it("lists the measure to its party's rapportör in the open period, but not a promise point's measure", async () => {
    const page = await todoOf(police);
    expect(page).toContain("Åtgärder i åtgärdsplanen att följa upp");
    expect(page).toContain("Nattvandring med polisen i Skäggetorp (åtgärdsplan 2026)");
    expect(page).toContain(`action="${report(ids.own)}"`);
    expect(page).toContain('value="2026-T3"');
    // Reported through the point, and another party's measure is not the police's.
    expect(page).not.toContain(report(ids.point));
    expect(page).not.toContain(report(ids.municipality));
    // No status is chosen in advance.
    expect(page).toContain('<option value="" selected="">Välj status</option>');
  }, 60_000);

  it("refuses a report on a measure that is a promise point: it is followed up through the point", async () => {
    const response = await t.app.request(
      report(ids.point),
      police.post({ period: "2026-T3", status: "done", narrative: "Klart.", version: "0" }),
    );
    expect(response.status).toBe(409);
    expect(await response.text()).toContain("Åtgärden är en punkt i ett medborgarlöfte.");
    const api = await t.app.request(`${API}/measures/${ids.point}/follow-ups`, {
      method: "POST",
      headers: {
        Cookie: coordinator.cookie,
        "X-CSRF-Token": coordinator.csrf,
        "Content-Type": "application/json",
      },
      body: JSON.stringify({ period: "2026-T3", status: "done", narrative: "Klart." }),
    });
    expect(api.status).toBe(409);
    expect(((await api.json()) as { error: { code: string } }).error.code).toBe("transition_refused");
    expect(await followUpCount(ids.point)).toBe(0);
  }, 60_000);

  it("hides the measure from another party's rapportör and refuses their report with 403", async () => {
    expect(await todoOf(culture)).not.toContain(report(ids.own));
    const refused = await t.app.request(
      report(ids.own),
      culture.post({ period: "2026-T3", status: "done", narrative: "Klart.", version: "0" }),
    );
    expect(refused.status).toBe(403);
    expect(await followUpCount(ids.own)).toBe(0);
  }, 60_000);

  it("needs a status and a written result, and says so in Swedish", async () => {
    const response = await t.app.request(
      report(ids.own),
      police.post({ period: "2026-T3", status: "", narrative: "  ", version: "0" }),
    );
    expect(response.status).toBe(400);
    const page = await response.text();
    expect(page).toContain("Välj en status.");
    expect(page).toContain("Skriv vad som har gjorts och vad det har gett.");
    expect(page).toContain('aria-invalid="true"');
    expect(await followUpCount(ids.own)).toBe(0);
  }, 60_000);

  it("refuses a closed period with 409 and the reason in Swedish", async () => {
    const response = await t.app.request(
      report(ids.own),
      police.post({ period: "2026-T2", status: "done", narrative: "Klart i våras.", version: "0" }),
    );
    expect(response.status).toBe(409);
    expect(await response.text()).toContain("Perioden 2026-T2 är stängd. Samordnaren kan öppna den igen.");
    expect(await followUpCount(ids.own)).toBe(0);
  }, 60_000);

  it("records the owner's report, audited, shown on the lägesbild and in the åtgärdsplan", async () => {
    const response = await t.app.request(
      report(ids.own),
      police.post({
        period: "2026-T3",
        status: "in_progress",
        narrative: "Tre nattvandringar i oktober, fler vuxna på plats.",
        version: "0",
      }),
    );
    expect(response.status).toBe(303);
    expect(response.headers.get("Location")).toBe(`${TODO}?klart=atgard`);
    const after = await (await t.app.request(`${TODO}?klart=atgard`, police.get())).text();
    expect(after).toContain("Uppföljningen av åtgärden är sparad.");
    expect(after).not.toContain(report(ids.own));

    const [audit] = await queryRows<{ n: number }>(
      t.database.db,
      sql`select count(*)::int as n from audit_events where entity_id = ${ids.own} and action = 'assessment.measure_followed_up'`,
    );
    expect(audit?.n).toBe(1);
    const lagesbild = await (await t.app.request(PAGE, coordinator.get())).text();
    expect(lagesbild).toContain("tertial 3 2026: pågår");
    const plan = htmlText(await (await t.app.request(`${PAGE}/atgardsplan/html`, coordinator.get())).text());
    expect(plan).toContain("Tre nattvandringar i oktober, fler vuxna på plats.");
  }, 60_000);

  it("refuses a stale form (someone reported meanwhile) with 409 and keeps the first report", async () => {
    const stale = await t.app.request(
      report(ids.own),
      police.post({ period: "2026-T3", status: "done", narrative: "Klart.", version: "0" }),
    );
    expect(stale.status).toBe(409);
    expect(await stale.text()).toContain("Någon annan har följt upp åtgärden under tiden.");
    const [row] = await queryRows<{ status: string }>(
      t.database.db,
      sql`select status from action_measure_follow_ups where measure_id = ${ids.own}`,
    );
    expect(row?.status).toBe("in_progress");
  }, 60_000);
});

describe("reminders of measures", () => {
  it("mails each owner the measures not yet followed up, on the round's reminder days, exactly once", async () => {
    expect(
      (
        await t.app.request(
          `${PAGE}/atgarder`,
          coordinator.post({ title: "Trygghetsvandring med unga", responsiblePartyId: PARTY.police }),
        )
      ).status,
    ).toBe(303);
    const [period] = await queryRows<{ deadline: string; days: number }>(
      t.database.db,
      sql`select rp.deadline::text as deadline, coalesce(rp.reminder_days_before, pa.reminder_days_before) as days
          from reporting_periods rp join partnerships pa on pa.id = rp.partnership_id
          where pa.slug = 'linkoping' and rp.code = '2026-T3'`,
    );
    const deadline = period?.deadline ?? "";
    const mails = (kind: string) =>
      queryRows<{ to_address: string; subject: string; body_text: string }>(
        t.database.db,
        sql`select to_address, subject, body_text from outbox where kind = ${kind} order by to_address`,
      );

    const before = addDays(deadline, -(period?.days ?? 0));
    await tickOn(t.database.db, `${before}T08:00:00+01:00`);
    await tickOn(t.database.db, `${before}T10:00:00+01:00`);
    const sent = await mails("reminder.measure_before_deadline");
    // The police's measure goes to the police's rapportör and the kommunpolis, once each.
    expect(sent.map((m) => m.to_address)).toEqual(
      [DEMO_ACCOUNTS.policeCoordinator.email, DEMO_ACCOUNTS.policeReporter.email].sort(),
    );
    const body = sent[0]?.body_text ?? "";
    expect(sent[0]?.subject).toContain("Påminnelse: följ upp åtgärderna i åtgärdsplanen");
    expect(body).toContain(
      "– Trygghetsvandring med unga (åtgärdsplan 2026, ansvarig: Polismyndigheten LPO Linköping)",
    );
    expect(body).toContain("/arbete/linkoping");
    // Followed up already, or reported through its point: not reminded.
    expect(body).not.toContain("Nattvandring med polisen i Skäggetorp");
    expect(body).not.toContain("Riktade kvällspatruller vid centrum");

    // Once followed up, the owner is not reminded after the deadline; the measure nobody can
    // report on (the municipality's, whose only rapportör is bound to a unit) goes to the samordnare.
    const ownId = await measureIdOf("Trygghetsvandring med unga");
    expect(
      (
        await t.app.request(
          report(ownId),
          police.post({
            period: "2026-T3",
            status: "in_progress",
            narrative: "En vandring i november.",
            version: "0",
          }),
        )
      ).status,
    ).toBe(303);
    await tickOn(t.database.db, `${addDays(deadline, 1)}T08:00:00+01:00`);
    expect(await mails("reminder.measure_overdue")).toEqual([]);
    const unowned = await mails("reminder.measure_unowned");
    expect(unowned.map((m) => m.to_address)).toContain(DEMO_ACCOUNTS.coordinator.email);
    expect(unowned.map((m) => m.to_address)).not.toContain(DEMO_ACCOUNTS.policeReporter.email);
    expect(unowned[0]?.body_text).toContain("Fritidsgård öppen på fredagar");
    expect(unowned[0]?.body_text).not.toContain("Trygghetsvandring med unga");
  }, 120_000);
});

async function measureIdOf(title: string): Promise<string> {
  const [row] = await queryRows<{ id: string }>(
    t.database.db,
    sql`select id from action_measures where title = ${title}`,
  );
  return row?.id ?? "";
}

async function followUpCount(measureId: string): Promise<number> {
  const [row] = await queryRows<{ n: number }>(
    t.database.db,
    sql`select count(*)::int as n from action_measure_follow_ups where measure_id = ${measureId}`,
  );
  return row?.n ?? 0;
}
