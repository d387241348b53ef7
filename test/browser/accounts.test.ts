import { AxeBuilder } from "@axe-core/playwright";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { insertAccount, insertGrant } from "../../src/accounts/accounts.repository.js";
import { hashPassword } from "../../src/accounts/password.js";
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from "../../src/demo/accounts.js";
import { DEMO_PARTNERSHIP_ID } from "../../src/demo/skaggetorp-2017-ids.js";
import { partnerships } from "../../src/partnerships/partnerships.schema.js";
import { launchChromium, type ServedApp, serveTestApp } from "./browser.js";

let served: ServedApp;
let browser: Browser;
const MULTI = { email: "flera@example.se", password: "två samverkan lösen" };
beforeAll(async () => {
  served = await serveTestApp();
  browser = await launchChromium();
  // An account in two partnerships, so /arbete shows its list instead of redirecting.
  const db = served.database.db;
  const [other] = await db
    .insert(partnerships)
    .values({ slug: "norrkoping", name: "Norrköping", municipalityName: "Norrköping" })
    .returning();
  const account = await insertAccount(db, {
    email: MULTI.email,
    name: "Flera Samverkan",
    passwordHash: await hashPassword(MULTI.password),
    mustChangePassword: false,
  });
  for (const partnershipId of [DEMO_PARTNERSHIP_ID, other?.id ?? ""])
    await insertGrant(db, { accountId: account.id, partnershipId, role: "reader", partyId: null }, []);
});
afterAll(async () => {
  await browser?.close();
  await served?.close();
});

async function signIn(context: BrowserContext, email: string, password: string): Promise<Page> {
  const page = await context.newPage();
  await page.goto(`${served.baseUrl}/logga-in`);
  await page.getByLabel("E-postadress").fill(email);
  await page.getByLabel("Lösenord").fill(password);
  await page.getByRole("button", { name: "Logga in" }).click();
  await page.waitForLoadState();
  return page;
}

async function axeViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page })
    .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"])
    .analyze();
  expect(results.passes.length).toBeGreaterThan(5);
  return results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
}

describe("demo accounts sign in through the form in Chromium", () => {
  for (const account of Object.values(DEMO_ACCOUNTS)) {
    it(`${account.email} (${account.role}) lands in the Linköping workspace`, async () => {
      const context = await browser.newContext();
      const page = await signIn(context, account.email, DEMO_PASSWORD);
      expect(new URL(page.url()).pathname).toBe("/arbete/linkoping");
      const cookies = await context.cookies();
      const session = cookies.find((c) => c.name === "mbl_session");
      expect(session).toMatchObject({ httpOnly: true, secure: true, sameSite: "Lax", path: "/" });
      const me = await context.request.get(`${served.baseUrl}/api/v1/me`);
      expect(((await me.json()) as { email: string }).email).toBe(account.email);
      await context.close();
    });
  }

  it("signs in by keyboard alone", async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${served.baseUrl}/logga-in`);
    for (let i = 0; i < 10; i++) {
      await page.keyboard.press("Tab");
      if (await page.evaluate(() => document.activeElement?.id === "email")) break;
    }
    await page.keyboard.type(DEMO_ACCOUNTS.reader.email);
    await page.keyboard.press("Tab");
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("password");
    await page.keyboard.type(DEMO_PASSWORD);
    await page.keyboard.press("Enter");
    await page.waitForURL(/\/arbete\/linkoping$/);
    await context.close();
  });
});

describe("account pages pass axe (WCAG 2.1 A/AA)", () => {
  let context: BrowserContext;
  beforeAll(async () => {
    context = await browser.newContext();
  });
  afterAll(() => context.close());

  it("/logga-in, empty and with errors", async () => {
    const page = await context.newPage();
    await page.goto(`${served.baseUrl}/logga-in`);
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole("button", { name: "Logga in" }).click();
    await page.waitForLoadState();
    expect(await page.locator(".error-summary").count()).toBe(1);
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });

  it("/arbete (two partnerships), /byt-losenord (with errors), /konto/nycklar (with a new token)", async () => {
    const own = await browser.newContext();
    const page = await signIn(own, MULTI.email, MULTI.password);
    expect(new URL(page.url()).pathname).toBe("/arbete");
    expect(await page.getByRole("link", { name: "Norrköping" }).count()).toBe(1);
    expect(await axeViolations(page)).toEqual([]);

    await page.goto(`${served.baseUrl}/byt-losenord`);
    expect(await axeViolations(page)).toEqual([]);
    await page.getByLabel("Nytt lösenord", { exact: true }).fill("kort");
    await page.getByRole("button", { name: "Byt lösenord" }).click();
    await page.waitForLoadState();
    expect(await page.locator(".error-summary a").count()).toBe(2);
    expect(await axeViolations(page)).toEqual([]);

    await page.goto(`${served.baseUrl}/konto/nycklar`);
    expect(await axeViolations(page)).toEqual([]);
    await page.getByLabel("Namn på nyckeln").fill("Test i webbläsaren");
    await page.getByRole("button", { name: "Skapa nyckel" }).click();
    await page.waitForLoadState();
    expect(await page.locator("code.secret").textContent()).toMatch(/^mbl_/);
    expect(await axeViolations(page)).toEqual([]);
    await own.close();
  });

  it("the administrator's account list, an account page, and the create form with errors", async () => {
    const admin = await browser.newContext();
    const page = await signIn(admin, DEMO_ACCOUNTS.administrator.email, DEMO_PASSWORD);
    await page.goto(`${served.baseUrl}/arbete/linkoping/konton`);
    expect(await page.getByRole("heading", { level: 1, name: "Konton" }).count()).toBe(1);
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole("button", { name: "Skapa konto" }).click();
    await page.waitForLoadState();
    expect(await page.locator(".error-summary").count()).toBe(1);
    expect(await axeViolations(page)).toEqual([]);
    await page.goto(`${served.baseUrl}/arbete/linkoping/konton/${DEMO_ACCOUNTS.cultureReporter.id}`);
    expect(await page.getByRole("heading", { level: 1 }).textContent()).toBe("Konto: Sofia Testberg");
    expect(await axeViolations(page)).toEqual([]);
    await admin.close();
  });
});
