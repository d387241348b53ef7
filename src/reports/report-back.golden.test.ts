/**
 * Golden test: the demo's återrapportering, generated from data, reads like the seed document in
 * HTML, DOCX and PDF — every section heading in the seed's order, every sentence present
 * (whitespace-normalised) except Word's placeholder, which appears nowhere.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase } from "../../test/db.js";
import { docxText, htmlText, libreOfficePdf, pdfInfo, pdfText } from "../../test/documents.js";
import { htmlToText, normalizeWhitespace } from "../../test/seed.js";
import {
  firstHeadingOutOfOrder,
  SEED_HEADINGS,
  SEED_PLACEHOLDER,
  seedSentences,
} from "../../test/seed-sentences.js";
import { DEMO_PROMISE_REF, loadDemo } from "../demo/load-demo.js";
import type { Database } from "../platform/db/client.js";
import { createPdfProvider, type PdfProvider } from "../platform/pdf/pdf.js";
import { SYSTEM_VIEWER } from "../platform/viewer.js";
import { buildReportBack, loadReportBackInput } from "./build-document.js";
import { reportPromise } from "./load-report-data.js";
import { assembleProtocolExtract, assembleReportBack } from "./model/assemble-report-back.js";
import type { DocumentModel } from "./model/document.js";
import { renderDocx } from "./render/docx.js";
import { renderHtml } from "./render/html.js";
import { renderPdf } from "./render/pdf.js";
import { readZip } from "./render/zip.js";

let database: Database;
let model: DocumentModel;
let pdf: PdfProvider;

beforeAll(async () => {
  database = await createTestDatabase();
  await loadDemo(database.db);
  const built = await buildReportBack({ db: database.db, viewer: SYSTEM_VIEWER, ref: DEMO_PROMISE_REF });
  expect(built.issues.filter((i) => i.severity === "error")).toEqual([]);
  model = built.model;
  pdf = createPdfProvider({ executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium" });
});

afterAll(async () => {
  await pdf?.close();
  await database?.close();
});

/**
 * Whitespace-normalised; a line wrapped after "/" inside a web address (as PDF text extraction
 * gives it) is joined, in the text and the seed alike.
 */
const joinWrappedUrls = (s: string) => s.replace(/\/ /g, "/");

/**
 * The text without the running header and footer that Chromium prints on every page (they would
 * otherwise interrupt a sentence that runs over a page break); the test below checks they are there.
 */
function withoutPageFurniture(text: string): string {
  const header = model.meta.runningHeader ?? [];
  expect(header.length).toBeGreaterThan(0);
  return text
    .split("\n")
    .filter((line) => !header.includes(line.trim()) && !/^Sida \d+ av \d+$/.test(line.trim()))
    .join("\n");
}

function expectReadsLikeTheSeed(text: string) {
  const normalized = joinWrappedUrls(normalizeWhitespace(text));
  expect(firstHeadingOutOfOrder(normalized)).toBeNull();
  const missing = seedSentences().filter((s) => !normalized.includes(joinWrappedUrls(s)));
  expect(missing).toEqual([]);
  expect(normalized).not.toContain(SEED_PLACEHOLDER);
  expect(normalized).toContain("Medborgarlöftet för 2017 har omfattat följande åtta punkter:");
  expect(normalized).toContain("Samtliga tillstyrker avrapporteringen.");
}

describe("the demo återrapportering", () => {
  it("has the seed's many sentences to check", () => {
    expect(seedSentences().length).toBeGreaterThan(60);
  });

  it("HTML: headings in order, every sentence, no placeholder; lang and title set", () => {
    const html = renderHtml(model);
    expectReadsLikeTheSeed(htmlText(html));
    expect(html).toMatch(/<html lang="sv">/);
    expect(html).toContain("<title>Återrapportering av resultat från medborgarlöfte 2017</title>");
    expect(html.match(/<h1[ >]/g)).toHaveLength(1);
    expect(html).not.toContain("<script");
    // Council goals keep their own numbers; the attachments are listed.
    expect(htmlToText(html)).toContain("3. En kommun med höga kunskapsambitioner och trygga uppväxtvillkor");
    expect(htmlToText(html)).toContain("Uppföljning av medborgarlöftet, tertial 2 2017");
  });

  it("DOCX: the same, read back from word/document.xml, with Word headings and a page header", async () => {
    const docx = await renderDocx(model);
    expectReadsLikeTheSeed(docxText(docx));
    expect(docxText(docx, "word/header1.xml")).toContain("Linköpings kommun");
    expect(docxText(docx, "word/header1.xml")).toContain("KS 2018-0042");
    expect(docxText(docx, "word/footer1.xml")).toContain("Sida");
    // Section headings are real Word headings (style Heading1, "Rubrik 1" in Swedish Word); the
    // decision proposal is a Word numbered list.
    const xml =
      readZip(docx)
        .find((e) => e.name === "word/document.xml")
        ?.data.toString("utf8") ?? "";
    const headings = [
      ...xml.matchAll(/<w:p>(?:(?!<\/w:p>).)*?<w:pStyle w:val="Heading1"\/>(?:(?!<\/w:p>).)*?<\/w:p>/gs),
    ].map((m) => m[0].replace(/<[^>]+>/g, ""));
    expect(headings).toEqual(SEED_HEADINGS.slice(1).map((h) => h));
    expect(xml).toMatch(/<w:numPr><w:ilvl w:val="0"\/><w:numId w:val="\d+"\/><\/w:numPr>/);
    // Byte-stable: rendering twice gives the same file.
    expect((await renderDocx(model)).equals(docx)).toBe(true);
  });

  it("PDF: the same, extracted with pdftotext; tagged, with title", async () => {
    const bytes = await renderPdf(model, pdf);
    expectReadsLikeTheSeed(withoutPageFurniture(pdfText(bytes)));
    const info = pdfInfo(bytes);
    expect(info.Title).toBe("Återrapportering av resultat från medborgarlöfte 2017");
    expect(info.Tagged).toBe("yes");
  });
});

