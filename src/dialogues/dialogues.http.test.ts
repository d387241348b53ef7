import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../../test/app.js";
import { type HttpSession, signInOverHttp } from "../../test/http-session.js";
import { DEMO_ACCOUNTS } from "../demo/accounts.js";
import { DEMO_DIALOGUE, DEMO_FINDING } from "../demo/dialogues-2016.js";
import { ROUND_2026_POINT } from "../demo/round-2026-ids.js";
import { AREA, COMMITMENT, PARTY } from "../demo/skaggetorp-2017-ids.js";
import { queryRows } from "../platform/db/rows.js";

const API = "/api/v1/partnerships/linkoping/dialogues";
const PAGES = "/arbete/linkoping/dialoger";
let t: TestApp;
let coordinator: HttpSession;
let police: HttpSession;
let administrator: HttpSession;
let reporter: HttpSession;
let reader: HttpSession;

beforeAll(async () => {
  t = await createTestApp({ demo: true });
  [coordinator, police, administrator, reporter, reader] = await Promise.all([
    signInOverHttp(t.app, DEMO_ACCOUNTS.coordinator.email),
    signInOverHttp(t.app, DEMO_ACCOUNTS.policeCoordinator.email),
    signInOverHttp(t.app, DEMO_ACCOUNTS.administrator.email),
    signInOverHttp(t.app, DEMO_ACCOUNTS.cultureReporter.email),
    signInOverHttp(t.app, DEMO_ACCOUNTS.reader.email),
  ]);
}, 60_000);
afterAll(() => t.database.close());

const send = (s: HttpSession, method: string, path: string, body?: unknown): Promise<Response> =>
  Promise.resolve(
    t.app.request(path, {
      method,
      headers: { Cookie: s.cookie, "X-CSRF-Token": s.csrf, "Content-Type": "application/json" },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    }),
  );

const dialogueInput = (title: string) => ({
  kind: "citizen",
  title,
  heldOn: "2026-03-10",
  areaId: AREA.skaggetorp,
  method: "door_knocking",
  venue: "Gårdarna vid Rydsvägen",
  public: true,
  organiserIds: [PARTY.municipality, PARTY.police],
  participants: [
    { gender: "women", ageBand: "25-44", count: 12 },
    { gender: "men", ageBand: "25-44", count: 9 },
    { gender: "other", ageBand: "unknown", count: 2 },
  ],
});

const auditCount = async (action: string) =>
  (
    await queryRows<{ n: number }>(
      t.database.db,
      sql`select count(*)::int as n from audit_events where action = ${action}`,
    )
  )[0]?.n ?? 0;

