import { and, count, eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { appOn, type TestApp } from "../../test/app.js";
import { createTestDatabase } from "../../test/db.js";
import { principal, TEST_CSRF } from "../../test/principals.js";
import { htmlToText } from "../../test/seed.js";
import * as schema from "../app/schema.js";
import { loadDemo } from "../demo/load-demo.js";
import {
  ROUND_2026_FOLLOW_UP as FU,
  ROUND_2026_POINT as POINT,
  ROUND_2026_PERIOD,
} from "../demo/round-2026-ids.js";
import { PARTY, UNIT } from "../demo/skaggetorp-2017-ids.js";
import type { FollowUpConflict } from "../followups/round.types.js";
import type { Database } from "../platform/db/client.js";

const T3 = ROUND_2026_PERIOD[3];
const culture = principal("reporter", { partyId: PARTY.municipality, unitIds: [UNIT.cultureAndLeisure] });
const databases: Database[] = [];
/** A fresh database with the demo per describe block; apps for several principals share it. */
async function freshDemo(): Promise<Database> {
  const database = await createTestDatabase();
  await loadDemo(database.db);
  databases.push(database);
  return database;
}
afterAll(async () => {
  for (const d of databases) await d.close();
});

const putJson = (t: TestApp, path: string, body: unknown, method = "PUT") =>
  t.app.request(path, {
    method,
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify(body),
  });
const form = (t: TestApp, path: string, fields: Record<string, string | string[]>) => {
  const data = new URLSearchParams({ _csrf: TEST_CSRF });
  for (const [k, v] of Object.entries(fields)) for (const x of Array.isArray(v) ? v : [v]) data.append(k, x);
  return t.app.request(path, {
    method: "POST",
    body: data,
    headers: { "Content-Type": "application/x-www-form-urlencoded" },
  });
};
const draft = (version: number | null, narrative: string) => ({
  version,
  status: "in_progress",
  narrative,
  measurements: [],
  links: [],
});

describe("follow-up API", () => {
  let t: TestApp;
  let coordinator: TestApp;
  beforeAll(async () => {
    const database = await freshDemo();
    t = appOn(database, { as: culture });
    coordinator = appOn(database, { as: principal("coordinator") });
  });

  it("refuses a point the reporter's party is not responsible for with 403 and a Swedish message", async () => {
    const res = await putJson(
      t,
      `/api/v1/commitments/${POINT[4]}/follow-ups/2026-T3`,
      draft(null, "Polisens punkt"),
    );
    expect(res.status).toBe(403);
    const body = (await res.json()) as { error: { code: string; message: string } };
    expect(body.error.code).toBe("forbidden");
    expect(body.error.message).toBe(
      "Du kan bara rapportera för punkter som din part eller enhet ansvarar för.",
    );
  });

  it("saves and submits the reporter's own point, and refuses a stale version with the current values", async () => {
    const path = `/api/v1/commitments/${POINT[2]}/follow-ups/2026-T3`;
    const saved = await putJson(t, path, draft(1, "87 kvällar hittills"));
    expect(saved.status).toBe(200);
    expect(await saved.json()).toMatchObject({
      version: 2,
      state: "returned",
      narrative: "87 kvällar hittills",
    });
    const stale = await putJson(t, path, draft(1, "Något annat"));
    expect(stale.status).toBe(409);
    const body = (await stale.json()) as { error: { code: string; details: FollowUpConflict } };
    expect(body.error.code).toBe("conflict");
    expect(body.error.details.current).toMatchObject({ version: 2, narrative: "87 kvällar hittills" });
    const submitted = await putJson(t, `${path}/submit`, { version: 2 }, "POST");
    expect(await submitted.json()).toMatchObject({ state: "submitted" });
    const read = await t.app.request(path);
    expect(await read.json()).toMatchObject({
      state: "submitted",
      version: 3,
      narrative: "87 kvällar hittills",
    });
    expect(
      await (await t.app.request(`/api/v1/commitments/${POINT[4]}/follow-ups/2026-T3`)).json(),
    ).toBeNull();
  });

  it("lets a reporter neither approve nor close (403)", async () => {
    const res = await putJson(
      t,
      `/api/v1/periods/${ROUND_2026_PERIOD[3]}/approve`,
      { followUpIds: [FU.t3Submitted] },
      "POST",
    );
    expect(res.status).toBe(403);
    expect((await putJson(t, `/api/v1/periods/${ROUND_2026_PERIOD[3]}/close`, {}, "POST")).status).toBe(403);
  });

  it("answers 404 to a principal of another partnership and 401 to a resident", async () => {
    const stranger = appOn(t.database, {
      as: principal("coordinator", { partnershipId: "0d7c7f0e-0000-4000-8000-000000000001" }),
    });
    const res = await putJson(stranger, `/api/v1/commitments/${POINT[2]}/follow-ups/2026-T3`, draft(1, "x"));
    expect(res.status).toBe(404);
    expect((await stranger.app.request("/arbete/linkoping")).status).toBe(404);
    const resident = appOn(t.database);
    expect(
      (await putJson(resident, `/api/v1/commitments/${POINT[2]}/follow-ups/2026-T3`, draft(1, "x"))).status,
    ).toBe(401);
    const page = await resident.app.request("/arbete/linkoping");
    expect(page.status).toBe(303);
    expect(page.headers.get("location")).toBe("/logga-in?next=%2Farbete%2Flinkoping");
  });

  it("approves and returns as coordinator; reopening needs a reason", async () => {
    const t = coordinator;
    const periodPath = `/api/v1/periods/${ROUND_2026_PERIOD[3]}`;
    const noComment = await putJson(
      t,
      `${periodPath}/return`,
      { followUpIds: [FU.t3Submitted], comment: "" },
      "POST",
    );
    expect(noComment.status).toBe(400);
    const approved = await putJson(t, `${periodPath}/approve`, { followUpIds: [FU.t3Submitted] }, "POST");
    expect(approved.status).toBe(200);
    expect((await putJson(t, `${periodPath}/close`, {}, "POST")).status).toBe(200);
    expect((await putJson(t, `${periodPath}/reopen`, { reason: " " }, "POST")).status).toBe(400);
    const reopened = await putJson(t, `${periodPath}/reopen`, { reason: "Sen rapport" }, "POST");
    expect(await reopened.json()).toMatchObject({ closedAt: null });
  });
});

describe("workspace pages", () => {
  let database: Database;
  beforeAll(async () => {
    database = await freshDemo();
  });
  const appAs = async (options: { as: ReturnType<typeof principal> }) => appOn(database, options);

  it("Att rapportera shows the reporter's returned point with the coordinator's comment", async () => {
    const t = await appAs({ as: culture });
    const res = await t.app.request("/arbete/linkoping");
    expect(res.status).toBe(200);
    const text = htmlToText(await res.text());
    expect(text).toContain("Tillbakaskickade till dig (1)");
    expect(text).toContain("Skriv hur många kvällar gården har haft öppet");
    expect(text).not.toContain("Punkt 4 – tertial 3 2026");
  });

  it("shows the coordinator the live round only (not the finished 2017 round) and leads Perioder to it", async () => {
    const t = await appAs({ as: principal("coordinator") });
    const text = htmlToText(await (await t.app.request("/arbete/linkoping")).text());
    expect(text).toContain("Punkt 4 – tertial 3 2026");
    expect(text).not.toContain("2017-T");
    const res = await t.app.request("/arbete/linkoping/perioder");
    expect(res.status).toBe(303);
    expect(res.headers.get("location")).toBe("/arbete/linkoping/perioder/2026-T3");
  });

  it("keeps what was typed on a stale save and shows the other person's change beside it", async () => {
    const t = await appAs({ as: culture });
    const path = `/arbete/linkoping/punkter/${POINT[2]}/2026-T3`;
    const first = await form(t, path, {
      version: "1",
      status: "in_progress",
      narrative: "Första sparningen",
      intent: "save",
    });
    expect(first.status).toBe(303);
    const stale = await form(t, path, {
      version: "1",
      status: "done",
      narrative: "Min egen text som inte får försvinna",
      intent: "save",
    });
    expect(stale.status).toBe(409);
    const html = await stale.text();
    const text = htmlToText(html);
    expect(text).toContain("Någon annan har ändrat uppföljningen");
    expect(text).toContain("Första sparningen");
    expect(html).toContain("Min egen text som inte får försvinna</textarea>");
    expect(html).toContain('name="version" value="2"');
  });

  it("names a bad number in an error summary and keeps the input", async () => {
    const t = await appAs({ as: culture });
    const path = `/arbete/linkoping/punkter/${POINT[2]}/2026-T3`;
    const res = await form(t, path, {
      version: "1",
      status: "done",
      narrative: "Text",
      "measurements.0.targetId": "f9a148cb-7120-4132-9955-5c8a7a8a5223",
      "measurements.0.value": "många",
      intent: "save",
    });
    expect(res.status).toBe(400);
    const html = await res.text();
    expect(html).toContain('href="#measure-f9a148cb-7120-4132-9955-5c8a7a8a5223"');
    expect(html).toContain('value="många"');
  });

  it("saves and submits in one transaction: a refused submit leaves the save unwritten too", async () => {
    const t = await appAs({ as: principal("coordinator") });
    const where = and(eq(schema.followUps.commitmentId, POINT[5]), eq(schema.followUps.periodId, T3));
    const read = async () => ({
      followUps: await database.db.select().from(schema.followUps).where(where),
      audit: (await database.db.select({ n: count() }).from(schema.auditEvents))[0]?.n,
    });
    // The database refuses every submit, so the submit fails after the save has been written.
    await database.db.execute(
      sql.raw(`CREATE FUNCTION refuse_submit() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN IF NEW.state = 'submitted' THEN RAISE EXCEPTION 'submit refused'; END IF; RETURN NEW; END $$`),
    );
    await database.db.execute(
      sql.raw(
        "CREATE TRIGGER refuse_submit BEFORE UPDATE ON follow_ups FOR EACH ROW EXECUTE FUNCTION refuse_submit()",
      ),
    );
    try {
      const before = await read();
      const res = await form(t, `/arbete/linkoping/punkter/${POINT[5]}/2026-T3`, {
        version: String(before.followUps[0]?.version ?? ""),
        status: "done",
        narrative: "Sparas bara om inskickningen lyckas",
        intent: "submit",
      });
      expect(res.status).toBe(500);
      expect(await read()).toEqual(before);
    } finally {
      await database.db.execute(sql.raw("DROP TRIGGER refuse_submit ON follow_ups"));
      await database.db.execute(sql.raw("DROP FUNCTION refuse_submit()"));
    }
  });

  it("lets the coordinator return one with a comment, approve one, close the period, and shows the history", async () => {
    const t = await appAs({ as: principal("coordinator") });
    const base = "/arbete/linkoping/perioder/2026-T3";
    const overview = htmlToText(await (await t.app.request(base)).text());
    expect(overview).toContain("inskickad");
    const missing = await form(t, `${base}/granska`, {
      followUpIds: FU.t3Submitted,
      intent: "return",
      comment: "",
    });
    expect(missing.status).toBe(400);
    expect(htmlToText(await missing.text())).toContain("Skriv en kommentar om vad som behöver ändras.");
    const returned = await form(t, `${base}/granska`, {
      followUpIds: FU.t3Submitted,
      intent: "return",
      comment: "Ange datum.",
    });
    expect(returned.status).toBe(303);
    const confirm = await form(t, `${base}/stang`, {});
    expect(confirm.status).toBe(200);
    expect(htmlToText(await confirm.text())).toContain("Vill du stänga perioden tertial 3 2026?");
    expect((await form(t, `${base}/stang`, { confirm: "yes" })).status).toBe(303);
    expect(htmlToText(await (await t.app.request(`${base}?klart=closed`)).text())).toContain(
      "Perioden är stängd.",
    );
    const history = htmlToText(
      await (await t.app.request(`/arbete/linkoping/punkter/${POINT[1]}/historik`)).text(),
    );
    expect(history).toContain("Test coordinator skickade tillbaka uppföljningen (2026-T3)");
    expect(history).toContain("Läge i rundan: inskickad → tillbakaskickad");
    expect(history).toContain("Kommentar: (tomt) → Ange datum.");
  });

  it("shows progress per point and party with the published rule", async () => {
    const t = await appAs({ as: principal("reader") });
    const text = htmlToText(
      await (await t.app.request("/arbete/linkoping/loften/skaggetorp-2026/framsteg")).text(),
    );
    expect(text).toContain("Per punkt");
    expect(text).toContain("Punkter som ännu inte har någon godkänd uppföljning");
    expect(text).toContain("Polismyndigheten LPO Linköping");
  });
});
