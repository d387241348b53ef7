import type { AddressInfo } from "node:net";
import { AxeBuilder } from "@axe-core/playwright";
import { type ServerType, serve } from "@hono/node-server";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PREFIXED_LOCALES } from "../../src/platform/i18n/index.js";
import { localePath } from "../../src/platform/i18n/locale-path.js";
import { closeSharedPdfProvider } from "../../src/platform/pdf/pdf.js";
import { SYSTEM_VIEWER } from "../../src/platform/viewer.js";
import { buildPeriodReport, buildReportBack } from "../../src/reports/build-document.js";
import { renderHtml } from "../../src/reports/render/html.js";
import { createTestApp, type TestApp } from "../app.js";
import { principal } from "../principals.js";
import { decidedReportBack, followedUpPromise } from "../report-scenario.js";
import { launchChromium } from "./browser.js";

let app: TestApp;
let server: ServerType;
let baseUrl: string;
let browser: Browser;
let context: BrowserContext;
const REFS = { without: "", published: "" };

beforeAll(async () => {
  app = await createTestApp({ as: principal("coordinator") });
  // A promise that is not the demo's without a report-back, and one whose report-back is published.
  const withoutReport = await followedUpPromise(app.database.db);
  const published = await followedUpPromise(app.database.db);
  await decidedReportBack(app.database.db, published.promise.ref);
  REFS.without = withoutReport.promise.ref;
  REFS.published = published.promise.ref;
  server = await new Promise((resolve) => {
    const s = serve({ fetch: app.app.fetch, port: 0, hostname: "127.0.0.1" }, () => resolve(s));
  });
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  browser = await launchChromium();
  context = await browser.newContext();
});
afterAll(async () => {
  await browser?.close();
  await new Promise<void>((resolve) => server?.close(() => resolve()));
  await closeSharedPdfProvider();
  await app?.database.close();
});

async function axe(page: Page) {
  const results = await new AxeBuilder({ page })
    .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"])
    .analyze();
  expect(
    results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`),
  ).toEqual([]);
  expect(results.passes.length).toBeGreaterThan(10);
}

const PAGES = [
  "/arbete/linkoping/rapporter",
  "/arbete/linkoping/loften/skaggetorp-2017/aterrapportering",
  "/arbete/linkoping/loften/skaggetorp-2017/aterrapportering/redigera",
  "/arbete/linkoping/loften/skaggetorp-2017/period/2017-T2",
];

/** Pages of issue 9: creating, editing lists, the defaults, and what residents read. */
const NEW_PAGES: [string, () => string][] = [
  ["the start of a report-back (create)", () => `/arbete/linkoping/loften/${REFS.without}/aterrapportering`],
  [
    "a list of the formal parts",
    () => "/arbete/linkoping/loften/skaggetorp-2017/aterrapportering/listor/distribution",
  ],
  ["the report defaults and logo", () => "/arbete/linkoping/rapporter/standard"],
  ["the public återrapportering", () => `/linkoping/${REFS.published}/aterrapportering`],
  ["a public period report", () => `/linkoping/${REFS.published}/period/2019-T3`],
  ["the public promise page with its reports", () => `/linkoping/${REFS.published}`],
  ["the start page with a published report", () => "/"],
  // What residents read, in each of their other languages.
  ...PREFIXED_LOCALES.flatMap((locale): [string, () => string][] => [
    [
      `the public återrapportering in ${locale}`,
      () => localePath(locale, `/linkoping/${REFS.published}/aterrapportering`),
    ],
    [
      `a public period report in ${locale}`,
      () => localePath(locale, `/linkoping/${REFS.published}/period/2019-T3`),
    ],
  ]),
];

describe("report pages in Chromium", () => {
  for (const [name, path] of NEW_PAGES) {
    it(`${name} has no WCAG 2.1 A/AA violations (axe-core)`, async () => {
      const page = await context.newPage();
      const res = await page.goto(`${baseUrl}${path()}`);
      expect(res?.status()).toBe(200);
      await axe(page);
      await page.close();
    });
  }

  for (const path of PAGES) {
    it(`${path} has no WCAG 2.1 A/AA violations (axe-core)`, async () => {
      const page = await context.newPage();
      const res = await page.goto(`${baseUrl}${path}`);
      expect(res?.status()).toBe(200);
      await axe(page);
      await page.close();
    });
  }

  it("the published documents (återrapportering and period report HTML) pass axe too", async () => {
    for (const built of [
      await buildReportBack({ db: app.database.db, viewer: SYSTEM_VIEWER, ref: "skaggetorp-2017" }),
      await buildPeriodReport({
        db: app.database.db,
        viewer: SYSTEM_VIEWER,
        ref: "skaggetorp-2017",
        period: "2017-T2",
      }),
    ]) {
      const page = await context.newPage();
      await page.setContent(renderHtml(built.model));
      await axe(page);
      expect(await page.evaluate(() => document.documentElement.lang)).toBe("sv");
      await page.close();
    }
  });

  it("the chain buttons and downloads are reachable by keyboard", async () => {
    const page = await context.newPage();
    await page.goto(`${baseUrl}/arbete/linkoping/loften/skaggetorp-2017/aterrapportering`);
    const reached: string[] = [];
    for (let i = 0; i < 40; i++) {
      await page.keyboard.press("Tab");
      reached.push(await page.evaluate(() => document.activeElement?.textContent?.trim() ?? ""));
    }
    expect(reached).toContain("Word (DOCX)");
    expect(reached).toContain("Skicka vidare till: i samråd");
    await page.close();
  });
});
