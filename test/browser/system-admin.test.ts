import { AxeBuilder } from "@axe-core/playwright";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEMO_ACCOUNTS, DEMO_PASSWORD, DEMO_SYSTEM_ADMINISTRATOR } from "../../src/demo/accounts.js";
import { ROUND_2026_REF } from "../../src/demo/round-2026-ids.js";
import { linkFromOutbox } from "../mail-links.js";
import { launchChromium, type ServedApp, serveTestApp } from "./browser.js";

// Issue 8 part 1 in Chromium, only through the interface (the links are read from the outbox):
// "Glömt lösenord?", the reset page, the system administrator's pages, the invitation page, and
// the kommunikatör's texts form; axe on each.
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

async function axeViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page })
    .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"])
    .analyze();
  expect(results.passes.length).toBeGreaterThan(5);
  return results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
}

async function signIn(context: BrowserContext, email: string, password: string): Promise<Page> {
  const page = await context.newPage();
  await page.goto(`${served.baseUrl}/logga-in`);
  await page.getByLabel("E-postadress").fill(email);
  await page.getByLabel("Lösenord", { exact: true }).fill(password);
  await page.getByRole("button", { name: "Logga in" }).click();
  await page.waitForLoadState();
  return page;
}

/** Opens a mailed link on the served app and chooses the password there. */
async function choosePassword(
  page: Page,
  email: string,
  password: string,
  kind: "account.invitation" | "account.reset",
) {
  const link = await linkFromOutbox(served.database.db, email, kind);
  await page.goto(`${served.baseUrl}${link.path}`);
  expect(await axeViolations(page)).toEqual([]);
  await page.getByLabel("Nytt lösenord", { exact: true }).fill(password);
  await page.getByLabel("Nytt lösenord igen").fill(password);
  await page.getByRole("button", { name: "Spara lösenordet" }).click();
  await page.waitForLoadState();
  expect(new URL(page.url()).pathname).toBe("/logga-in");
  expect(await page.getByRole("status").textContent()).toContain("Lösenordet är sparat.");
}

describe("one-time links and the system administrator in Chromium", () => {
  it("Glömt lösenord? from the sign-in page, the reset page, then sign-in with the new password", async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${served.baseUrl}/logga-in`);
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole("link", { name: "Glömt lösenord?" }).click();
    await page.waitForLoadState();
    expect(await axeViolations(page)).toEqual([]);
    await page.getByLabel("E-postadress").fill(DEMO_ACCOUNTS.reader.email);
    await page.getByRole("button", { name: "Skicka länken" }).click();
    await page.waitForLoadState();
    expect(await page.getByRole("status").textContent()).toContain("Om det finns ett konto med adressen");
    expect(await axeViolations(page)).toEqual([]);
    await choosePassword(page, DEMO_ACCOUNTS.reader.email, "läsarens nya lösenord", "account.reset");
    const signedIn = await signIn(context, DEMO_ACCOUNTS.reader.email, "läsarens nya lösenord");
    expect(new URL(signedIn.url()).pathname).toBe("/arbete/linkoping");
    await context.close();
  });

  it("the system administrator creates a partnership and invites its administrator, who sets a password", async () => {
    const context = await browser.newContext();
    const page = await signIn(context, DEMO_SYSTEM_ADMINISTRATOR.email, DEMO_PASSWORD);
    expect(new URL(page.url()).pathname).toBe("/arbete");
    await page.getByRole("link", { name: /Systemadministration/ }).click();
    await page.waitForLoadState();
    expect(new URL(page.url()).pathname).toBe("/arbete/system");
    expect(await axeViolations(page)).toEqual([]);
    await page.getByLabel("Namn på samverkan").fill("Norrköpings kommun och LPO Norrköping");
    await page.getByLabel("Kort adress").fill("norrkoping");
    await page.getByLabel("Kommun", { exact: true }).fill("Norrköpings kommun");
    await page.getByLabel("Lokalpolisområde").fill("LPO Norrköping");
    await page.getByRole("button", { name: "Lägg upp samverkan" }).click();
    await page.waitForLoadState();
    expect(new URL(page.url()).pathname).toBe("/arbete/system/samverkan/norrkoping");
    expect(await axeViolations(page)).toEqual([]);
    await page.getByLabel("Namn").fill("Nora Admin");
    await page.getByLabel("E-postadress").fill("admin@norrkoping.example.se");
    await page.getByRole("button", { name: "Skicka inbjudan" }).click();
    await page.waitForLoadState();
    expect(await page.getByRole("status").textContent()).toContain("Inbjudan ligger i utkorgen.");
    expect(await axeViolations(page)).toEqual([]);
    await context.close();

    const invitee = await browser.newContext();
    const invitation = await invitee.newPage();
    await choosePassword(
      invitation,
      "admin@norrkoping.example.se",
      "norrkopings eget lösenord",
      "account.invitation",
    );
    const admin = await signIn(invitee, "admin@norrkoping.example.se", "norrkopings eget lösenord");
    expect(new URL(admin.url()).pathname).toBe("/arbete/norrkoping");
    await invitee.close();
  });

  it("the kommunikatör's texts form in the editor passes axe and saves", async () => {
    const context = await browser.newContext();
    const page = await signIn(context, DEMO_ACCOUNTS.communicator.email, DEMO_PASSWORD);
    await page.goto(`${served.baseUrl}/arbete/linkoping/loften/${ROUND_2026_REF}`);
    expect(await axeViolations(page)).toEqual([]);
    await page.locator("#texts-background").fill("Texten som invånarna läser.");
    await page.getByRole("button", { name: "Spara texterna" }).click();
    await page.waitForLoadState();
    expect(await page.getByRole("status").textContent()).toContain("Ändringen är sparad");
    await context.close();
  });
});
