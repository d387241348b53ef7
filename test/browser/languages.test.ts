import { AxeBuilder } from "@axe-core/playwright";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEMO_WALK_ID } from "../../src/demo/safety-walk-2016.js";
import { PUBLIC_LOCALES } from "../../src/platform/i18n/index.js";
import { localePath } from "../../src/platform/i18n/locale-path.js";
import { publishedSituation } from "../incident-scenario.js";
import { launchChromium, type ServedApp, serveTestApp } from "./browser.js";

// Issue 10.2: the residents' languages in a real browser, right to left included.
let served: ServedApp;
let browser: Browser;
let context: BrowserContext;
beforeAll(async () => {
  served = await serveTestApp();
  // "Händelser per vecka" on /linkoping/trygghet: a published week, its chart and table.
  await publishedSituation(served.database.db);
  browser = await launchChromium();
  context = await browser.newContext();
});
afterAll(async () => {
  await browser?.close();
  await served?.close();
});

/** Every kind of public page (the report pages are axe-checked in report-pages.test.ts). */
const PUBLIC_PAGES = [
  "/",
  "/?klassning=vulnerable",
  "/linkoping",
  "/linkoping/skaggetorp-2017",
  "/linkoping/skaggetorp-2026",
  "/linkoping/trygghet",
  "/linkoping/trygghetsvandringar",
  `/linkoping/trygghetsvandringar/${DEMO_WALK_ID}`,
  "/linkoping/folj",
  "/tillganglighet",
  "/oppna-data",
  `/avprenumerera/${"x".repeat(43)}`,
  "/linkoping/finns-inte",
];
const PAGES = PUBLIC_LOCALES.flatMap((locale) => PUBLIC_PAGES.map((path) => localePath(locale, path)));

async function open(path: string): Promise<Page> {
  const page = await context.newPage();
  await page.goto(`${served.baseUrl}${path}`);
  return page;
}

describe("public pages in every language", () => {
  for (const path of PAGES) {
    it(`${path} has no WCAG 2.1 A/AA violations (axe-core)`, async () => {
      const page = await open(path);
      const results = await new AxeBuilder({ page })
        .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"])
        .analyze();
      const summary = results.violations.map(
        (v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`,
      );
      expect(summary).toEqual([]);
      expect(results.passes.length).toBeGreaterThan(10);
      await page.close();
    }, 60_000);
  }

  it("mirrors the Arabic page: right to left, the language switch on the left of the header", async () => {
    const page = await open("/ar/linkoping/skaggetorp-2017");
    expect(await page.evaluate(() => getComputedStyle(document.body).direction)).toBe("rtl");
    const brand = await page.locator(".brand").boundingBox();
    const switcher = await page.locator("nav.lang").boundingBox();
    expect(brand && switcher && brand.x > switcher.x).toBe(true);
    await page.close();
  });

  it("reaches the language switch by Tab and changes the language with Enter, on the same page", async () => {
    const page = await open("/linkoping/skaggetorp-2017?period=2017-T2");
    let reached = false;
    for (let i = 0; i < 15 && !reached; i++) {
      await page.keyboard.press("Tab");
      reached = await page.evaluate(() => document.activeElement?.getAttribute("hreflang") === "ar");
    }
    expect(reached).toBe(true);
    await Promise.all([
      page.waitForURL("**/ar/linkoping/skaggetorp-2017?period=2017-T2"),
      page.keyboard.press("Enter"),
    ]);
    expect(await page.locator("html").getAttribute("lang")).toBe("ar");
    expect(await page.locator("html").getAttribute("dir")).toBe("rtl");
    expect(await page.locator("h1").textContent()).toBe("وعد المواطنين 2017 لحي سكيغيتورب");
    await page.close();
  });
});
