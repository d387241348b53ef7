import type { AddressInfo } from "node:net";
import { type ServerType, serve } from "@hono/node-server";
import { type Browser, type BrowserContext, chromium, type Page } from "playwright-core";
import { DEMO_PASSWORD } from "../../src/demo/accounts.js";
import type { Database } from "../../src/platform/db/client.js";
import type { Principal } from "../../src/platform/viewer.js";
import { appOn, createTestApp, type TestApp } from "../app.js";

/** Debian's Chromium, or CHROMIUM_PATH. Playwright's own browser download does not work here. */
const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

/** Flags that let Chromium run as root in a closed network (see STACK.md). */
const FLAGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, args: FLAGS, headless: true });
}

export interface ServedApp extends TestApp {
  baseUrl: string;
  close(): Promise<void>;
}

/**
 * The app with the demo, served over real HTTP on a free port; signed in as `as` when given.
 * With `database`, it serves that (already loaded) database and leaves closing it to the caller,
 * so that several principals can share one set of data.
 */
export async function serveTestApp(
  options: { as?: Principal; database?: Database } = {},
): Promise<ServedApp> {
  const shared = options.database;
  const who = options.as ? { as: options.as } : {};
  const t = shared ? appOn(shared, who) : await createTestApp(who);
  const server: ServerType = await new Promise((resolve) => {
    const s = serve({ fetch: t.app.fetch, port: 0, hostname: "127.0.0.1" }, () => resolve(s));
  });
  const { port } = server.address() as AddressInfo;
  return {
    ...t,
    baseUrl: `http://127.0.0.1:${port}`,
    async close() {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      if (!shared) await t.database.close();
    },
  };
}

/**
 * Signs a demo account in through the sign-in form, in a new context without JavaScript (as the
 * no-script tests browse).
 */
export async function signInWithoutScripts(
  browser: Browser,
  baseUrl: string,
  email: string,
): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(`${baseUrl}/logga-in`);
  await page.getByLabel("E-postadress").fill(email);
  await page.getByLabel("Lösenord").fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: "Logga in" }).click();
  await page.waitForLoadState();
  return { context, page };
}
