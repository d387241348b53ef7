/**
 * The incident pages in Chromium: the report form (personal-data warning, then a clean report),
 * sent from the keyboard, the weekly lägesbild compiled, shared and published to residents by the
 * coordinator, and the public page with the week's figures; then, WITHOUT JavaScript, a report
 * placed by clicking the areas' map (an `<input type="image">`) before the rest is filled in — all
 * with no WCAG 2.1 A/AA violations (axe, which needs scripts, in a context of its own).
 */
import { AxeBuilder } from "@axe-core/playwright";
import { sql } from "drizzle-orm";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEMO_ACCOUNTS } from "../../src/demo/accounts.js";
import { SKAGGETORP_BOUNDARY } from "../../src/demo/safety-walk-2016.js";
import { AREA } from "../../src/demo/skaggetorp-2017-ids.js";
import { addWeeks, mondayOf, weekOf } from "../../src/incidents/weeks.js";
import { queryRows } from "../../src/platform/db/rows.js";
import {
  DEFAULT_HEIGHT,
  DEFAULT_PADDING,
  DEFAULT_WIDTH,
  inverseProjection,
  projection,
} from "../../src/platform/maps/svg-map.js";
import { principal } from "../principals.js";
import { launchChromium, type ServedApp, serveTestApp } from "./browser.js";

let reporter: ServedApp;
let coordinator: ServedApp;
let browser: Browser;
beforeAll(async () => {
  reporter = await serveTestApp({
    as: principal("incident_reporter", { accountId: DEMO_ACCOUNTS.incidentReporter.id }),
  });
  coordinator = await serveTestApp({
    as: principal("coordinator", { accountId: DEMO_ACCOUNTS.coordinator.id }),
    database: reporter.database,
  });
  browser = await launchChromium();
}, 120_000);
afterAll(async () => {
  await browser?.close();
  await coordinator?.close();
  await reporter?.close();
});

async function axeViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page })
    .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"])
    .analyze();
  expect(results.passes.length).toBeGreaterThan(10);
  return results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
}

const LAST_WEEK = addWeeks(weekOf(new Date()), -1);

const latestReport = async () =>
  (
    await queryRows<{ lat: number | null; lon: number | null; area_id: string | null; description: string }>(
      reporter.database.db,
      sql`select lat, lon, area_id, description from incident_reports order by created_at desc limit 1`,
    )
  )[0];
/** Wednesday of last week, 21:30: what the datetime-local field takes. */
const WHEN = `${new Date(Date.parse(`${mondayOf(LAST_WEEK)}T00:00:00Z`) + 2 * 86_400_000).toISOString().slice(0, 10)}T21:30`;

describe("the incident pages in Chromium", () => {
  it("a reporter is warned about a personal identity number, then reports from the keyboard", async () => {
    const page = await (await browser.newContext()).newPage();
    await page.goto(`${reporter.baseUrl}/arbete/linkoping/handelser`);
    expect(await page.locator("h1").textContent()).toBe("Händelser (EST)");
    expect(await axeViolations(page)).toEqual([]);

    await page.fill("#report-occurredAt", WHEN);
    await page.selectOption("#report-areaId", AREA.skaggetorp);
    await page.selectOption("#report-categoryKey", "skadegorelse");
    await page.selectOption("#report-subcategory", "Glaskross");
    await page.fill("#report-description", "Krossad ruta i entrén, boende 811218-9876 såg det");
    // Keyboard: Enter in a text field sends the form.
    await page.focus("#report-placeText");
    await Promise.all([page.waitForLoadState("load"), page.keyboard.press("Enter")]);
    await page.waitForSelector("#report-warning");
    expect(await page.locator("#report-warning").textContent()).toContain(
      "Texten ser ut att innehålla personuppgifter",
    );
    expect(await page.locator("#report-warning").textContent()).toContain("ett personnummer");
    expect(await page.locator("label[for=report-confirmPersonalData]").textContent()).toContain(
      "inga personuppgifter",
    );
    expect(await axeViolations(page)).toEqual([]);

    // Remove the number and send again, from the keyboard.
    await page.fill("#report-description", "Krossad ruta i entrén");
    await page.focus("#report-placeText");
    await Promise.all([page.waitForURL(/klart=/), page.keyboard.press("Enter")]);
    expect(await page.locator("[role=status]").textContent()).toContain("Tack! Händelsen är rapporterad");
    // Enter sent the form through its first submit button, the map: activated so, it chose no place.
    expect(await latestReport()).toMatchObject({ lat: null, lon: null, area_id: AREA.skaggetorp });
    expect(await page.locator("#mine-title + p + h3 + ul").textContent()).toContain(
      `vecka ${Number(LAST_WEEK.slice(6))} ${LAST_WEEK.slice(0, 4)}: rapporterad`,
    );
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  }, 300_000);

  it("the coordinator compiles last week's lägesbild from the keyboard; chart, map list and tables pass axe", async () => {
    const page = await (await browser.newContext()).newPage();
    await page.goto(`${coordinator.baseUrl}/arbete/linkoping/handelser`);
    expect(await axeViolations(page)).toEqual([]);
    await page.selectOption("#compile-week", LAST_WEEK);
    await page.focus("form[action$='/sammanstall'] button");
    await Promise.all([page.waitForURL(/lagesbild/), page.keyboard.press("Enter")]);
    expect(await page.locator("h1").textContent()).toContain(`Lägesbild vecka ${Number(LAST_WEEK.slice(6))}`);
    expect(await page.locator("svg.chart[role=img] title").first().textContent()).toBe("Händelser per vecka");
    expect(await page.getByText("Händelser under veckan: 1").count()).toBe(1);
    // The map's text list (the demo area has a boundary, so the map draws it too, titled the same).
    expect(await page.locator("li", { hasText: "Skäggetorp: 1" }).count()).toBe(1);
    expect(await axeViolations(page)).toEqual([]);

    await page.fill("#assessment-assessment", "En enstaka skadegörelse; ingen åtgärd.");
    await page.focus("#assessment-assessment");
    await page.keyboard.press("Tab");
    await Promise.all([page.waitForURL(/klart=assessed/), page.keyboard.press("Enter")]);
    expect(await page.locator("#assessment-assessment").inputValue()).toBe(
      "En enstaka skadegörelse; ingen åtgärd.",
    );
    await Promise.all([page.waitForURL(/klart=shared/), page.click("form[action$='/dela'] button")]);
    expect(await page.locator("main").textContent()).toContain("delad med samverkan");
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  }, 300_000);

  it("the coordinator publishes the shared lägesbild by clicking; the public page shows 'färre än 5' and passes axe", async () => {
    const page = await (await browser.newContext()).newPage();
    await page.goto(`${coordinator.baseUrl}/arbete/linkoping/handelser/lagesbild/${LAST_WEEK}`);
    expect(await page.locator("h2", { hasText: "Publicera för de boende" }).count()).toBe(1);
    await Promise.all([page.waitForURL(/klart=published/), page.click("form[action$='/publicera'] button")]);
    expect(await page.locator("[role=status]").textContent()).toContain("Siffrorna är publicerade.");
    expect(await page.locator("form[action$='/avpublicera'] button").count()).toBe(1);
    expect(await axeViolations(page)).toEqual([]);

    await Promise.all([page.waitForURL(/\/trygghet/), page.click("a[href='/linkoping/trygghet#handelser']")]);
    expect(await page.locator("#handelser-rubrik").textContent()).toBe("Händelser per vecka");
    const row = page.locator("#handelser tr", { hasText: "Skadegörelse" }).first();
    expect(await row.locator("td").textContent()).toBe("färre än 5");
    expect(await page.locator("#handelser svg.chart[role=img]").count()).toBe(1);
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  }, 300_000);
});

