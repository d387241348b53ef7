import { writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { AxeBuilder } from "@axe-core/playwright";
import { sql } from "drizzle-orm";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { queryRows } from "../../src/platform/db/rows.js";
import { principal } from "../principals.js";
import { launchChromium, type ServedApp, serveTestApp } from "./browser.js";

let served: ServedApp;
let browser: Browser;
let context: BrowserContext;
beforeAll(async () => {
  served = await serveTestApp({ as: principal("coordinator") });
  browser = await launchChromium();
  context = await browser.newContext();
});
afterAll(async () => {
  await browser?.close();
  await served?.close();
});

const BASE = "/arbete/linkoping/loften";

async function open(path: string): Promise<Page> {
  const page = await context.newPage();
  await page.goto(`${served.baseUrl}${path}`);
  return page;
}

async function violations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page })
    .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"])
    .analyze();
  return results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
}

async function counts() {
  const [row] = await queryRows<Record<string, number>>(
    served.database.db,
    sql`select (select count(*)::int from commitments) c, (select count(*)::int from follow_ups) f,
      (select coalesce(sum(version), 0)::int from commitments) cv, (select coalesce(sum(version), 0)::int from follow_ups) fv`,
  );
  return row;
}

describe("promise editor in Chromium", () => {
  for (const path of [BASE, `${BASE}/skaggetorp-2017`, `${BASE}/skaggetorp-2018`]) {
    it(`${path} has no WCAG 2.1 A/AA violations (axe-core)`, async () => {
      const page = await open(path);
      expect(await page.locator("h1").count()).toBe(1);
      expect(await violations(page)).toEqual([]);
      await page.close();
    });
  }

  it("creates a promise with the Nytt löfte form; a refused lifecycle action lists every reason", async () => {
    const page = await open(BASE);
    await page.fill("#new-ref", "webb-2030");
    await page.fill("#new-title-field", "Webblöfte");
    await page.fill("#new-from", "2030");
    await page.fill("#new-to", "2030");
    await page.getByRole("button", { name: "Skapa löftet" }).click();
    await page.waitForURL(/\/loften\/webb-2030/);
    expect(await page.locator("[role=status]").innerText()).toBe("Ändringen är sparad.");
    await page.getByRole("button", { name: "Gör till: i samråd" }).click();
    await page.waitForSelector(".error-summary");
    const summary = await page.locator(".error-summary").innerText();
    expect(summary).toContain("Löftet har inga punkter.");
    expect(summary).toContain("Löftet gäller inget område.");
    expect(await violations(page)).toEqual([]);
    await page.close();
  });

  it("an import with errors changes nothing and shows the row messages, using the keyboard", async () => {
    const page = await open(`${BASE}/skaggetorp-2018`);
    const csv = await (await fetch(`${served.baseUrl}${BASE}/skaggetorp-2018/export.csv`)).text();
    const lines = csv.replace(/^\uFEFF/, "").split("\r\n");
    const broken = [
      lines[0],
      lines[1]?.replace(";polisen;", ";ingen;"),
      lines[2]?.replace(/;1;|;2;/, ";x;"),
    ].join("\r\n");
    const path = join(tmpdir(), `import-${process.pid}.csv`);
    writeFileSync(path, broken);
    const before = await counts();
    await page.setInputFiles("#import-file", path);
    await page.focus("#import-file");
    await page.keyboard.press("Tab");
    await page.keyboard.press("Enter");
    await page.waitForSelector(".error-summary");
    const summary = await page.locator(".error-summary").innerText();
    expect(summary).toContain("Ingenting har ändrats");
    expect(summary).toContain("Rad 2, kolumn Ansvar: Ansvaret ingen finns inte.");
    expect(summary).toContain("Rad 3, kolumn Nr:");
    expect(await counts()).toEqual(before);
    expect(await violations(page)).toEqual([]);
    await page.close();
  });
});
