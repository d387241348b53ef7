import { AxeBuilder } from "@axe-core/playwright";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadDemo } from "../../src/demo/load-demo.js";
import { ROUND_2026_POINT as POINT } from "../../src/demo/round-2026-ids.js";
import { PARTY, UNIT } from "../../src/demo/skaggetorp-2017-ids.js";
import type { Database } from "../../src/platform/db/client.js";
import { createTestDatabase } from "../db.js";
import { principal } from "../principals.js";
import { launchChromium, type ServedApp, serveTestApp } from "./browser.js";

/** One database; a reporter of Kultur och fritid and the coordinator each get a server over it. */
let database: Database;
let reporter: ServedApp;
let coordinator: ServedApp;
let browser: Browser;
let context: BrowserContext;
beforeAll(async () => {
  database = await createTestDatabase();
  await loadDemo(database.db);
  reporter = await serveTestApp({
    database,
    as: principal("reporter", { partyId: PARTY.municipality, unitIds: [UNIT.cultureAndLeisure] }),
  });
  coordinator = await serveTestApp({ database, as: principal("coordinator") });
  browser = await launchChromium();
  context = await browser.newContext();
});
afterAll(async () => {
  await browser?.close();
  await reporter?.close();
  await coordinator?.close();
  await database?.close();
});

async function open(served: ServedApp, path: string): Promise<Page> {
  const page = await context.newPage();
  await page.goto(`${served.baseUrl}${path}`);
  return page;
}

