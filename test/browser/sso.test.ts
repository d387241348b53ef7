/**
 * Signing in through a real OpenID provider in Chromium: the sign-in page with provider buttons
 * (axe), the provider's own login form, and back in the workspace with the account's own role.
 * The provider is oidc-provider in this process on 127.0.0.1 (see test/oidc-provider.ts).
 */
import type { AddressInfo } from "node:net";
import { AxeBuilder } from "@axe-core/playwright";
import { type ServerType, serve } from "@hono/node-server";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { addProvider } from "../../src/accounts/sso/manage-providers.js";
import { createApp } from "../../src/app/create-app.js";
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from "../../src/demo/accounts.js";
import { loadDemo } from "../../src/demo/load-demo.js";
import { DEMO_PARTNERSHIP_ID } from "../../src/demo/skaggetorp-2017-ids.js";
import { loadConfig } from "../../src/platform/config.js";
import type { Database } from "../../src/platform/db/client.js";
import { createLogger } from "../../src/platform/log.js";
import { SYSTEM_VIEWER } from "../../src/platform/viewer.js";
import { createTestDatabase } from "../db.js";
import { startTestProvider, type TestProvider } from "../oidc-provider.js";
import { launchChromium } from "./browser.js";

let database: Database;
let server: ServerType;
let baseUrl: string;
let idp: TestProvider;
let browser: Browser;
const loggedErrors: unknown[] = [];

beforeAll(async () => {
  database = await createTestDatabase();
  await loadDemo(database.db);
  // The port decides PUBLIC_URL (the redirect URI), so listen first and build the app after.
  let fetchApp: (request: Request) => Response | Promise<Response> = () =>
    new Response("starting", { status: 503 });
  server = await new Promise<ServerType>((resolve) => {
    const s = serve({ fetch: (r) => fetchApp(r), port: 0, hostname: "127.0.0.1" }, () => resolve(s));
  });
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  idp = await startTestProvider({
    redirectUri: `${baseUrl}/logga-in/oidc/callback`,
    postLogoutRedirectUri: `${baseUrl}/logga-in?utloggad=1`,
  });
  const config = loadConfig({ DEMO: "false", PUBLIC_URL: baseUrl, OIDC_SECRET_LINKOPING: idp.clientSecret });
  const log = { ...createLogger("silent"), error: (_m: string, e?: unknown) => void loggedErrors.push(e) };
  const app = createApp({ db: database.db, config, log });
  fetchApp = (r) => app.fetch(r);
  for (const name of ["Linköpings kommun", "Polisen"])
    await addProvider({
      db: database.db,
      viewer: SYSTEM_VIEWER,
      partnershipId: DEMO_PARTNERSHIP_ID,
      input: {
        name,
        issuer: idp.issuer,
        clientId: idp.clientId,
        clientSecretRef: "env:OIDC_SECRET_LINKOPING",
        scopes: "",
        emailClaim: "",
        emailVerifiedClaim: "",
        nameClaim: "",
        allowedDomains: "demo.medborgarlofte.se",
        selfService: false,
      },
    });
  browser = await launchChromium();
}, 60_000);
afterAll(async () => {
  await browser?.close();
  await idp?.close();
  await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
  await database?.close();
});

async function axeViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page })
    .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"])
    .analyze();
  expect(results.passes.length).toBeGreaterThan(5);
  return results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
}

describe("sign-in through an OpenID provider in Chromium", () => {
  it("the sign-in page with providers passes axe and offers one button per provider", async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${baseUrl}/logga-in`);
    expect(await page.getByRole("link", { name: "Logga in med Linköpings kommun" }).count()).toBe(1);
    expect(await page.getByRole("link", { name: "Logga in med Polisen" }).count()).toBe(1);
    expect(await page.getByLabel("Lösenord").count()).toBe(1);
    expect(await axeViolations(page)).toEqual([]);
    await context.close();
  });

  it("a coordinator signs in at the provider and lands in the workspace with the coordinator role", async () => {
    idp.people.set("sofia", { email: DEMO_ACCOUNTS.coordinator.email, email_verified: true, name: "Sofia" });
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${baseUrl}/logga-in`);
    await page.getByRole("link", { name: "Logga in med Linköpings kommun" }).click();
    await page.waitForURL((url) => url.origin === idp.issuer);
    await page.locator('input[name="login"]').fill("sofia");
    await page.locator('input[name="password"]').fill("vad som helst");
    await page.locator('button[type="submit"]').click();
    await page.waitForURL((url) => url.origin === baseUrl && url.pathname.startsWith("/arbete/"));
    expect(new URL(page.url()).pathname).toBe("/arbete/linkoping");
    const me = (await (await context.request.get(`${baseUrl}/api/v1/me`)).json()) as {
      email: string;
      partnerships: { slug: string; roles: { role: string }[] }[];
    };
    expect(me.email).toBe(DEMO_ACCOUNTS.coordinator.email);
    expect(me.partnerships.map((p) => [p.slug, p.roles.map((r) => r.role)])).toEqual([
      ["linkoping", ["coordinator"]],
    ]);
    // The coordinator's own menu: no administration entries.
    expect(await page.getByRole("link", { name: "Inloggning" }).count()).toBe(0);

    // Signing out offers to sign out at the provider too.
    await page.getByRole("button", { name: "Logga ut" }).click();
    await page.waitForURL((url) => url.pathname === "/logga-in");
    expect(await page.getByRole("link", { name: "Logga ut från Linköpings kommun också" }).count()).toBe(1);
    expect(await axeViolations(page)).toEqual([]);
    expect(loggedErrors).toEqual([]);
    await context.close();
  });

  it("the administrator's sign-in page passes axe, also with errors in the provider form", async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${baseUrl}/logga-in`);
    await page.getByLabel("E-postadress").fill(DEMO_ACCOUNTS.administrator.email);
    await page.getByLabel("Lösenord").fill(DEMO_PASSWORD);
    await page.getByRole("button", { name: "Logga in" }).click();
    await page.waitForURL((url) => url.pathname.startsWith("/arbete"));
    await page.getByRole("link", { name: "Inloggning" }).click();
    expect(await page.getByRole("heading", { level: 1 }).textContent()).toBe("Inloggning");
    expect(await page.getByText("env:OIDC_SECRET_LINKOPING").count()).toBeGreaterThan(0);
    expect(await page.getByText(idp.clientSecret).count()).toBe(0);
    expect(await axeViolations(page)).toEqual([]);
    await page.getByLabel("Utfärdare (issuer)").fill("ftp://fel");
    await page.getByRole("button", { name: "Lägg till tjänsten" }).click();
    expect(await page.getByRole("alert").count()).toBe(1);
    expect(await axeViolations(page)).toEqual([]);
    await context.close();
  });
});
