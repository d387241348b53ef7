/**
 * Golden test: the demo's återrapportering, generated from data, reads like the seed document in
 * HTML, DOCX and PDF — every section heading in the seed's order, every sentence present
 * (whitespace-normalised) except Word's placeholder, which appears nowhere.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase } from "../../test/db.js";
import { docxText, htmlText, pdfInfo, pdfText } from "../../test/documents.js";
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
import { buildReportBack } from "./build-document.js";
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
