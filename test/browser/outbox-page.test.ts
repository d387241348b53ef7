import { AxeBuilder } from "@axe-core/playwright";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { prepareReminderScenario } from "../factories/reminder-scenario.js";
import { tickOn } from "../jobs.js";
import { principal } from "../principals.js";
import { launchChromium, type ServedApp, serveTestApp } from "./browser.js";

let served: ServedApp;
let browser: Browser;
beforeAll(async () => {
  served = await serveTestApp({ as: principal("administrator") });
  await prepareReminderScenario(served.database.db, 3);
  await tickOn(served.database.db, "2018-01-07");
  await tickOn(served.database.db, "2018-01-15");
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

describe("the outbox in Chromium", () => {
  it("lists the mail with no WCAG 2.1 A/AA violations, and a mail opens by keyboard alone", async () => {
    const page = await (await browser.newContext()).newPage();
    await page.goto(`${served.baseUrl}/arbete/linkoping/utkorg`);
    expect(await page.locator("h1").textContent()).toBe("Utkorg");
    expect(await page.locator("table.outbox tbody tr").count()).toBe(9);
    expect(await axeViolations(page)).toEqual([]);

    const firstSubject = (await page.locator("table.outbox tbody a").first().textContent()) ?? "";
    // skip link, brand, sign-out button, navigation …: tab until the first mail link has focus
    for (let i = 0; i < 20; i++) {
      await page.keyboard.press("Tab");
      const focused = await page.evaluate(() => document.activeElement?.textContent?.trim() ?? "");
      if (focused === firstSubject.trim()) break;
    }
    await Promise.all([page.waitForURL(/\/utkorg\/[0-9a-f-]{36}$/), page.keyboard.press("Enter")]);
    expect(await page.locator("h1").textContent()).toBe(firstSubject);
    expect(await page.locator("pre.mail-body").textContent()).toContain("/arbete/linkoping/punkter/");
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });
});