describe("the report's place on the map, without JavaScript", () => {
  const AREAS = [{ name: "Skäggetorp", boundary: SKAGGETORP_BOUNDARY }];
  /** Where the map draws a point in Skäggetorp (the demo's only area with a boundary). */
  const [X, Y] = (
    projection(AREAS, DEFAULT_WIDTH, DEFAULT_HEIGHT, DEFAULT_PADDING)?.([15.59, 58.424]) ?? [0, 0]
  ).map(Math.round) as [number, number];

  /** Clicks the form's map image at (X, Y) of its picture and waits for the answer. */
  async function clickMap(page: Page) {
    const map = page.locator("input[type=image][name=karta]");
    await map.scrollIntoViewIfNeeded();
    const box = await map.boundingBox();
    if (!box) throw new Error("the map image is not shown");
    expect(Math.round(box.width)).toBe(DEFAULT_WIDTH);
    await Promise.all([page.waitForLoadState("load"), page.mouse.click(box.x + X, box.y + Y)]);
    await page.waitForSelector(".error-summary");
  }

  it("the reporter clicks the map first: the form comes back with the place kept; filled in, it is saved there", async () => {
    const url = `${reporter.baseUrl}/arbete/linkoping/handelser`;
    const page = await (await browser.newContext({ javaScriptEnabled: false })).newPage();
    await page.goto("data:text/html,<title>none</title><script>document.title='scripts'</script>");
    expect(await page.title()).toBe("none");
    await page.goto(url);
    await page.selectOption("#report-categoryKey", "ordningsstorande");
    await clickMap(page);

    // Nothing typed is lost: the reasons in Swedish, the place in the fields and on the map.
    const [lon, lat] = inverseProjection(AREAS)?.(X, Y) ?? [];
    expect(await page.locator(".error-summary").textContent()).toContain("Fyll i fältet.");
    expect(await page.inputValue("#report-lat")).toBe(String(lat));
    expect(await page.inputValue("#report-lon")).toBe(String(lon));
    expect(await page.inputValue("#report-areaId")).toBe(AREA.skaggetorp);
    expect(await page.inputValue("#report-categoryKey")).toBe("ordningsstorande");
    expect(await page.locator("input[type=image][name=karta]").getAttribute("src")).toContain(
      `?lat=${lat}&lon=${lon}`,
    );

    // axe needs scripts: the same steps in a context that runs them.
    const twin = await (await browser.newContext()).newPage();
    await twin.goto(url);
    expect(await axeViolations(twin)).toEqual([]);
    await clickMap(twin);
    expect(await axeViolations(twin)).toEqual([]);
    await twin.close();

    await page.fill("#report-occurredAt", WHEN);
    await page.fill("#report-description", "Bråk vid busshållplatsen");
    await Promise.all([
      page.waitForURL(/klart=/),
      page.getByRole("button", { name: "Skicka rapporten" }).click(),
    ]);
    expect(await page.locator("[role=status]").textContent()).toContain("Tack! Händelsen är rapporterad");
    expect(await latestReport()).toEqual({
      lat,
      lon,
      area_id: AREA.skaggetorp,
      description: "Bråk vid busshållplatsen",
    });
    await page.close();
  }, 300_000);
});
