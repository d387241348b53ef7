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

/** Presses Tab until the focused element's name is `name` (at most `max` times). */
async function tabTo(page: Page, name: string, max = 40) {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press("Tab");
    if ((await page.evaluate(() => document.activeElement?.getAttribute("name"))) === name) return;
  }
  throw new Error(`Tab never reached ${name}`);
}

describe("the dialogue pages in Chromium", () => {
  it("list, new-dialogue form (by keyboard only), a dialogue and the public 'why this point' have no WCAG 2.1 A/AA violations", async () => {
    const page = await (await browser.newContext()).newPage();
    const base = `${served.baseUrl}/arbete/linkoping/dialoger`;
    await page.goto(base);
    expect(await page.locator("h1").textContent()).toBe("Dialoger");
    expect(await page.locator("#missing-feedback + p").textContent()).toContain("inte fått veta");
    expect(await page.locator("section.notice li").allTextContents()).toEqual([
      "Dörrknackning i Skäggetorp (2016-11-12)",
    ]);
    expect(await axeViolations(page)).toEqual([]);

    // The new-dialogue form by keyboard: from the link to the saved dialogue.
    await page.getByRole("link", { name: "Registrera en dialog" }).focus();
    await Promise.all([page.waitForURL(/\/ny$/), page.keyboard.press("Enter")]);
    expect(await axeViolations(page)).toEqual([]);
    await tabTo(page, "title");
    await page.keyboard.type("Medborgardialog på torget");
    await page.keyboard.press("Tab");
    await page.keyboard.type("2026-05-20");
    await tabTo(page, "organiserIds");
    await page.keyboard.press("Space");
    await tabTo(page, "participants.0.count");
    await page.keyboard.type("6");
    await page.keyboard.press("Tab"); // men, 0–15
    await page.keyboard.press("Tab"); // other, 0–15
    await page.keyboard.press("Tab"); // women, 16–24
    await page.keyboard.type("8");
    await Promise.all([page.waitForURL(/sparat=1/), page.keyboard.press("Enter")]);
    expect(await page.locator("h1").textContent()).toContain("Medborgardialog på torget");
    expect(await page.locator("[role=status]").textContent()).toBe("Sparat.");
    expect(await page.getByText("Totalt 14 deltagare").count()).toBe(1);
    expect(await axeViolations(page)).toEqual([]);

    // A refused finding: the reason beside the field and in the summary, still accessible.
    await page.fill("#problem-statement", "");
    await page.fill("#problem-raisedBy", "0");
    await page.click("form[action$='/problem'] button");
    expect(await page.locator("#problem-statement-error").textContent()).toBe("Fyll i fältet.");
    expect(await page.locator(".error-summary a").first().getAttribute("href")).toBe("#problem-statement");
    expect(await axeViolations(page)).toEqual([]);

    // The public promise page's "why this point" (plain text beside each point, no JavaScript).
    await page.goto(`${served.baseUrl}/linkoping/skaggetorp-2017`);
    expect(await page.locator(".why").first().textContent()).toContain("Varför den här punkten");
    expect(await page.locator(".why").allTextContents()).toContainEqual(
      expect.stringContaining("Belysning: färre än 5 tog upp det"),
    );
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  }, 180_000);
});
