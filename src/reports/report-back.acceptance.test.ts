/**
 * Issue 9's acceptance over HTTP with real sessions: for a promise that is not the demo's, the
 * samordnare creates the återrapportering, fills its heading, texts and lists, takes it through
 * samråd, utskott and kommunstyrelsen with dates and §, and publishes it; a resident then reads
 * it (and the approved period reports) on the public site as HTML, PDF and DOCX, and the promise
 * is återrapporterat. Bad dates are refused on the form and the API with a message, never a 500.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../../test/app.js";
import { docxText, pdfText } from "../../test/documents.js";
import { type HttpSession, signInOverHttp } from "../../test/http-session.js";
import { followedUpPromise } from "../../test/report-scenario.js";
import { DEMO_ACCOUNTS } from "../demo/accounts.js";
import { DEMO_PARTNERSHIP_ID } from "../demo/skaggetorp-2017-ids.js";
import { closeSharedPdfProvider } from "../platform/pdf/pdf.js";
import { findPromise } from "../promises/promises.repository.js";
import type { DocumentModel } from "./model/document.js";
import { findLatestReportBack, listReportParts } from "./reports.repository.js";

let t: TestApp;
let coordinator: HttpSession;
let ref: string;
let promiseId: string;
let base: string;

const get = (path: string, s?: HttpSession) => t.app.request(path, s ? s.get() : {});
const post = (path: string, fields: Record<string, string>) => t.app.request(path, coordinator.post(fields));
const api = (path: string, json: unknown, method = "POST") =>
  t.app.request(`/api/v1/promises/${promiseId}/report-back/${path}`, {
    method,
    headers: {
      Cookie: coordinator.cookie,
      "X-CSRF-Token": coordinator.csrf,
      "Content-Type": "application/json",
    },
    body: JSON.stringify(json),
  });

async function report() {
  const promise = await findPromise(t.database.db, { partnershipId: DEMO_PARTNERSHIP_ID, ref });
  const row = promise ? await findLatestReportBack(t.database.db, promise.id) : null;
  if (!row) throw new Error("no report-back");
  return row;
}
const version = async () => String((await report()).version);

/** A form POST that should succeed (303 back to the report). */
async function step(path: string, fields: Record<string, string>) {
  const res = await post(`${base}/${path}`, { version: await version(), ...fields });
  expect(res.status, `${path}: ${await res.clone().text()}`).toBe(303);
}

beforeAll(async () => {
  t = await createTestApp();
  const scenario = await followedUpPromise(t.database.db);
  ref = scenario.promise.ref;
  promiseId = scenario.promise.id;
  base = `/arbete/linkoping/loften/${ref}/aterrapportering`;
  coordinator = await signInOverHttp(t.app, DEMO_ACCOUNTS.coordinator.email);
});
afterAll(async () => {
  await closeSharedPdfProvider();
  await t.database.close();
});

