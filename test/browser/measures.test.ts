/**
 * Acceptance of an åtgärdsplan measure followed up by its owner, in Chromium WITHOUT JavaScript:
 * the samordnare adds a measure with the police responsible on the lägesbild's page; the police's
 * rapportör finds it in Att rapportera, chooses a status and writes the result by keyboard, and
 * saves; the lägesbild shows the status. axe (in a twin context with scripts, as axe needs them)
 * finds no WCAG 2.1 A/AA violation on Att rapportera, with the form and with its refusal.
 */
import { AxeBuilder } from "@axe-core/playwright";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from "../../src/demo/accounts.js";
import { launchChromium, type ServedApp, serveTestApp, signInWithoutScripts } from "./browser.js";

let served: ServedApp;
let browser: Browser;
beforeAll(async () => {
  served = await serveTestApp();
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  await served?.close();
});

const signIn = (email: string) => signInWithoutScripts(browser, served.baseUrl, email);

/** axe on the page as it is now (its HTML, the same cookies), in a context that runs scripts. */
async function axeViolations(context: BrowserContext, html: string, url: string): Promise<string[]> {
  const twin = await browser.newContext({ storageState: await context.storageState() });
  const page = await twin.newPage();
  await page.route(url, (route) => route.fulfill({ body: html, contentType: "text/html" }));
  await page.goto(url);
  const results = await new AxeBuilder({ page })
    .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"])
    .analyze();
  expect(results.passes.length).toBeGreaterThan(10);
  await twin.close();
  return results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
}

describe("an åtgärdsplan measure in Att rapportera without JavaScript", () => {
  it("the police's rapportör records the measure's follow-up by keyboard; the lägesbild shows it", async () => {
    const lagesbild = `${served.baseUrl}/arbete/linkoping/lagesbild/2026`;
    const coordinator = await signIn(DEMO_ACCOUNTS.coordinator.email);
    await coordinator.page.goto(lagesbild);
    await coordinator.page.fill("#new-measure-title", "Nattvandring med polisen");
    await coordinator.page.selectOption("#new-measure-party", { label: "Polismyndigheten LPO Linköping" });
    await Promise.all([
      coordinator.page.waitForURL(/klart=1/),
      coordinator.page.click("form[action$='/lagesbild/2026/atgarder'] button[type=submit]"),
    ]);

    const { context, page } = await signIn(DEMO_ACCOUNTS.policeReporter.email);
    const todo = `${served.baseUrl}/arbete/linkoping`;
    await page.goto(todo);
    const section = page.locator("section[aria-labelledby='group-measures']");
    await expect(section.locator("h2").textContent()).resolves.toContain("Åtgärder i åtgärdsplanen");
    expect(await axeViolations(context, await page.content(), todo)).toEqual([]);

    // Saving without a status or a result is refused next to the form, in Swedish.
    await section.getByRole("button", { name: "Spara uppföljningen" }).click();
    await page.waitForLoadState();
    expect(await section.textContent()).toContain("Välj en status.");
    expect(await section.textContent()).toContain("Skriv vad som har gjorts och vad det har gett.");
    expect(await axeViolations(context, await page.content(), todo)).toEqual([]);

    // By keyboard: the status list, then the text, then Enter on the button.
    const status = section.getByLabel("Hur går det med åtgärden under tertial 3 2026?");
    await status.focus();
    await status.selectOption({ label: "pågår" });
    await page.keyboard.press("Tab");
    await page.keyboard.type("Tre nattvandringar i oktober.");
    await page.keyboard.press("Tab");
    await Promise.all([page.waitForURL(/klart=atgard/), page.keyboard.press("Enter")]);
    expect(await page.getByRole("status").textContent()).toContain("Uppföljningen av åtgärden är sparad.");
    expect(await page.locator("section[aria-labelledby='group-measures']").count()).toBe(0);

    await page.goto(lagesbild);
    expect(await page.locator("main").textContent()).toContain("tertial 3 2026: pågår");
    await coordinator.context.close();
    await context.close();
  }, 120_000);
});
