/**
 * The lägesbild and åtgärdsplan through the front door: real sign-in, the page's forms with the CSRF
 * field, the API with the session's CSRF header; flags, links to promise points, follow-ups,
 * conflicts, refusals, and the two documents in all three formats.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../../test/app.js";
import { docxText, htmlText, pdfText } from "../../test/documents.js";
import { type HttpSession, signInOverHttp } from "../../test/http-session.js";
import { DEMO_ACCOUNTS } from "../demo/accounts.js";
import { AREA, COMMITMENT, PARTY } from "../demo/skaggetorp-2017-ids.js";

const PAGE = "/arbete/linkoping/lagesbild/2023";
const API = "/api/v1/partnerships/linkoping/assessments/2023";

let t: TestApp;
let coordinator: HttpSession;
let reader: HttpSession;

beforeAll(async () => {
  t = await createTestApp();
  coordinator = await signInOverHttp(t.app, DEMO_ACCOUNTS.coordinator.email);
  reader = await signInOverHttp(t.app, DEMO_ACCOUNTS.reader.email);
}, 120_000);

const api = (s: HttpSession, method: string, path: string, body?: unknown) =>
  t.app.request(path, {
    method,
    headers: { Cookie: s.cookie, "X-CSRF-Token": s.csrf, "Content-Type": "application/json" },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });

async function assessment() {
  const response = await api(coordinator, "GET", API);
  expect(response.status).toBe(200);
  return (await response.json()) as {
    version: number;
    problems: {
      id: string;
      title: string;
      version: number;
      policeFigures: { label: string; value: number }[];
      measureIds: string[];
    }[];
    measures: {
      id: string;
      title: string;
      version: number;
      latest: { status: string; source: string } | null;
      commitments: { id: string }[];
    }[];
    flags: { problemsWithoutMeasure: string[]; measuresWithoutProblem: string[] };
  };
}

describe("lägesbild and åtgärdsplan", () => {
  it("builds a lägesbild from the page's forms, links measures to problems and points, and flags what is missing", async () => {
    const empty = await t.app.request(PAGE, coordinator.get());
    expect(empty.status).toBe(200);
    expect(await empty.text()).toContain("Inga problem är beskrivna än.");

    const texts = await t.app.request(
      `${PAGE}/texter`,
      coordinator.post({
        version: "0",
        summary: "Brottsligheten i Linköping minskar men otryggheten är hög i Skäggetorp.",
        planSummary: "",
      }),
    );
    expect(texts.status).toBe(303);

    const added = await t.app.request(
      `${PAGE}/problem`,
      coordinator.post({
        title: "Öppen narkotikaförsäljning vid Skäggetorps centrum",
        category: "drugs",
        areaId: AREA.skaggetorp,
        analysis: "Försäljningen sker kvällstid vid centrumets entréer.",
        evidence: "Medborgardialog 2022, trygghetsmätning 2022.",
        policeFigures: "Anmälda narkotikabrott 2022: 87\nAnmälda narkotikabrott 2021: 64",
      }),
    );
    expect(added.status).toBe(303);
    await t.app.request(`${PAGE}/problem`, coordinator.post({ title: "Bilbränder", category: "vandalism" }));

    let a = await assessment();
    expect(a.problems.map((p) => p.title)).toEqual([
      "Öppen narkotikaförsäljning vid Skäggetorps centrum",
      "Bilbränder",
    ]);
    expect(a.problems[0]?.policeFigures).toEqual([
      { label: "Anmälda narkotikabrott 2022", value: 87 },
      { label: "Anmälda narkotikabrott 2021", value: 64 },
    ]);
    // Both problems lack a measure.
    expect(a.flags.problemsWithoutMeasure).toHaveLength(2);

    const drugs = a.problems[0]?.id ?? "";
    const measure = await t.app.request(
      `${PAGE}/atgarder`,
      coordinator.post({
        title: "Riktade kvällspatruller vid centrum",
        responsiblePartyId: PARTY.police,
        dueOn: "2023-12-31",
        problemIds: [drugs],
        commitmentIds: [COMMITMENT[1]],
      }),
    );
    expect(measure.status).toBe(303);
    await t.app.request(`${PAGE}/atgarder`, coordinator.post({ title: "Fritidsgård öppen på fredagar" }));

    a = await assessment();
    const fires = a.problems[1]?.id ?? "";
    expect(a.flags.problemsWithoutMeasure).toEqual([fires]);
    expect(a.flags.measuresWithoutProblem).toEqual([a.measures[1]?.id]);
    expect(a.measures[0]?.commitments.map((c) => c.id)).toEqual([COMMITMENT[1]]);
    // The point's approved follow-up (the demo's 2017 round) is the measure's latest.
    expect(a.measures[0]?.latest?.source).toBe("point");

    const page = await (await t.app.request(PAGE, coordinator.get())).text();
    expect(page).toContain("Problemet ”Bilbränder” har ingen åtgärd.");
    expect(page).toContain(
      "Åtgärden ”Fritidsgård öppen på fredagar” svarar inte mot något problem i lägesbilden.",
    );
  }, 120_000);

  it("shows a typo in the police figures as a Swedish error naming the line, and saves nothing", async () => {
    const before = await assessment();
    const response = await t.app.request(
      `${PAGE}/problem`,
      coordinator.post({ title: "Inbrott", category: "burglary", policeFigures: "Anmälda inbrott: många" }),
    );
    expect(response.status).toBe(400);
    expect(await response.text()).toContain("Rad 1: skriv siffran som");
    expect((await assessment()).problems).toHaveLength(before.problems.length);
  }, 60_000);

  it("refuses a stale version with 409 and keeps the newer text", async () => {
    const a = await assessment();
    const problem = a.problems[1];
    const first = await api(coordinator, "PUT", `${API}/problems/${problem?.id}`, {
      title: "Bilbränder i Skäggetorp",
      category: "vandalism",
      version: problem?.version,
    });
    expect(first.status).toBe(200);
    const stale = await api(coordinator, "PUT", `${API}/problems/${problem?.id}`, {
      title: "Bränder",
      category: "vandalism",
      version: problem?.version,
    });
    expect(stale.status).toBe(409);
    expect(((await stale.json()) as { error: { code: string } }).error.code).toBe("conflict");
    expect((await assessment()).problems[1]?.title).toBe("Bilbränder i Skäggetorp");
  }, 60_000);

  it("follows up a measure in an open period and refuses a closed one", async () => {
    const a = await assessment();
    const own = a.measures[1];
    const saved = await api(coordinator, "POST", `${API}/measures/${own?.id}/follow-ups`, {
      period: "2026-T3",
      status: "in_progress",
      narrative: "Öppet varannan fredag.",
    });
    expect(saved.status).toBe(200);
    const after = (await saved.json()) as {
      measures: { id: string; latest: { status: string; source: string } | null }[];
    };
    expect(after.measures.find((m) => m.id === own?.id)?.latest).toMatchObject({
      status: "in_progress",
      source: "measure",
    });
    const closed = await api(coordinator, "POST", `${API}/measures/${own?.id}/follow-ups`, {
      period: "2026-T2",
      status: "done",
    });
    expect(closed.status).toBe(409);
  }, 60_000);

  it("lets a reader read but not write, and hides the partnership from someone outside it", async () => {
    expect((await t.app.request(PAGE, reader.get())).status).toBe(200);
    const refused = await api(reader, "POST", `${API}/problems`, { title: "Rån", category: "violence" });
    expect(refused.status).toBe(403);
    const anonymous = await t.app.request(API);
    expect(anonymous.status).toBe(404);
    const unknownArea = await api(coordinator, "POST", `${API}/problems`, {
      title: "Rån",
      category: "violence",
      areaId: "00000000-0000-4000-8000-000000000000",
    });
    expect(unknownArea.status).toBe(400);
  }, 60_000);

  it("prints the lägesbild and the åtgärdsplan as HTML, DOCX and PDF with the same content", async () => {
    const html = await t.app.request(`${PAGE}/lagesbild/html`, coordinator.get());
    expect(html.status).toBe(200);
    const htmlBody = htmlText(await html.text());
    expect(htmlBody).toContain("Öppen narkotikaförsäljning vid Skäggetorps centrum");
    expect(htmlBody).toContain("Anmälda narkotikabrott 2022");
    const docx = await t.app.request(`${PAGE}/atgardsplan/docx`, coordinator.get());
    expect(docx.headers.get("Content-Type")).toContain("wordprocessingml");
    const docxBody = docxText(Buffer.from(await docx.arrayBuffer()));
    expect(docxBody).toContain("Riktade kvällspatruller vid centrum");
    expect(docxBody).toContain("Problem utan åtgärd");
    const pdf = await t.app.request(`${PAGE}/atgardsplan/pdf`, coordinator.get());
    expect(pdf.headers.get("Content-Type")).toBe("application/pdf");
    const pdfBody = pdfText(Buffer.from(await pdf.arrayBuffer()));
    expect(pdfBody).toContain("Fritidsgård öppen på fredagar");
    expect(pdfBody).toContain("Åtgärder utan problem i lägesbilden");
  }, 180_000);

  it("assembles the lägesbild's evidence: survey indicators, incidents, dialogues and walks, counts under 5 hidden", async () => {
    const response = await t.app.request(
      "/arbete/linkoping/lagesbild/2016/lagesbild/html",
      coordinator.get(),
    );
    expect(response.status).toBe(200);
    const text = htmlText(await response.text());
    expect(text).toContain("Underlag");
    // The demo's survey indicators (2015–2016, by gender) and its 2016 dialogues and safety walk.
    expect(text).toContain("Otrygghet utomhus kvällstid");
    expect(text).toContain("Problem som togs upp i dialoger 2015–2016");
    expect(text).toContain("Fynd vid trygghetsvandringar 2015–2016");
    expect(text).toContain("Inga händelser är rapporterade 2016.");
    // The walk's five findings are one or two per category: each cell shows "<5", never the count.
    const walks = text.slice(text.indexOf("Fynd vid trygghetsvandringar 2015–2016"));
    expect(walks).toContain("<5");
    expect(walks).not.toMatch(/Belysning [1-4] /);
  }, 120_000);
});