describe("the återrapportering of a promise that is not the demo's", () => {
  it("is offered on the Rapporter page and created prefilled from the promise", async () => {
    const list = await (await get("/arbete/linkoping/rapporter", coordinator)).text();
    expect(list).toContain(`${base}"`);
    expect(list).toContain("väntas nu");
    const start = await get(base, coordinator);
    expect(start.status).toBe(200);
    expect(await start.text()).toContain("Skapa återrapporteringen");

    const created = await post(`${base}/skapa`, {});
    expect(created.status).toBe(303);
    const row = await report();
    expect(row.status).toBe("draft");
    const parts = await listReportParts(t.database.db, row.id);
    expect(parts.decisionItems.map((d) => d.text.sv)).toEqual([
      "Kommunstyrelsen godkänner återrapporteringen av resultat från Testlöfte.",
    ]);
    // Beslutsunderlag: the memo, the promise and its period reports.
    expect(parts.attachments.map((a) => a.periodCode)).toEqual([null, null, "2019-T1", "2019-T2", "2019-T3"]);
    expect(parts.attachments.at(-1)?.title).toBe("Uppföljning tertial 3 2019 av Testlöfte");
    // A second one is refused: the promise has one.
    expect((await post(`${base}/skapa`, {})).status).toBe(409);

    // The page shows the draft with the blocking errors: the jämställdhet text is to be written.
    const page = await (await get(base, coordinator)).text();
    expect(page).toContain("Jämställdhet");
    expect(page).toContain("platshållartext");
  });

  it("edits the heading, the texts and every list; a stale edit is refused with the saved values", async () => {
    const form = await (await get(`${base}/redigera`, coordinator)).text();
    expect(form).toContain('name="officerName"');
    await step("redigera", {
      registrationNumber: "KS 2020/0007",
      datedOn: "2020-01-20",
      addressee: "kommunstyrelsen",
      issuingUnit: "Kommunledningsförvaltningen",
      issuingSubunit: "Säkerhetsenheten",
      officerName: "Eva Handläggare",
      officerTitle: "Säkerhetsstrateg",
      officerPhone: "013-20 00 00",
      officerEmail: "eva.handlaggare@example.se",
      title: "Återrapportering av medborgarlöfte 2019",
      matter: "Kommunstyrelsen föreslås godkänna återrapporteringen av medborgarlöftet 2019.",
      background: "Medborgarlöftet 2019 gällde tre punkter för kommunen och polisen.",
      genderEquality: "Kvinnor och män, flickor och pojkar har deltagit i trygghetsvandringarna.",
      goalsIntro: "",
      publicationNote: "",
      committeeNote: "",
      mblStatement: "MBL-information eller förhandling är inte påkallad.",
    });
    const row = await report();
    expect(row.officerName).toBe("Eva Handläggare");
    expect(row.datedOn).toBe("2020-01-20");

    await step("listor/consultations", {
      "items.0.body": "kommunpolis",
      "items.0.mode": "collaborated",
      "items.1.body": "säkerhetsenheten",
      "items.1.mode": "collaborated",
    });
    await step("listor/signatories", { "items.0.name": "Anna Direktör", "items.0.title": "kommundirektör" });
    // Added, then reordered and one removed.
    await step("listor/distribution", {
      "items.0.recipient": "Polismyndigheten",
      "items.1.recipient": "Säkerhetschefen",
      "items.2.recipient": "Att ta bort",
    });
    const parts = await listReportParts(t.database.db, row.id);
    await step("listor/distribution", {
      "items.0.id": parts.distribution[0]?.id ?? "",
      "items.0.recipient": "Polismyndigheten",
      "items.0.position": "2",
      "items.1.id": parts.distribution[1]?.id ?? "",
      "items.1.recipient": "Säkerhetschefen",
      "items.1.position": "1",
      "items.2.id": parts.distribution[2]?.id ?? "",
      "items.2.recipient": "Att ta bort",
      "items.2.remove": "true",
    });
    const after = await listReportParts(t.database.db, row.id);
    expect(after.distribution.map((d) => d.recipient)).toEqual(["Säkerhetschefen", "Polismyndigheten"]);

    // A stale version: 409, with the list as saved meanwhile.
    const stale = await post(`${base}/listor/distribution`, {
      version: String(row.version),
      "items.0.recipient": "Någon annan",
    });
    expect(stale.status).toBe(409);
    const html = await stale.text();
    expect(html).toContain("Någon annan har ändrat");
    expect(html).toContain('value="Säkerhetschefen"');

    // A stale edit of the texts: 409, the form again with what was typed and the values saved meanwhile.
    const staleTexts = await post(`${base}/redigera`, {
      version: String(row.version),
      registrationNumber: "KS 2020/9999",
      officerName: "Någon annan",
    });
    expect(staleTexts.status).toBe(409);
    const textsPage = await staleTexts.text();
    expect(textsPage).toContain('value="Någon annan"');
    expect(textsPage).toContain("<dd>Eva Handläggare</dd>");
    expect((await report()).officerName).toBe("Eva Handläggare");

    // The API edits a list too, in the order given.
    const viaApi = await api(
      "lists/links",
      {
        version: Number(await version()),
        items: [{ url: "https://example.se/medborgarloften", label: "Löftena" }],
      },
      "PUT",
    );
    expect(viaApi.status, await viaApi.clone().text()).toBe(200);
  });

  it("refuses bad decision dates on the form and the API with a message and a code", async () => {
    await step("skicka", {}); // → samråd
    const consultations = (await listReportParts(t.database.db, (await report()).id)).consultations;
    const positions = Object.fromEntries(
      consultations.flatMap((c, i) => [
        [`consultations.${i}.id`, c.id],
        [`consultations.${i}.stance`, "endorses"],
        [`consultations.${i}.consultedOn`, "2020-01-25"],
      ]),
    );
    await step("samrad", positions);
    await step("skicka", {}); // → utskott

    const cases = [
      ["2018-13-45", "date_impossible", "är inget datum som finns"],
      ["1899-01-01", "date_before_promise", "före medborgarlöftets början"],
      ["2999-01-01", "date_in_future", "har inte varit ännu"],
    ] as const;
    for (const [date, code, message] of cases) {
      const before = await report();
      const form = await post(`${base}/utskott`, {
        version: String(before.version),
        body: "trygghetsutskottet",
        decidedOn: date,
        paragraph: "§ 12",
      });
      expect(form.status, date).toBe(400);
      expect(await form.text()).toContain(message);
      const res = await api("committee-decision", {
        version: before.version,
        body: "trygghetsutskottet",
        decidedOn: date,
        paragraph: "§ 12",
      });
      expect(res.status, date).toBe(400);
      const { error: body } = (await res.json()) as {
        error: { code: string; message: string; details: { code: string }[] };
      };
      expect(body.code).toBe("invalid_body");
      expect(body.details[0]?.code).toBe(code);
      expect(body.message).toContain(date);
      expect(await report()).toEqual(before);
    }
    // Not before the step before it: the committee after the consultation (2020-01-25).
    const early = await api("committee-decision", {
      version: (await report()).version,
      body: "trygghetsutskottet",
      decidedOn: "2020-01-10",
    });
    expect(early.status).toBe(400);
    expect(((await early.json()) as { error: { details: { code: string }[] } }).error.details[0]?.code).toBe(
      "date_before_previous_step",
    );
    expect(t.loggedErrors).toEqual([]);
  });

  it("goes through utskott and kommunstyrelsen with dates and §; the decided edition carries the decision", async () => {
    await step("utskott", {
      body: "trygghets- och demokratiutskottet",
      decidedOn: "2020-02-04",
      paragraph: "§ 12",
    });
    expect((await report()).status).toBe("to_board");
    await step("beslut", {
      body: "kommunstyrelsen",
      decidedOn: "2020-02-18",
      paragraph: "§ 45",
      text: "godkänna återrapporteringen av medborgarlöftet 2019.",
    });
    const decided = await report();
    expect(decided.status).toBe("decided");
    const parts = await listReportParts(t.database.db, decided.id);
    expect(parts.decisions.map((d) => [d.step, d.body, d.decidedOn, d.paragraph])).toEqual([
      ["committee", "trygghets- och demokratiutskottet", "2020-02-04", "§ 12"],
      ["board", "kommunstyrelsen", "2020-02-18", "§ 45"],
    ]);
    const model = decided.frozenModel as DocumentModel;
    const text = JSON.stringify(model);
    expect(text).toContain("2020-02-18");
    expect(text).toContain("45");
    expect(text).toContain("KS 2020/0007");
    expect(text).toContain("Eva Handläggare");
  });

  it("publishes it: the promise is återrapporterat and residents read it as HTML, PDF and DOCX", async () => {
    await step("skicka", {});
    expect((await report()).status).toBe("published");
    expect((await findPromise(t.database.db, { partnershipId: DEMO_PARTNERSHIP_ID, ref }))?.status).toBe(
      "reported_back",
    );

    const home = await (await get("/")).text();
    expect(home).toContain(`/linkoping/${ref}/aterrapportering`);
    const promisePage = await (await get(`/linkoping/${ref}`)).text();
    expect(promisePage).toContain(`/linkoping/${ref}/aterrapportering?utgava=1`);
    expect(promisePage).toContain(`/linkoping/${ref}/period/2019-T3`);

    const page = await get(`/linkoping/${ref}/aterrapportering`);
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain("Återrapportering av medborgarlöfte 2019");
    expect(html).toContain("2020-02-18");
    // The decision block (printed by the document model) in all three formats.
    const sentence = "Kommunstyrelsen beslutade 2020-02-18, § 45";
    const flat = (text: string) => text.replace(/\s+/g, " ");
    expect(flat(html)).toContain(sentence);

    const pdf = await get(`/linkoping/${ref}/aterrapportering/ladda-ner/pdf`);
    expect(pdf.status).toBe(200);
    expect(pdf.headers.get("Content-Type")).toBe("application/pdf");
    const pdfBody = pdfText(Buffer.from(await pdf.arrayBuffer()));
    expect(pdfBody).toContain("Återrapportering av medborgarlöfte 2019");
    expect(flat(pdfBody)).toContain(sentence);
    expect(pdfBody).toContain("Sida 1 av");

    const docx = await get(`/linkoping/${ref}/aterrapportering/ladda-ner/docx`);
    expect(docx.status).toBe(200);
    const docxBody = docxText(Buffer.from(await docx.arrayBuffer()));
    expect(docxBody).toContain("Återrapportering av medborgarlöfte 2019");
    expect(flat(docxBody)).toContain(sentence);

    // An approved period report, public too.
    const period = await get(`/linkoping/${ref}/period/2019-T3`);
    expect(period.status).toBe(200);
    expect(await period.text()).toContain("Kommunen har ordnat fyra trygghetsvandringar");
    const periodPdf = await get(`/linkoping/${ref}/period/2019-T3/ladda-ner/pdf`);
    expect(periodPdf.status).toBe(200);
    expect(pdfText(Buffer.from(await periodPdf.arrayBuffer()))).toContain("trygghetsvandringar");
    expect((await get(`/linkoping/${ref}/period/2019-T3/ladda-ner/docx`)).status).toBe(200);
  });

  it("corrects the decided edition: the correction says what it replaces and why, keeps the statements, and publishing it marks the first replaced", async () => {
    await step("rattelse", { reason: "Fel siffra i beslutsunderlaget." });
    const edition2 = await report();
    expect(edition2.edition).toBe(2);
    expect(edition2.correctionReason?.sv).toBe("Fel siffra i beslutsunderlaget.");
    const parts = await listReportParts(t.database.db, edition2.id);
    expect(parts.consultations.map((c) => [c.body, c.stance, c.consultedOn])).toEqual([
      ["kommunpolis", "endorses", "2020-01-25"],
      ["säkerhetsenheten", "endorses", "2020-01-25"],
    ]);
    const page = await (await get(base, coordinator)).text();
    expect(page).toContain("ersätter utgåva 1: Fel siffra i beslutsunderlaget.");

    await step("skicka", {});
    await step("skicka", {});
    await step("skicka", {}); // samråd → utskott → kommunstyrelsen (no utskott this time)
    await step("beslut", {
      body: "kommunstyrelsen",
      decidedOn: "2020-03-03",
      paragraph: "§ 61",
      text: "godkänna den rättade återrapporteringen.",
    });
    await step("skicka", {});
    const public2 = await (await get(`/linkoping/${ref}/aterrapportering`)).text();
    expect(public2).toContain("Du läser utgåva 2");
    const public1 = await get(`/linkoping/${ref}/aterrapportering?utgava=1`);
    expect(public1.status).toBe(200);
    expect(await public1.text()).toContain("har ersatts av en senare utgåva");
    // The workspace still reads the first edition.
    expect((await get(`${base}?utgava=1`, coordinator)).status).toBe(200);
  });
});
