/**
 * Survey indicators in Chromium (issue 11.3; the CSP allows no script, so the pages run none): the workspace page checks a file
 * with a broken row (the row and column named), then checks and imports a good one; the public
 * page draws the charts with their tables; no WCAG 2.1 A/AA violation on either, at 320 px too.
 */
import { AxeBuilder } from "@axe-core/playwright";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { principal } from "../principals.js";
import { launchChromium, type ServedApp, serveTestApp } from "./browser.js";

let served: ServedApp;
let browser: Browser;
beforeAll(async () => {
  served = await serveTestApp({ as: principal("coordinator") });
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  await served?.close();
});

async function axeViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page })
    .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"])
    .analyze();
  expect(results.passes.length).toBeGreaterThan(10);
  return results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
}

const csv = (lines: string[]) => Buffer.from(`\uFEFF${lines.join("\r\n")}\r\n`);
const HEADER = "indikator;typ;område;år;grupp;ålder;värde;källa;n";

describe("survey indicators in Chromium (no scripts: the CSP forbids them)", () => {
  it("refuse a broken file naming row and column, then check and import a good one", async () => {
    const page = await (await browser.newContext()).newPage();
    const base = `${served.baseUrl}/arbete/linkoping/trygghet`;
    await page.goto(base);
    expect(await page.locator("h1").textContent()).toBe("Trygghetsmätningar");
    expect(await page.locator("svg[role=img]").count()).toBe(3);
    expect(await axeViolations(page)).toEqual([]);

    await page.setInputFiles("#import-fil", {
      name: "resultat.csv",
      mimeType: "text/csv",
      buffer: csv([
        HEADER,
        "Trygg i centrum;procent;Skäggetorp;2015;kvinnor;alla;40;Enkät;90",
        "Trygg i centrum;procent;Skäggetorp;2016;män;alla;140;Enkät;90",
      ]),
    });
    await page.getByRole("button", { name: "Granska filen" }).click();
    expect(await page.locator(".error-summary li").allTextContents()).toEqual([
      "Rad 3, kolumn värde: Andelen 140 ligger inte mellan 0 och 100.",
    ]);
    expect(await axeViolations(page)).toEqual([]);

    await page.setInputFiles("#import-fil", {
      name: "resultat.csv",
      mimeType: "text/csv",
      buffer: csv([
        HEADER,
        "Trygg i centrum;procent;Skäggetorp;2015;kvinnor;alla;40;Enkät;90",
        "Trygg i centrum;procent;Skäggetorp;2016;kvinnor;alla;44;Enkät;90",
      ]),
    });
    await page.getByRole("button", { name: "Granska filen" }).click();
    expect(await page.locator("[role=status]").textContent()).toContain(
      "Filen går att läsa in: 2 rader, 2 nya värden",
    );
    expect(await axeViolations(page)).toEqual([]);
    await Promise.all([
      page.waitForURL(/inlast=2-0-0/),
      page.getByRole("button", { name: "Läs in filen" }).click(),
    ]);
    expect(await page.locator("[role=status]").textContent()).toContain("Inläst: 2 nya värden");
    expect(await page.locator("svg[role=img]").count()).toBe(4);
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  }, 120_000);

  it("show residents the charts and tables, accessible at 320 px", async () => {
    const context = await browser.newContext({
      viewport: { width: 320, height: 800 },
    });
    const page = await context.newPage();
    await page.goto(`${served.baseUrl}/linkoping/trygghet`);
    expect(await page.locator("h1").textContent()).toContain("Trygghet i");
    const titles = await page.locator("svg[role=img] > title").allTextContents();
    expect(titles).toContain("Otrygghet utomhus kvällstid, Skäggetorp");
    expect(await page.locator("table").first().locator("tbody tr").count()).toBe(2);
    // Nothing is wider than the screen.
    const scroll = await page.evaluate("document.documentElement.scrollWidth");
    expect(scroll).toBeLessThanOrEqual(320);
    expect(await axeViolations(page)).toEqual([]);
    await context.close();
  }, 120_000);
});
