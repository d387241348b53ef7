import { AxeBuilder } from "@axe-core/playwright";
import { sql } from "drizzle-orm";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { synthesize } from "../../src/demo/synth.js";
import { launchChromium, type ServedApp, serveTestApp } from "./browser.js";

/**
 * The residents' site in Chromium: the national overview with filters applied and paged, a
 * partnership's page and a promise page with their maps, the accessibility statement — axe WCAG
 * 2.1 A/AA, no horizontal scrolling at 320 px, the filter form by keyboard, and print.
 */
let served: ServedApp;
let browser: Browser;

const SKAGGETORP = {
  type: "Polygon",
  coordinates: [
    [
      [15.57, 58.42],
      [15.6, 58.42],
      [15.61, 58.44],
      [15.57, 58.44],
      [15.57, 58.42],
    ],
  ],
};

beforeAll(async () => {
  served = await serveTestApp();
  const db = served.database.db;
  await synthesize(db, { partnerships: 10, years: 3, now: new Date("2026-11-20T12:00:00Z") });
  // Data the pages show (set directly: what is tested here is the pages, not setup).
  await db.execute(
    sql`update areas set geojson = ${JSON.stringify(SKAGGETORP)}::jsonb where name = 'Skäggetorp'`,
  );
  await db.execute(
    sql`update partnerships set contact_email = 'trygghet@linkoping.se', contact_phone = '013-20 60 00'
        where slug = 'linkoping'`,
  );
  browser = await launchChromium();
}, 180_000);
afterAll(async () => {
  await browser?.close();
  await served?.close();
});

const PAGES = [
  "/?lan=Uppsala+l%C3%A4n&ar=2025",
  "/?klassning=vulnerable",
  "/?sida=2",
  "/linkoping",
  "/linkoping/skaggetorp-2017",
  "/tillganglighet",
];

async function open(path: string, width = 1280): Promise<Page> {
  const context = await browser.newContext({ viewport: { width, height: 800 } });
  const page = await context.newPage();
  const res = await page.goto(`${served.baseUrl}${path}`);
  expect(res?.status(), path).toBe(200);
  return page;
}

describe("the residents' site in Chromium", () => {
  for (const path of PAGES) {
    it(`${path} has no WCAG 2.1 A/AA violations, and no horizontal scrolling at 320 px`, async () => {
      for (const width of [1280, 320]) {
        const page = await open(path, width);
        const results = await new AxeBuilder({ page })
          .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"])
          .analyze();
        const summary = results.violations.map(
          (v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`,
        );
        expect(summary, `${path} at ${width}px`).toEqual([]);
        const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
        if (width === 320) expect(scrollWidth, path).toBeLessThanOrEqual(320);
        await page.context().close();
      }
    });
  }

  it("draws the map as an image with a name, inside the page width at 320 px", async () => {
    const page = await open("/linkoping/skaggetorp-2017", 320);
    const map = page.getByRole("img", { name: /Karta över Skäggetorp/ });
    expect(await map.count()).toBe(1);
    const box = await map.boundingBox();
    expect(box?.width ?? 999).toBeLessThanOrEqual(320);
    expect(await page.locator("figcaption li").allTextContents()).toEqual([
      "Skäggetorp (särskilt utsatt område)",
    ]);
    await page.context().close();
  });

  it("filters by keyboard alone: choose a county, submit, the choice is in the address", async () => {
    const page = await open("/");
    await page.locator("#filter-lan").focus();
    await page.keyboard.press("ArrowDown");
    const chosen = await page.locator("#filter-lan").inputValue();
    expect(chosen).not.toBe("");
    await page.locator("button[type=submit]").focus();
    await Promise.all([page.waitForURL(/lan=/), page.keyboard.press("Enter")]);
    expect(new URL(page.url()).searchParams.get("lan")).toBe(chosen);
    expect(await page.locator("#filter-lan").inputValue()).toBe(chosen);
    expect(await page.getByRole("status").textContent()).toMatch(/medborgarlöften? hittades\./);
    await page.context().close();
  });

  it("prints black on white without navigation or forms, with link addresses shown", async () => {
    const page = await open("/");
    await page.emulateMedia({ media: "print" });
    const shown = await page.evaluate(() => {
      const display = (selector: string) => {
        const el = document.querySelector(selector);
        return el ? getComputedStyle(el).display : "missing";
      };
      const link = document.querySelector("main .card a") as HTMLAnchorElement;
      return {
        lang: display("nav.lang"),
        form: display("form.filters"),
        pages: display("nav.pages"),
        footerNav: display(".site-footer nav"),
        after: getComputedStyle(link, "::after").content,
        href: link.getAttribute("href"),
        color: getComputedStyle(document.querySelector("h1") as Element).color,
        background: getComputedStyle(document.querySelector(".site-header") as Element).backgroundColor,
      };
    });
    expect(shown.lang).toBe("none");
    expect(shown.form).toBe("none");
    expect(shown.pages).toBe("none");
    expect(shown.footerNav).toBe("none");
    expect(shown.after).toContain(shown.href);
    expect(shown.color).toBe("rgb(0, 0, 0)");
    expect(shown.background).toBe("rgba(0, 0, 0, 0)");
    await page.emulateMedia({ media: "screen" });
    expect(
      await page.evaluate(() => getComputedStyle(document.querySelector("nav.lang") as Element).display),
    ).not.toBe("none");
    await page.context().close();
  });
});
