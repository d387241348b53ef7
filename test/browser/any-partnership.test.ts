import { AxeBuilder } from "@axe-core/playwright";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { accounts } from "../../src/accounts/accounts.schema.js";
import { partnerships } from "../../src/partnerships/partnerships.schema.js";
import { loadConfig } from "../../src/platform/config.js";
import type { Database } from "../../src/platform/db/client.js";
import { SYSTEM_VIEWER } from "../../src/platform/viewer.js";
import { inviteSystemAdministrator } from "../../src/system/system-admin.js";
import { createTestDatabase } from "../db.js";
import { linkFromOutbox } from "../mail-links.js";
import { launchChromium, type ServedApp, serveTestApp } from "./browser.js";

// Issue 8's acceptance test: from an EMPTY installation (no demo), only through the interface.
// The first system administrator comes from what `medborgarlofte admin:invite` runs; every other
// step is clicking and typing in Chromium, the one-time links read from the outbox.
let database: Database;
let served: ServedApp;
let browser: Browser;
beforeAll(async () => {
  database = await createTestDatabase();
  served = await serveTestApp({ database });
  browser = await launchChromium();
  // Empty: no partnership, no account (only the test database's migrations).
  expect(await database.db.select().from(partnerships)).toEqual([]);
  expect(await database.db.select().from(accounts)).toEqual([]);
  await inviteSystemAdministrator({
    db: database.db,
    viewer: SYSTEM_VIEWER,
    mail: { config: loadConfig({ DEMO: "false" }) },
    email: "it@exempelstad.se",
    name: "Ida IT",
  });
});
afterAll(async () => {
  await browser?.close();
  await served?.close();
  await database?.close();
});