const DECISION_SENTENCE =
  "Kommunstyrelsen beslutade 2018-02-06, § 45, att godkänna upprättat förslag återrapportering av resultat från medborgarlöftet 2017 till Skäggetorpsborna.";

/** The text of a document in each format (PDF without nothing removed: page furniture included). */
async function texts(m: DocumentModel) {
  const docx = await renderDocx(m);
  return {
    html: normalizeWhitespace(htmlText(renderHtml(m))),
    docx: normalizeWhitespace(
      [docxText(docx), docxText(docx, "word/header1.xml"), docxText(docx, "word/footer1.xml")].join(" "),
    ),
    pdf: normalizeWhitespace(pdfText(await renderPdf(m, pdf))),
  };
}

describe("the demo återrapportering's heading, marks, decision and extract", () => {
  let decided: DocumentModel;
  let extract: DocumentModel;

  beforeAll(async () => {
    const promise = await reportPromise(database.db, SYSTEM_VIEWER, { ref: DEMO_PROMISE_REF }, "read");
    const input = await loadReportBackInput(database.db, promise);
    const report = {
      ...input.report,
      status: "decided",
      decision: {
        body: "kommunstyrelsen",
        decidedOn: "2018-02-06",
        paragraph: "45",
        items: [
          "Kommunstyrelsen godkänner upprättat förslag återrapportering av resultat från medborgarlöftet 2017 till Skäggetorpsborna.",
        ],
      },
    };
    decided = assembleReportBack({ ...input, report });
    extract = assembleProtocolExtract({ ...input, report });
  });

  it("prints the tjänsteskrivelse heading block and marks the demo's Dnr and date in all three formats", async () => {
    const t = await texts(model);
    for (const [format, text] of Object.entries(t)) {
      for (const expected of [
        "Linköpings kommun",
        "Kommunledningsförvaltningen",
        "TJÄNSTESKRIVELSE",
        "Datum",
        "Diarienummer",
        "Exempeldata: värdet är påhittat för demonstrationen",
      ]) {
        expect(text, `${format}: ${expected}`).toContain(expected);
      }
      // The Dnr is marked where it is printed.
      expect(text, format).toMatch(/KS 2018-0042 ?\*/);
      // No handling officer in the demo's data: nothing printed, no placeholder.
      expect(text, format).not.toContain("Handläggare");
    }
    expect(t.pdf).toContain("Sida 1 av");
    expect(t.docx).toContain("Sida");
  });

  it("a decided edition prints the decision block in all three formats and carries it in the metadata", async () => {
    const t = await texts(decided);
    for (const [format, text] of Object.entries(t)) expect(text, format).toContain(DECISION_SENTENCE);
    const html = renderHtml(decided);
    expect(html).toContain(`<meta name="description" content="${DECISION_SENTENCE}">`);
    expect(html).toContain(`<meta name="dcterms.identifier" content="Dnr KS 2018-0042">`);
    const docx = await renderDocx(decided);
    const core = readZip(docx)
      .find((e) => e.name === "docProps/core.xml")
      ?.data.toString("utf8");
    expect(core).toContain(`<dc:subject>${DECISION_SENTENCE}</dc:subject>`);
    expect(core).toContain("<dc:identifier>Dnr KS 2018-0042</dc:identifier>");
    expect(core).toContain("<cp:contentStatus>Beslutad 2018-02-06</cp:contentStatus>");
    expect((await renderDocx(decided)).equals(docx)).toBe(true);
    const info = pdfInfo(await renderPdf(decided, pdf));
    expect(info.Subject).toBe(DECISION_SENTENCE);
    expect(info.Keywords).toBe("Dnr KS 2018-0042; Kommunstyrelsen 2018-02-06 § 45");
    expect(info.Title).toBe("Återrapportering av resultat från medborgarlöfte 2017");
  });

  it("LibreOffice opens the decided DOCX: the decision and 'Sida 1 av' in its PDF", {
    timeout: 180_000,
  }, async () => {
    const text = normalizeWhitespace(pdfText(libreOfficePdf(await renderDocx(decided))));
    expect(text).toContain(DECISION_SENTENCE);
    expect(text).toContain("Sida 1 av");
    expect(text).toContain("TJÄNSTESKRIVELSE");
  });

  it("the protokollsutdrag in all three formats", async () => {
    const t = await texts(extract);
    for (const [format, text] of Object.entries(t)) {
      for (const expected of [
        "PROTOKOLLSUTDRAG",
        "§ 45",
        // (pdftotext reads the title's wrapped last part apart from its first line)
        "Återrapportering av resultat från",
        "Kommunstyrelsen beslutar att godkänna upprättat förslag återrapportering",
        "Beslutet skickas till",
        "Polismyndigheten LPO Linköping",
        "Justerandes signatur",
        "Utdragsbestyrkande",
      ]) {
        expect(text, `${format}: ${expected}`).toContain(expected);
      }
      expect(text, format).toMatch(/Dnr KS 2018-0042/);
    }
    expect(t.pdf).toContain("Sida 1 av 1");
  });
});
