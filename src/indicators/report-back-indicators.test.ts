/**
 * The report-back's jämställdhet section carries the survey indicators of the promise's area by
 * gender (issue 11.3): a line chart and a table of the same numbers per indicator, in HTML (the
 * SVG with its series), DOCX (the table and the chart's caption and text alternative: Word gets
 * no drawing) and the model the PDF prints; a value from fewer than 5 answers appears nowhere.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase } from "../../test/db.js";
import { docxText } from "../../test/documents.js";
import { DEMO_PROMISE_REF, loadDemo } from "../demo/load-demo.js";
import type { Database } from "../platform/db/client.js";
import { SYSTEM_VIEWER } from "../platform/viewer.js";
import { buildReportBack } from "../reports/build-document.js";
import { type Block, cellText } from "../reports/model/document.js";
import { renderDocx } from "../reports/render/docx.js";
import { renderHtml } from "../reports/render/html.js";

let database: Database;
let blocks: Block[];
let html: string;
let section: Block[];

beforeAll(async () => {
  database = await createTestDatabase();
  await loadDemo(database.db);
  const built = await buildReportBack({ db: database.db, viewer: SYSTEM_VIEWER, ref: DEMO_PROMISE_REF });
  expect(built.issues.filter((i) => i.severity === "error")).toEqual([]);
  blocks = built.model.blocks;
  const start = blocks.findIndex((b) => b.type === "heading" && b.anchor === "jamstalldhet");
  const end = blocks.findIndex((b) => b.type === "heading" && b.anchor === "samrad");
  section = blocks.slice(start, end);
  html = renderHtml(built.model);
  docx = await renderDocx(built.model);
}, 120_000);
let docx: Uint8Array;
afterAll(() => database?.close());

describe("the report-back's jämställdhet section", () => {
  it("has a line chart and a table by gender for each indicator of Skäggetorp", () => {
    const figures = section.filter((b) => b.type === "figure");
    const tables = section.filter((b) => b.type === "table");
    expect(figures.map((f) => f.type === "figure" && f.alt)).toEqual([
      "Oro för brott, Skäggetorp",
      "Otrygghet utomhus kvällstid, Skäggetorp",
      "Undviker platser, Skäggetorp",
    ]);
    const index = tables.find(
      (t) => t.type === "table" && t.caption.startsWith("Otrygghet utomhus kvällstid"),
    );
    if (index?.type !== "table") throw new Error("no table");
    expect(index.header).toEqual(["År", "Kvinnor", "Män", "Alla"]);
    expect(index.rows.map((r) => r.map(cellText))).toEqual([
      ["2015", "3,4", "2,1", "2,8"],
      ["2016", "3,1", "2", "2,6"],
    ]);
    const chart = figures.find((f) => f.type === "figure" && f.alt.startsWith("Otrygghet"));
    if (chart?.type !== "figure" || !("kind" in chart.chart)) throw new Error("no line chart");
    // The chart draws the table's numbers.
    expect(chart.chart.series).toEqual([
      { label: "Kvinnor", values: [3.4, 3.1] },
      { label: "Män", values: [2.1, 2] },
      { label: "Alla", values: [2.8, 2.6] },
    ]);
    expect(index.caption).toContain("(exempeldata)");
  });

  it("draws the charts as SVG in HTML, and gives Word the tables", async () => {
    const part = html.slice(html.indexOf('id="jamstalldhet"'), html.indexOf('id="samrad"'));
    expect(part.match(/<svg /g)).toHaveLength(3);
    expect(part).toContain('data-series="Kvinnor"');
    expect(part).toMatch(/<desc id="diagram-\d+-desc">Otrygghet utomhus kvällstid i Skäggetorp per år/);
    expect(part).toContain('<th scope="row">2015</th><td>38 %</td><td>21 %</td><td>30 %</td>');
    const text = docxText(Buffer.from(docx));
    expect(text).toContain("Diagram: Oro för brott, Skäggetorp");
    expect(text).toContain("38 %");
  });

  it("leaves out the value from 4 answers (young women avoiding places, 2016)", () => {
    expect(JSON.stringify(section)).not.toContain('"50');
    expect(JSON.stringify(section)).not.toContain("16–24");
  });
});