const visited = new Set<string>();
/** axe on a page not checked before (by its path), WCAG 2.1 A/AA. */
async function axe(page: Page) {
  const path = new URL(page.url()).pathname;
  if (visited.has(path)) return;
  visited.add(path);
  const results = await new AxeBuilder({ page })
    .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"])
    .analyze();
  expect(results.passes.length).toBeGreaterThan(5);
  const violations = results.violations.map(
    (v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`,
  );
  expect(violations, path).toEqual([]);
}

async function signIn(context: BrowserContext, email: string, password: string): Promise<Page> {
  const page = await context.newPage();
  await page.goto(`${served.baseUrl}/logga-in`);
  await axe(page);
  await page.getByLabel("E-postadress").fill(email);
  await page.getByLabel("Lösenord", { exact: true }).fill(password);
  await page.getByRole("button", { name: "Logga in" }).click();
  await page.waitForLoadState();
  return page;
}

/** Opens the newest invitation mailed to `email` and chooses the password there. */
async function acceptInvitation(context: BrowserContext, email: string, password: string) {
  const page = await context.newPage();
  const link = await linkFromOutbox(database.db, email, "account.invitation");
  await page.goto(`${served.baseUrl}${link.path}`);
  await axe(page);
  await page.getByLabel("Nytt lösenord", { exact: true }).fill(password);
  await page.getByLabel("Nytt lösenord igen").fill(password);
  await page.getByRole("button", { name: "Spara lösenordet" }).click();
  await page.waitForLoadState();
  expect(new URL(page.url()).pathname).toBe("/logga-in");
  await page.close();
}

const BOUNDARY = {
  type: "Polygon",
  coordinates: [
    [
      [15.58, 58.43],
      [15.6, 58.43],
      [15.6, 58.42],
      [15.58, 58.42],
      [15.58, 58.43],
    ],
  ],
};

const COORDINATOR = {
  name: "Cecilia Samordnare",
  email: "samordnare@exempelstad.se",
  password: "samordnarens lösenord",
  role: "Samordnare",
};
const REPORTER = {
  name: "Rasmus Rapportör",
  email: "rapportor@bostader.example.se",
  password: "rapportörens lösenord",
  role: "Rapportör",
};
const RESULT = "Nio av tolv trapphus har fått ny belysning; de sista tre byts i maj.";
const ADMIN = { email: "admin@exempelstad.se", password: "administratörens lösenord" };

describe("any partnership, any year, from an empty installation in Chromium", () => {
  it("the system administrator creates a partnership and invites its administrator", async () => {
    const context = await browser.newContext();
    await acceptInvitation(context, "it@exempelstad.se", "systemets eget lösenord");
    const page = await signIn(context, "it@exempelstad.se", "systemets eget lösenord");
    await page.getByRole("link", { name: /Systemadministration/ }).click();
    await page.waitForLoadState();
    await axe(page);
    await page.getByLabel("Namn på samverkan").fill("Exempelstads kommun och LPO Exempelstad");
    await page.getByLabel("Kort adress").fill("exempelstad");
    await page.getByLabel("Kommun", { exact: true }).fill("Exempelstads kommun");
    await page.getByLabel("Lokalpolisområde").fill("LPO Exempelstad");
    await page.getByRole("button", { name: "Lägg upp samverkan" }).click();
    await page.waitForLoadState();
    expect(new URL(page.url()).pathname).toBe("/arbete/system/samverkan/exempelstad");
    await axe(page);
    await page.getByLabel("Namn").fill("Adam Admin");
    await page.getByLabel("E-postadress").fill(ADMIN.email);
    await page.getByRole("button", { name: "Skicka inbjudan" }).click();
    await page.waitForLoadState();
    expect(await page.getByRole("status").textContent()).toContain("Inbjudan ligger i utkorgen.");
    await context.close();
  });

  it("the administrator sets a password and sets the partnership up", async () => {
    const context = await browser.newContext();
    await acceptInvitation(context, ADMIN.email, ADMIN.password);
    const page = await signIn(context, ADMIN.email, ADMIN.password);
    expect(new URL(page.url()).pathname).toBe("/arbete/exempelstad");
    await axe(page);
    await page.getByRole("link", { name: "Inställningar", exact: true }).click();
    await page.waitForLoadState();
    await axe(page);
    const saved = () => page.waitForURL(/sparat=1/);
    const parties: [string, string, string][] = [
      ["housing_company", "Exempelstadens Bostäder AB", "Bostadsbolaget"],
      ["association", "Föreningen Trygga Gårdar", "Föreningen"],
    ];
    for (const [kind, name, shortName] of parties) {
      await page.selectOption("#party-kind", kind);
      await page.fill("#party-name", name);
      await page.fill("#party-shortName", shortName);
      await Promise.all([saved(), page.click("form[action$='/parter'] button")]);
    }
    expect(await page.locator("table").first().locator("tbody tr").count()).toBe(4);
    for (const [party, unit] of [
      ["Exempelstadens Bostäder AB (Bostadsbolaget)", "Förvaltning Norr"],
      ["Exempelstads kommun (Kommunen)", "Socialförvaltningen"],
    ] as const) {
      await page.selectOption("#unit-partyId", { label: party });
      await page.fill("#unit-name", unit);
      await Promise.all([saved(), page.click("form[action$='/enheter'] button")]);
    }
    await page.fill("#area-name", "Kvarteret Linden");
    await page.selectOption("#area-kind", "place");
    await page.selectOption("#area-ownerPartyId", { label: "Exempelstadens Bostäder AB (Bostadsbolaget)" });
    await page.setInputFiles("#area-boundary", {
      name: "linden.geojson",
      mimeType: "application/geo+json",
      buffer: Buffer.from(JSON.stringify(BOUNDARY)),
    });
    await Promise.all([saved(), page.click("form[action$='/omraden'] button")]);
    expect(await page.locator("figure svg[role=img]").count()).toBeGreaterThan(0);
    await page.fill("#goals-name", "Fullmäktiges mål 2024–2027");
    await page.fill("#goals-body", "Kommunfullmäktige");
    await page.fill("#goals-fromYear", "2024");
    await page.fill("#goals-toYear", "2027");
    await page.fill("#goals-goals", "Tryggare bostadsområden\nFler i arbete");
    await Promise.all([saved(), page.click("form[action$='/mal'] button")]);
    await axe(page);

    await page.getByRole("link", { name: "Konton" }).click();
    await page.waitForLoadState();
    await axe(page);
    for (const who of [COORDINATOR, REPORTER]) {
      await page.fill("#name", who.name);
      await page.fill("#email", who.email);
      await page.selectOption("#role", { label: who.role });
      if (who === REPORTER) await page.selectOption("#partyId", { label: "Exempelstadens Bostäder AB" });
      await page.getByRole("button", { name: "Skapa konto" }).click();
      await page.waitForLoadState();
      await axe(page);
      await page.goto(`${served.baseUrl}/arbete/exempelstad/konton`);
    }
    expect(await page.locator("tbody").textContent()).toContain(REPORTER.email);
    await context.close();
  });

  it("the coordinator creates a promise across two calendar years with a partner's point and a target", async () => {
    const context = await browser.newContext();
    await acceptInvitation(context, COORDINATOR.email, COORDINATOR.password);
    const page = await signIn(context, COORDINATOR.email, COORDINATOR.password);
    await page.getByRole("link", { name: "Löften" }).click();
    await page.waitForLoadState();
    await axe(page);
    await page.fill("#new-ref", "linden");
    await page.fill("#new-title-field", "Tryggare Linden");
    await page.fill("#new-from", "2025");
    await page.fill("#new-to", "2026");
    await page.fill("#new-starts", "2025-05-01");
    await page.fill("#new-ends", "2026-04-30");
    await page.getByLabel("Kvarteret Linden").check();
    for (const party of ["Exempelstadens Bostäder AB", "Exempelstads kommun", "LPO Exempelstad"])
      await page.getByLabel(party, { exact: true }).check();
    await page.getByRole("button", { name: "Skapa löftet" }).click();
    await page.waitForURL(/\/loften\/linden/);
    await axe(page);
    await page.fill("#new-point-text", "Bostadsbolaget byter belysningen i trapphusen.");
    await page.getByLabel("Annan part").check();
    await page
      .locator("#new-point")
      .getByRole("group", { name: "Ansvariga parter" })
      .getByLabel("Exempelstadens Bostäder AB")
      .check();
    await page.fill("#new-point-tnew0-d", "Trapphus med ny belysning");
    await page.selectOption("#new-point-tnew0-dir", "at_least");
    await page.fill("#new-point-tnew0-v", "12");
    await page.fill("#new-point-tnew0-u", "trapphus");
    await Promise.all([
      page.waitForURL(/sparat=1/),
      page.getByRole("button", { name: "Lägg till punkten" }).click(),
    ]);
    await axe(page);
    // Through its lifecycle to "uppföljs": signed on a date, published for residents.
    const step = async (button: string) => {
      await Promise.all([page.waitForURL(/sparat=1/), page.getByRole("button", { name: button }).click()]);
      expect(await page.locator("[role=status]").innerText()).toBe("Ändringen är sparad.");
    };
    await step("Gör till: i samråd");
    await page.fill("#signed-on", "2025-04-15");
    await step("Gör till: undertecknat");
    await step("Gör till: publicerat");
    await step("Gör till: uppföljs");
    expect(await page.locator(".meta").first().innerText()).toContain("Läge: uppföljs");

    await page.getByRole("link", { name: "Perioder" }).click();
    await page.waitForLoadState();
    await axe(page);
    const periods = await page.locator("nav.periods a").allTextContents();
    expect(periods).toEqual(["tertial 2 2025", "tertial 3 2025", "tertial 1 2026"]);
    expect(await page.locator("tbody").innerText()).toContain("Exempelstadens Bostäder AB");
    await context.close();
  });

  it("the partner's reporter reports the point", async () => {
    const context = await browser.newContext();
    await acceptInvitation(context, REPORTER.email, REPORTER.password);
    const page = await signIn(context, REPORTER.email, REPORTER.password);
    expect(new URL(page.url()).pathname).toBe("/arbete/exempelstad");
    await axe(page);
    expect(await page.locator("ul.points a").allTextContents()).toEqual([
      "Punkt 1 – tertial 2 2025",
      "Punkt 1 – tertial 3 2025",
      "Punkt 1 – tertial 1 2026",
    ]);
    await page.getByRole("link", { name: "Punkt 1 – tertial 1 2026" }).click();
    await page.waitForLoadState();
    await axe(page);
    await page.getByLabel("delvis genomförd").check();
    await page.fill("#narrative", RESULT);
    await page.getByLabel("Trapphus med ny belysning (trapphus)").fill("9");
    await Promise.all([
      page.waitForURL("**klart=submitted"),
      page.getByRole("button", { name: "Skicka in" }).click(),
    ]);
    expect(await page.locator("[role=status]").textContent()).toContain("Uppföljningen är inskickad.");
    await axe(page);
    await context.close();
  });

  it("the coordinator approves, and the resident page shows the result", async () => {
    const context = await browser.newContext();
    const page = await signIn(context, COORDINATOR.email, COORDINATOR.password);
    await page.getByRole("link", { name: "Perioder" }).click();
    await page.waitForLoadState();
    expect(new URL(page.url()).pathname).toBe("/arbete/exempelstad/perioder/2026-T1");
    await page.getByLabel("Välj punkt linden 1").check();
    await Promise.all([
      page.waitForURL("**klart=approved"),
      page.getByRole("button", { name: "Godkänn markerade" }).click(),
    ]);
    expect(await page.locator("tbody tr td:nth-child(4)").allTextContents()).toEqual(["godkänd"]);
    await axe(page);
    await context.close();

    const resident = await (await browser.newContext()).newPage();
    await resident.goto(`${served.baseUrl}/exempelstad/linden`);
    await axe(resident);
    expect(await resident.locator("h1").textContent()).toBe("Tryggare Linden");
    const point = resident.locator("li.point");
    expect(await point.locator(".status").textContent()).toBe("delvis genomförd");
    expect(await point.locator(".result").textContent()).toBe(RESULT);
    expect(await point.locator("ul[aria-label=Mål]").textContent()).toContain("Utfall: 9 trapphus");
    expect(await resident.locator("main").textContent()).toContain("Exempelstadens Bostäder AB");
    // Periods are named in words where residents read them; codes stay in the links.
    expect(await point.locator(".meta").first().textContent()).toBe("Resultat tertial 1 2026");
    expect(await resident.locator("nav.periods a").allTextContents()).toEqual([
      "tertial 2 2025",
      "tertial 3 2025",
      "tertial 1 2026",
    ]);
    await resident.context().close();
  });
});
