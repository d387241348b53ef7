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

const boundary = (closed: boolean) =>
  Buffer.from(
    JSON.stringify({
      type: "Polygon",
      coordinates: [
        [[15.58, 58.43], [15.6, 58.43], [15.6, 58.42], [15.58, 58.42], ...(closed ? [[15.58, 58.43]] : [])],
      ],
    }),
  );

describe("the setup pages in Chromium", () => {
  it("add a party and an area with a GeoJSON boundary with no WCAG 2.1 A/AA violations", async () => {
    const page = await (await browser.newContext()).newPage();
    const base = `${served.baseUrl}/arbete/linkoping/installningar`;
    await page.goto(base);
    expect(await page.locator("h1").textContent()).toBe("Samverkanens uppsättning");
    expect(await axeViolations(page)).toEqual([]);

    await page.selectOption("#party-kind", "property_owner");
    await page.fill("#party-name", "Fastighets AB Exempel");
    await page.fill("#party-shortName", "Fastighetsägaren");
    await Promise.all([page.waitForURL(/sparat=1/), page.click("form[action$='/parter'] button")]);
    expect(await page.locator("[role=status]").textContent()).toBe("Sparat.");
    expect(await page.locator("table").textContent()).toContain("fastighetsägare");

    // A ring that is not closed: refused, the reason beside the field and in the summary.
    await page.fill("#area-name", "Kvarteret Exempel");
    await page.setInputFiles("#area-boundary", {
      name: "grans.geojson",
      mimeType: "application/geo+json",
      buffer: boundary(false),
    });
    await page.click("form[action$='/omraden'] button");
    expect(await page.locator("#area-boundary-error").textContent()).toContain("inte sluten");
    expect(await page.locator(".error-summary a").first().getAttribute("href")).toBe("#area-boundary");
    expect(await axeViolations(page)).toEqual([]);

    await page.fill("#area-name", "Kvarteret Exempel");
    await page.selectOption("#area-classification", "especially_vulnerable");
    await page.fill("#area-validFrom", "2021-12-01");
    await page.setInputFiles("#area-boundary", {
      name: "grans.geojson",
      mimeType: "application/geo+json",
      buffer: boundary(true),
    });
    await Promise.all([page.waitForURL(/sparat=1/), page.click("form[action$='/omraden'] button")]);
    expect(await page.locator("figure svg[role=img] title").first().textContent()).toBe(
      "Karta över områdena",
    );

    await page.getByRole("link", { name: "Kvarteret Exempel" }).click();
    expect(await page.locator("h1").textContent()).toBe("Kvarteret Exempel");
    expect(await page.locator("figcaption li").allTextContents()).toEqual(["Kvarteret Exempel"]);
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  }, 300_000);
});
