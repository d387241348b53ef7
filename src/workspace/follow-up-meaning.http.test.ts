/**
 * Follow-ups that mean what they say (issue 8.6), through real sessions and CSRF: no status by
 * default, measured values checked against their kind, four eyes, mails to the reporter on
 * return and approval, and a close that asks for confirmation.
 */
import { and, asc, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../../test/app.js";
import { type HttpSession, signInOverHttp } from "../../test/http-session.js";
import { htmlToText } from "../../test/seed.js";
import * as schema from "../app/schema.js";
import { DEMO_ACCOUNTS } from "../demo/accounts.js";
import {
  ROUND_2026_FOLLOW_UP as FU,
  ROUND_2026_POINT as POINT,
  ROUND_2026_TARGET as TARGET,
} from "../demo/round-2026-ids.js";

const W = "/arbete/linkoping";
const PERIOD = `${W}/perioder/2026-T3`;
let t: TestApp;
let reporter: HttpSession;
let coordinator: HttpSession;
let administrator: HttpSession;
beforeAll(async () => {
  t = await createTestApp();
  reporter = await signInOverHttp(t.app, DEMO_ACCOUNTS.cultureReporter.email);
  coordinator = await signInOverHttp(t.app, DEMO_ACCOUNTS.coordinator.email);
  administrator = await signInOverHttp(t.app, DEMO_ACCOUNTS.administrator.email);
});
afterAll(() => t.database.close());

const formPath = (point: string) => `${W}/punkter/${point}/2026-T3`;
async function versionOf(s: HttpSession, point: string): Promise<string> {
  const page = await t.app.request(formPath(point), s.get());
  return /name="version" value="(\d*)"/.exec(await page.text())?.[1] ?? "";
}
const text = async (res: Response) => htmlToText(await res.text());
const mails = (kind: string) =>
  t.database.db
    .select()
    .from(schema.outbox)
    .where(eq(schema.outbox.kind, kind))
    .orderBy(asc(schema.outbox.createdAt));
const stateOf = async (id: string) =>
  (await t.database.db.select().from(schema.followUps).where(eq(schema.followUps.id, id)))[0]?.state;

describe("the follow-up form", () => {
  it("preselects no status", async () => {
    const page = await (await t.app.request(formPath(POINT[5]), coordinator.get())).text();
    expect(page).toContain('name="status" value="not_started"');
    expect(page).not.toMatch(/name="status"[^>]*checked/);
  });

  it("refuses to submit an empty or absurd follow-up, naming the field; a partial draft saves", async () => {
    const version = await versionOf(reporter, POINT[2]);
    const submit = (fields: Record<string, string>) =>
      t.app.request(formPath(POINT[2]), reporter.post({ version, intent: "submit", ...fields }));
    const noStatus = await submit({ narrative: "Öppet varje fredag." });
    expect(noStatus.status).toBe(400);
    expect(await text(noStatus)).toContain("Hur går det med punkten?: välj ett av alternativen.");
    const noText = await submit({ status: "done", narrative: " " });
    expect(noText.status).toBe(400);
    expect(await text(noText)).toContain("skriv vad som har gjorts innan du skickar in.");
    const negative = await submit({
      status: "done",
      narrative: "Öppet varje fredag.",
      "measurements.0.targetId": TARGET.eveningsOpen,
      "measurements.0.value": "-3",
    });
    expect(negative.status).toBe(400);
    expect(await text(negative)).toContain("ett mätvärde kan inte vara negativt.");
    const fraction = await submit({
      status: "done",
      narrative: "Öppet varje fredag.",
      "measurements.0.targetId": TARGET.eveningsOpen,
      "measurements.0.value": "2,5",
    });
    expect(fraction.status).toBe(400);
    expect(await text(fraction)).toContain("ett antal är ett heltal");
    expect(await stateOf(FU.t3Returned)).toBe("returned");

    // A draft may be partial: no status chosen yet.
    const draft = await t.app.request(
      formPath(POINT[3]),
      coordinator.post({
        version: await versionOf(coordinator, POINT[3]),
        intent: "save",
        narrative: "Påbörjad text",
      }),
    );
    expect(draft.status).toBe(303);
    const [row] = await t.database.db
      .select()
      .from(schema.followUps)
      .where(eq(schema.followUps.id, FU.t3Draft));
    expect(row?.status).toBeNull();
  });

  it("refuses a negative count through the API too", async () => {
    const version = Number(await versionOf(reporter, POINT[2]));
    const res = await t.app.request(`/api/v1/commitments/${POINT[2]}/follow-ups/2026-T3`, {
      method: "PUT",
      headers: {
        ...reporter.get().headers,
        "Content-Type": "application/json",
        "X-CSRF-Token": reporter.csrf,
      },
      body: JSON.stringify({
        version,
        status: "in_progress",
        narrative: "x",
        measurements: [{ targetId: TARGET.eveningsOpen, value: -1 }],
        links: [],
      }),
    });
    expect(res.status).toBe(400);
  });
});

describe("review: four eyes and mails to the reporter", () => {
  it("returns with a comment and a link in a mail, then approves with a mail", async () => {
    const submit = async () =>
      t.app.request(
        formPath(POINT[2]),
        reporter.post({
          version: await versionOf(reporter, POINT[2]),
          intent: "submit",
          status: "done",
          narrative: "Öppet varje fredag under hösten.",
          "measurements.0.targetId": TARGET.eveningsOpen,
          "measurements.0.value": "12",
        }),
      );
    expect((await submit()).status).toBe(303);
    const returned = await t.app.request(
      `${PERIOD}/granska`,
      coordinator.post({ followUpIds: FU.t3Returned, intent: "return", comment: "Ange antalet besökare." }),
    );
    expect(returned.status).toBe(303);
    const [back] = await mails("follow_up.returned");
    expect(back?.toAddress).toBe(DEMO_ACCOUNTS.cultureReporter.email);
    expect(back?.bodyText).toContain("Ange antalet besökare.");
    expect(back?.bodyText).toContain(`/arbete/linkoping/punkter/${POINT[2]}/2026-T3`);

    expect((await submit()).status).toBe(303);
    const approved = await t.app.request(
      `${PERIOD}/granska`,
      coordinator.post({ followUpIds: FU.t3Returned, intent: "approve", comment: "" }),
    );
    expect(approved.status).toBe(303);
    expect(await stateOf(FU.t3Returned)).toBe("approved");
    const [ok] = await mails("follow_up.approved");
    expect(ok?.toAddress).toBe(DEMO_ACCOUNTS.cultureReporter.email);
    expect(ok?.subject).toBe("Uppföljningen av punkt 2 är godkänd");
  });

  it("refuses the submitter's own approval (403, Swedish), until the administrator turns four eyes off", async () => {
    const saved = await t.app.request(
      formPath(POINT[5]),
      coordinator.post({
        version: await versionOf(coordinator, POINT[5]),
        intent: "submit",
        status: "not_started",
        narrative: "Inte påbörjad: planeras till våren.",
      }),
    );
    expect(saved.status).toBe(303);
    const [own] = await t.database.db
      .select()
      .from(schema.followUps)
      .where(and(eq(schema.followUps.commitmentId, POINT[5]), eq(schema.followUps.state, "submitted")));
    if (!own) throw new Error("not submitted");
    const approve = () =>
      t.app.request(
        `${PERIOD}/granska`,
        coordinator.post({ followUpIds: own.id, intent: "approve", comment: "" }),
      );
    const refused = await approve();
    expect(refused.status).toBe(403);
    expect(await text(refused)).toContain("Du har själv skickat in uppföljningen och kan inte godkänna den.");
    expect(await stateOf(own.id)).toBe("submitted");

    expect((await t.app.request(`${W}/installningar/uppfoljning`, coordinator.get())).status).toBe(403);
    const settings = await t.app.request(`${W}/installningar/uppfoljning`, administrator.get());
    const version = /name="version" value="(\d+)"/.exec(await settings.text())?.[1] ?? "";
    const off = await t.app.request(
      `${W}/installningar/uppfoljning`,
      administrator.post({ fourEyes: "false", version }),
    );
    expect(off.status).toBe(303);
    expect((await approve()).status).toBe(303);
    expect(await stateOf(own.id)).toBe("approved");
  });
});

describe("closing and reopening a period", () => {
  it("asks for confirmation listing what is unfinished, and keeps the reopen reason on the page", async () => {
    const step = await t.app.request(`${PERIOD}/stang`, coordinator.get());
    expect(step.status).toBe(200);
    const page = await text(step);
    expect(page).toContain("Vill du stänga perioden tertial 3 2026?");
    expect(page).toMatch(/\d+ punkter är inte rapporterade eller inte godkända/);
    expect(page).toContain("skaggetorp-2026 · 3");
    const unconfirmed = await t.app.request(`${PERIOD}/stang`, coordinator.post({}));
    expect(unconfirmed.status).toBe(200);
    const [period] = await t.database.db
      .select()
      .from(schema.reportingPeriods)
      .where(eq(schema.reportingPeriods.code, "2026-T3"));
    expect(period?.closedAt).toBeNull();
    expect((await t.app.request(`${PERIOD}/stang`, coordinator.post({ confirm: "yes" }))).status).toBe(303);
    const reopened = await t.app.request(
      `${PERIOD}/oppna`,
      coordinator.post({ reason: "Polisens siffror kom sent." }),
    );
    expect(reopened.status).toBe(303);
    const after = await text(await t.app.request(PERIOD, coordinator.get()));
    expect(after).toContain("Skäl: Polisens siffror kom sent.");
  });
});