describe("dialogues over the API", () => {
  it("records a dialogue with counts, a finding, a link to a point; the point's reasons show it; stale versions are 409", async () => {
    const before = await auditCount("dialogue.created");
    let res = await send(coordinator, "POST", API, dialogueInput("Dörrknackning mars 2026"));
    expect(res.status).toBe(201);
    const { id } = (await res.json()) as { id: string };
    expect(await auditCount("dialogue.created")).toBe(before + 1);

    res = await send(coordinator, "GET", `${API}/${id}`);
    const dialogue = (await res.json()) as { participantsTotal: number; version: number; feedback: unknown };
    expect(dialogue.participantsTotal).toBe(23);
    expect(dialogue.feedback).toBeNull();

    res = await send(coordinator, "POST", `${API}/${id}/findings`, {
      category: "belysning",
      place: "Gångtunneln",
      statement: "Gångtunneln är mörk på kvällen.",
      raisedBy: 7,
      version: dialogue.version,
    });
    expect(res.status).toBe(201);
    const finding = (await res.json()) as { id: string; version: number };
    expect(finding.version).toBe(dialogue.version + 1);

    // A second writer still holding the first version is refused.
    res = await send(police, "POST", `${API}/${id}/findings`, {
      category: "trafik",
      statement: "Mopeder på gångvägen.",
      raisedBy: 3,
      version: dialogue.version,
    });
    expect(res.status).toBe(409);
    expect(((await res.json()) as { error: { code: string } }).error.code).toBe("conflict");

    const point = ROUND_2026_POINT[1];
    res = await send(police, "PUT", `${API}/${id}/findings/${finding.id}/commitments`, {
      commitmentIds: [point],
      version: finding.version,
    });
    expect(res.status).toBe(200);

    res = await send(reader, "GET", `/api/v1/partnerships/linkoping/points/${point}/reasons`);
    expect(res.status).toBe(200);
    const reasons = (await res.json()) as { data: Array<{ statement: string; raisedBy: number }> };
    expect(reasons.data).toEqual([
      expect.objectContaining({ statement: "Gångtunneln är mörk på kvällen.", raisedBy: 7 }),
    ]);
  });

  it("lists dialogues without återkoppling, and recording it takes them off the list", async () => {
    let res = await send(reader, "GET", API);
    let list = (await res.json()) as {
      data: Array<{ id: string; missingFeedback: boolean; version: number }>;
    };
    const doors = list.data.find((d) => d.id === DEMO_DIALOGUE.doors);
    expect(doors?.missingFeedback).toBe(true);
    expect(list.data.find((d) => d.id === DEMO_DIALOGUE.library)?.missingFeedback).toBe(false);

    res = await send(administrator, "PUT", `${API}/${DEMO_DIALOGUE.doors}/feedback`, {
      feedbackOn: "2016-10-01",
      feedbackHow: "Brev till de boende.",
      version: doors?.version,
    });
    expect(res.status).toBe(400);
    const refused = (await res.json()) as {
      error: { code: string; details: { fields: Record<string, string> } };
    };
    expect(refused.error.details.fields.feedbackOn).toBe("feedback_before_dialogue");

    res = await send(administrator, "PUT", `${API}/${DEMO_DIALOGUE.doors}/feedback`, {
      feedbackOn: "2016-12-01",
      feedbackHow: "Brev till de boende om vad som händer.",
      version: doors?.version,
    });
    expect(res.status).toBe(200);
    list = (await (await send(reader, "GET", API)).json()) as typeof list;
    expect(list.data.find((d) => d.id === DEMO_DIALOGUE.doors)?.missingFeedback).toBe(false);
  });

  it("takes counts only: names, unknown fields and personal data in free text are refused with Swedish errors", async () => {
    const withNames = { ...dialogueInput("Med namn"), participantNames: ["Anna Andersson"] };
    let res = await send(coordinator, "POST", API, withNames);
    expect(res.status).toBe(400);
    let body = (await res.json()) as { error: { code: string; message: string; details?: unknown } };
    expect(body.error.code).toBe("invalid_body");
    expect(body.error.message).toMatch(/ogiltigt/);

    res = await send(coordinator, "POST", API, {
      ...dialogueInput("Med namn i cell"),
      participants: [{ gender: "women", ageBand: "25-44", count: 2, name: "Anna" }],
    });
    expect(res.status).toBe(400);

    res = await send(coordinator, "POST", `${API}/${DEMO_DIALOGUE.staff}/findings`, {
      category: "annat",
      statement: "Ring 070-123 45 67 eller 19121212-1212 om detta.",
      raisedBy: 5,
      version: 1,
    });
    expect(res.status).toBe(400);
    body = (await res.json()) as { error: { code: string; message: string; details?: unknown } };
    expect(body.error.code).toBe("invalid_body");
    expect(body.error.details).toEqual({ fields: { statement: "personal_data" } });

    res = await send(coordinator, "POST", API, { ...dialogueInput("Fel område"), areaId: PARTY.police });
    expect(res.status).toBe(400);
    expect(((await res.json()) as { error: { details: unknown } }).error.details).toEqual({
      fields: { areaId: "area_invalid" },
    });

    res = await send(coordinator, "POST", API, {
      ...dialogueInput("Negativt"),
      participants: [{ gender: "men", ageBand: "65+", count: -1 }],
    });
    expect(res.status).toBe(400);
    res = await send(coordinator, "GET", `${API}/not-an-id`);
    expect(res.status).toBe(400);
  });

  it("authorizes per role: coordinators, police coordinators and administrators manage; reporters and readers read", async () => {
    for (const s of [reporter, reader]) {
      const res = await send(s, "POST", API, dialogueInput("Får inte"));
      expect(res.status).toBe(403);
      expect(((await res.json()) as { error: { message: string } }).error.message).toMatch(/samordnaren/);
      expect((await send(s, "GET", API)).status).toBe(200);
    }
    for (const s of [coordinator, police, administrator]) {
      expect((await send(s, "POST", API, dialogueInput(`Får ${s.cookie.slice(-6)}`))).status).toBe(201);
    }
    expect((await t.app.request(API)).status).toBe(404);
    expect((await t.app.request(PAGES)).status).toBe(303);
  });
});

