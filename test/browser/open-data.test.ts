import { AxeBuilder } from "@axe-core/playwright";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchChromium, type ServedApp, serveTestApp } from "./browser.js";

/**
 * The open data page in Chromium: no WCAG 2.1 A/AA violations (axe) in Swedish and English, no
 * horizontal scrolling at 320 px, reachable from the footer by keyboard, and its file links answer.
 */
let served: ServedApp;
let browser: Browser;
let context: BrowserContext;
beforeAll(async () => {
  served = await serveTestApp();
  browser = await launchChromium();
  context = await browser.newContext();
});
afterAll(async () => {
  await browser?.close();
  await served?.close();
});

async function open(path: string): Promise<Page> {
  const page = await context.newPage();
  await page.goto(`${served.baseUrl}${path}`);
  return page;
}

describe("/oppna-data in Chromium", () => {
  for (const path of ["/oppna-data", "/oppna-data?lang=en"]) {
    it(`${path} has no WCAG 2.1 A/AA violations (axe-core)`, async () => {
      const page = await open(path);
      const results = await new AxeBuilder({ page })
        .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"])
        .analyze();
      expect(
        results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`),
      ).toEqual([]);
      expect(results.passes.length).toBeGreaterThan(10);
      await page.close();
    });
  }

  it("fits 320 px without horizontal scrolling", async () => {
    const page = await open("/oppna-data");
    await page.setViewportSize({ width: 320, height: 640 });
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await page.close();
  });

  it("is reached from the footer by keyboard, and its CSV link downloads the file", async () => {
    const page = await open("/linkoping/skaggetorp-2017");
    const link = page.locator("footer a[href='/oppna-data']");
    await link.focus();
    await page.keyboard.press("Enter");
    await page.waitForURL(/\/oppna-data$/);
    expect(await page.locator("h1").textContent()).toBe("Öppna data");
    const href = await page
      .getByRole("link", { name: "Medborgarlöften som CSV" })
      .first()
      .getAttribute("href");
    expect(href).toBe("/oppna-data/loften.csv");
    const res = await page.request.get(`${served.baseUrl}${href}`);
    expect(res.status()).toBe(200);
    expect(res.headers()["content-type"]).toBe("text/csv; charset=utf-8");
    await page.close();
  });
});
