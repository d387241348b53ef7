import { AxeBuilder } from "@axe-core/playwright";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchChromium, type ServedApp, serveTestApp } from "./browser.js";

let served: ServedApp;
let browser: Browser;
let context: BrowserContext;
beforeAll(async () => {
  served = await serveTestApp();
  browser = await launchChromium();
  // Public pages ship no JavaScript at all and their CSP forbids it (script-src 'none'), so what
  // is tested here is what a reader without JavaScript gets. (Playwright itself needs script
  // evaluation for axe and focus checks; its evaluation is not subject to the page's CSP.)
  context = await browser.newContext();
});
afterAll(async () => {
  await browser?.close();
  await served?.close();
});

const PAGES = [
  "/",
  "/?lang=en",
  "/linkoping/skaggetorp-2017",
  "/linkoping/skaggetorp-2017?period=2017-T1",
  "/linkoping/skaggetorp-2017?lang=en",
  "/linkoping/finns-inte",
  "/linkoping/Inte%20OK",
];

async function open(path: string): Promise<Page> {
  const page = await context.newPage();
  await page.goto(`${served.baseUrl}${path}`);
  return page;
}

describe("public pages in Chromium", () => {
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
    });
  }

  it("starts with a skip link that moves focus to the main content, by keyboard alone", async () => {
    const page = await open("/linkoping/skaggetorp-2017");
    await page.keyboard.press("Tab");
    const focused = await page.evaluate(() => document.activeElement?.textContent?.trim());
    expect(focused).toBe("Hoppa till innehållet");
    await page.keyboard.press("Enter");
    expect(page.url()).toMatch(/#main$/);
    await page.keyboard.press("Tab");
    const next = await page.evaluate(() => document.activeElement?.closest("main") !== null);
    expect(next).toBe(true);
    await page.close();
  });

  it("reaches the promise from the start page and opens the progress rule, by keyboard alone", async () => {
    const page = await open("/");
    let reached = false;
    for (let i = 0; i < 20 && !reached; i++) {
      await page.keyboard.press("Tab");
      reached = await page.evaluate(
        () => document.activeElement?.getAttribute("href") === "/linkoping/skaggetorp-2017",
      );
    }
    expect(reached).toBe(true);
    await Promise.all([page.waitForURL("**/linkoping/skaggetorp-2017"), page.keyboard.press("Enter")]);
    await page.locator("summary").focus();
    await page.keyboard.press("Enter");
    expect(await page.locator("details").getAttribute("open")).not.toBeNull();
    await page.close();
  });

  it("shows all eight points grouped as the seed groups them", async () => {
    const page = await open("/linkoping/skaggetorp-2017");
    const groups = await page.locator("section[aria-labelledby^=group-] h3").allTextContents();
    expect(groups).toEqual(["Kommunen och polisen", "Kommunen", "Polisen"]);
    expect(await page.locator("li.point").count()).toBe(8);
    await page.close();
  });

  it("runs no script of its own: every page is complete as served", async () => {
    for (const path of PAGES) {
      const page = await open(path);
      const scripts = await page.evaluate(() => document.scripts.length);
      expect(scripts, path).toBe(0);
      await page.close();
    }
  });

  it("fits a phone screen without horizontal scrolling", async () => {
    const page = await context.newPage();
    await page.setViewportSize({ width: 360, height: 740 });
    await page.goto(`${served.baseUrl}/loften/skaggetorp-2017`);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await page.close();
  });
});