describe("why this point on the public promise page", () => {
  it("shows the categories with how many raised them, suppresses fewer than 5, and shows words only of public dialogues", async () => {
    const res = await t.app.request("/linkoping/skaggetorp-2017");
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain("Varför den här punkten");
    // Point 2: otrygghet 31 from the library (public) and belysning 4 (suppressed).
    expect(html).toContain("Otrygghet: 31 tog upp det i 1 dialog(er)");
    expect(html).toContain("Belysning: färre än 5 tog upp det");
    expect(html).not.toMatch(/Belysning: 4 /);
    // The library dialogue is public: its words show; the staff dialogue's do not.
    expect(html).toContain("Det känns otryggt att gå genom centrum och över torget på kvällen.");
    expect(html).not.toContain("Öppen narkotikahandel vid centrum");
    // Narkotika on point 7: 14 (staff) + 12 (library) raised it, in two dialogues.
    expect(html).toContain("Narkotika: 26 tog upp det i 2 dialog(er)");
    // Participants by gender: "annat eller okänt" is 3 → suppressed.
    expect(html).toContain("annat eller okänt färre än 5");
    expect(html).not.toContain("Skäggetorps bibliotek och torget</");
  });
});

describe("the dialogue pages", () => {
  it("lists the dialogues with the missing återkoppling highlighted, and shows a dialogue with its findings", async () => {
    let res = await t.app.request(PAGES, reader.get());
    expect(res.status).toBe(200);
    let html = await res.text();
    expect(html).toContain("Dialoger utan återkoppling");
    expect(html).toContain("Medborgardialog på Skäggetorps bibliotek och torget");
    expect(html).not.toContain("Registrera en dialog");
    res = await t.app.request(`${PAGES}/${DEMO_DIALOGUE.library}`, reader.get());
    html = await res.text();
    expect(html).toContain("Dålig belysning på gångvägen mot skolan.");
    expect(html).toContain("Demodata");
    expect(html).not.toContain("Spara dialogen");
    res = await t.app.request(`${PAGES}/punkter/${COMMITMENT[7]}`, reader.get());
    html = await res.text();
    expect(html).toContain("Varför punkt 7");
    expect(html).toContain("Narkotika säljs öppet i centrum.");
    // The editor's point and the follow-up form link to it.
    html = await (await t.app.request("/arbete/linkoping/loften/skaggetorp-2017", coordinator.get())).text();
    expect(html).toContain(`href="${PAGES}/punkter/${COMMITMENT[7]}">Varför punkt 7</a>`);
    html = await (
      await t.app.request(`/arbete/linkoping/punkter/${COMMITMENT[7]}/2017-T2`, coordinator.get())
    ).text();
    expect(html).toContain(`href="${PAGES}/punkter/${COMMITMENT[7]}">Varför den här punkten</a>`);
  });

  it("records a dialogue through the form, shows field errors in Swedish, and refuses a stale form with 409", async () => {
    const cells = {
      "participants.0.gender": "women",
      "participants.0.ageBand": "0-15",
      "participants.0.count": "6",
    };
    let res = await t.app.request(
      PAGES,
      coordinator.post({
        kind: "staff",
        title: "",
        heldOn: "2026-04-01",
        areaId: AREA.skaggetorp,
        method: "meeting",
      }),
    );
    expect(res.status).toBe(400);
    let html = await res.text();
    expect(html).toContain("Fyll i fältet.");
    expect(html).toContain("Välj minst en arrangör.");

    res = await t.app.request(
      PAGES,
      coordinator.post({
        kind: "staff",
        title: "Medarbetardialog april",
        heldOn: "2026-04-01",
        areaId: AREA.skaggetorp,
        method: "meeting",
        organiserIds: [PARTY.police],
        ...cells,
      }),
    );
    expect(res.status).toBe(303);
    const location = res.headers.get("Location") ?? "";
    const id = /dialoger\/([0-9a-f-]{36})/.exec(location)?.[1] ?? "";
    res = await t.app.request(location, coordinator.get());
    html = await res.text();
    expect(html).toContain("Totalt 6 deltagare");

    res = await t.app.request(
      `${PAGES}/${id}/problem`,
      coordinator.post({
        version: "1",
        category: "trafik",
        statement: "Fortkörning på Bergsvägen.",
        raisedBy: "6",
      }),
    );
    expect(res.status).toBe(303);
    res = await t.app.request(
      `${PAGES}/${id}/aterkoppling`,
      coordinator.post({ version: "1", feedbackOn: "2026-05-01", feedbackHow: "Arbetsplatsträff" }),
    );
    expect(res.status).toBe(409);
    expect(await res.text()).toContain("Någon annan har ändrat dialogen under tiden.");
  });
});
