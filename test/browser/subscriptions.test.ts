import { AxeBuilder } from "@axe-core/playwright";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { mailsTo } from "../mail-links.js";
import { launchChromium, type ServedApp, serveTestApp } from "./browser.js";

/**
 * Following a promise by e-mail in Chromium, by keyboard alone and without JavaScript (the
 * public pages ship none), with axe-core on the form page and every page of the links.
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

async function expectAxeClean(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page })
    .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"])
    .analyze();
  const summary = results.violations.map(
    (v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`,
  );
  expect(summary).toEqual([]);
  expect(results.passes.length).toBeGreaterThan(5);
}

const focusedId = (page: Page) => page.evaluate(() => document.activeElement?.id ?? "");

/** Presses Tab until the element with `id` has focus (at most `limit` times). */
async function tabTo(page: Page, id: string, limit = 150): Promise<void> {
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press("Tab");
    if ((await focusedId(page)) === id) return;
  }
  throw new Error(`Tab never reached #${id}`);
}

const linkOf = async (to: string, kind: string, path: string) => {
  const [mail] = await mailsTo(served.database.db, to, kind);
  const match = new RegExp(`${path}/[\\w-]{43}`).exec(mail?.bodyText ?? "");
  if (!match) throw new Error(`no ${path} link in the mail to ${to}`);
  return match[0];
};

describe("following a promise by e-mail, by keyboard", () => {
  it("subscribes on the promise page with Tab, typing and Enter; the pages pass axe", async () => {
    const page = await context.newPage();
    await page.goto(`${served.baseUrl}/linkoping/skaggetorp-2026`);
    await expectAxeClean(page);
    await tabTo(page, "follow-email");
    await page.keyboard.type("tangentbord@example.se");
    await Promise.all([page.waitForURL("**/linkoping/folj"), page.keyboard.press("Enter")]);
    expect(await page.locator("h1").textContent()).toBe("Titta i din e-post");
    await expectAxeClean(page);

    // The confirmation link: the page asks; the button (reached by keyboard) confirms.
    const confirm = await linkOf("tangentbord@example.se", "subscription.confirm", "/prenumerera/bekrafta");
    await page.goto(`${served.baseUrl}${confirm}`);
    expect(await page.locator("h1").textContent()).toBe("Bekräfta att du vill följa");
    await expectAxeClean(page);
    await page.locator("main button").focus();
    await Promise.all([page.waitForLoadState("load"), page.keyboard.press("Enter")]);
    await page.waitForSelector("text=Klart – du följer nu");
    await expectAxeClean(page);

    // The unsubscribe link shown after confirming: a page with a button, then the end.
    await page.locator("main a", { hasText: "Sluta följa" }).click();
    await page.waitForSelector("text=Vill du sluta få mejl");
    await expectAxeClean(page);
    await page.locator("main button").click();
    await page.waitForSelector("text=Du får inga fler mejl");
    await expectAxeClean(page);
    await page.close();
  });

  it("the follow page, and its errors, pass axe; a bad address is said in Swedish next to the field", async () => {
    const page = await context.newPage();
    await page.goto(`${served.baseUrl}/linkoping/folj`);
    expect(await page.locator("h1").textContent()).toContain("Följ via e-post");
    await expectAxeClean(page);
    await tabTo(page, "follow-email");
    await page.keyboard.type("inte en adress");
    await Promise.all([page.waitForLoadState("load"), page.keyboard.press("Enter")]);
    await page.waitForSelector("text=Skriv en giltig e-postadress");
    await expectAxeClean(page);
    await page.goto(`${served.baseUrl}/linkoping/folj?lang=en`);
    await expectAxeClean(page);
    await page.close();
  });

  it("the follow page and the promise page's form fit 320 px without horizontal scrolling", async () => {
    const page = await context.newPage();
    await page.setViewportSize({ width: 320, height: 640 });
    for (const path of ["/linkoping/folj", "/linkoping/skaggetorp-2026"]) {
      await page.goto(`${served.baseUrl}${path}`);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow, path).toBeLessThanOrEqual(0);
    }
    await page.close();
  });
});