async function expectNoAxeViolations(page: Page) {
  const results = await new AxeBuilder({ page })
    .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"])
    .analyze();
  const summary = results.violations.map(
    (v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`,
  );
  expect(summary, page.url()).toEqual([]);
}

/** Presses Tab until the focused element satisfies `test` (keyboard only), failing after 60 presses. */
async function tabTo(page: Page, test: string): Promise<void> {
  for (let i = 0; i < 60; i++) {
    await page.keyboard.press("Tab");
    if (await page.evaluate(`Boolean(${test})`)) return;
  }
  throw new Error(`focus never reached: ${test}`);
}

const FORM_2 = `/arbete/linkoping/punkter/${POINT[2]}/2026-T3`;

describe("the follow-up round in Chromium", () => {
  it("a unit reporter finds the returned point and submits it using only the keyboard", async () => {
    const page = await open(reporter, "/arbete/linkoping");
    await expectNoAxeViolations(page);
    await tabTo(page, `document.activeElement?.getAttribute("href") === "${FORM_2}"`);
    await Promise.all([page.waitForURL(`**${FORM_2}`), page.keyboard.press("Enter")]);
    await expectNoAxeViolations(page);
    expect(await page.locator(".notice").allTextContents()).toContainEqual(
      expect.stringContaining("Skriv hur många kvällar"),
    );

    await tabTo(page, `document.activeElement?.id === "narrative"`);
    await page.keyboard.press("ControlOrMeta+A");
    await page.keyboard.type("Gården har haft öppet 83 fredags- och lördagskvällar hittills i år.");
    await tabTo(page, `document.activeElement?.id?.startsWith("measure-")`);
    await page.keyboard.type("83");
    await tabTo(page, `document.activeElement?.textContent?.trim() === "Skicka in"`);
    await Promise.all([page.waitForURL("**klart=submitted"), page.keyboard.press("Enter")]);
    expect(await page.locator("[role=status]").textContent()).toContain("Uppföljningen är inskickad.");
    expect(await page.locator("main").textContent()).toContain("Läge: inskickad");
    await expectNoAxeViolations(page);
    await page.close();
  });

  it("two saves of the same follow-up: the second shows both versions and keeps what was typed", async () => {
    const path = `/arbete/linkoping/punkter/${POINT[3]}/2026-T3`;
    const first = await open(coordinator, path);
    const second = await open(coordinator, path);
    await first.fill("#narrative", "Alla tolv armaturer är monterade.");
    await Promise.all([
      first.waitForURL("**klart=saved"),
      first.getByRole("button", { name: "Spara utkast" }).click(),
    ]);
    await second.fill("#narrative", "Tio armaturer är monterade, två återstår.");
    await second.getByRole("button", { name: "Spara utkast" }).click();
    await second.waitForSelector("#conflict-title");
    expect(await second.locator(".conflict-theirs").allTextContents()).toContain(
      "Alla tolv armaturer är monterade.",
    );
    expect(await second.locator(".conflict-yours").allTextContents()).toContain(
      "Tio armaturer är monterade, två återstår.",
    );
    expect(await second.inputValue("#narrative")).toBe("Tio armaturer är monterade, två återstår.");
    await expectNoAxeViolations(second);
    // Merging and saving again, based on the version now seen, succeeds.
    await second.fill("#narrative", "Alla tolv armaturer är monterade; två fick bytas.");
    await Promise.all([
      second.waitForURL("**klart=saved"),
      second.getByRole("button", { name: "Spara utkast" }).click(),
    ]);
    expect(await second.inputValue("#narrative")).toBe("Alla tolv armaturer är monterade; två fick bytas.");
    await first.close();
    await second.close();
  });

  it("names a bad value in an error summary that links to the field, keeping the input", async () => {
    const page = await open(coordinator, `/arbete/linkoping/punkter/${POINT[4]}/2026-T3`);
    const measure = page.locator("input[id^=measure-]");
    await measure.fill("många");
    await page.getByRole("button", { name: "Spara utkast" }).click();
    await page.waitForSelector(".error-summary");
    expect(await measure.inputValue()).toBe("många");
    await expectNoAxeViolations(page);
    await page.locator(".error-summary a").first().click();
    expect(await page.evaluate(() => document.activeElement?.id ?? "")).toMatch(/^measure-/);
    await page.close();
  });

  it("the coordinator returns one, approves one and closes the period", async () => {
    const page = await open(coordinator, "/arbete/linkoping/perioder/2026-T3");
    await expectNoAxeViolations(page);
    await page.getByLabel("Välj punkt skaggetorp-2026 1").check();
    await page.fill("#comment", "Ange datumen för vandringarna.");
    await Promise.all([
      page.waitForURL("**klart=returned"),
      page.getByRole("button", { name: "Skicka tillbaka markerade" }).click(),
    ]);
    await page.getByLabel("Välj punkt skaggetorp-2026 2").check();
    await Promise.all([
      page.waitForURL("**klart=approved"),
      page.getByRole("button", { name: "Godkänn markerade" }).click(),
    ]);
    const states = await page.locator("tbody tr td:nth-child(4)").allTextContents();
    expect(states.slice(0, 2)).toEqual(["tillbakaskickad", "godkänd"]);
    // Closing asks first, listing what is not reported or approved yet.
    await Promise.all([
      page.waitForURL(/\/stang\b/),
      page.getByRole("button", { name: "Stäng perioden" }).click(),
    ]);
    await expectNoAxeViolations(page);
    await Promise.all([
      page.waitForURL("**klart=closed"),
      page.getByRole("button", { name: "Ja, stäng perioden" }).click(),
    ]);
    expect(await page.locator("[role=status]").textContent()).toContain("Perioden är stängd.");
    await expectNoAxeViolations(page);
    await page.close();

    const form = await open(reporter, FORM_2);
    expect(await form.locator("main").textContent()).toContain("Perioden är stängd.");
    await expectNoAxeViolations(form);
    await form.close();
  });

  it("progress and history pages have no WCAG 2.1 A/AA violations", async () => {
    for (const path of [
      "/arbete/linkoping/loften/skaggetorp-2026/framsteg",
      `/arbete/linkoping/punkter/${POINT[1]}/historik`,
    ]) {
      const page = await open(coordinator, path);
      await expectNoAxeViolations(page);
      await page.close();
    }
    const history = await open(coordinator, `/arbete/linkoping/punkter/${POINT[1]}/historik`);
    expect(await history.locator("main").textContent()).toContain(
      "skickade tillbaka uppföljningen (2026-T3)",
    );
    await history.close();
  });
});
