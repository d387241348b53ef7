import type { AddressInfo } from "node:net";
import { type ServerType, serve } from "@hono/node-server";
import { type Browser, chromium } from "playwright-core";
import type { Principal } from "../../src/platform/viewer.js";
import { createTestApp, type TestApp } from "../app.js";

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

/** The app with the demo, served over real HTTP on a free port (signed in as `as` when given). */
export async function serveTestApp(options: { as?: Principal } = {}): Promise<ServedApp> {
  const t = await createTestApp(options);
  const server: ServerType = await new Promise((resolve) => {
    const s = serve({ fetch: t.app.fetch, port: 0, hostname: "127.0.0.1" }, () => resolve(s));
  });
  const { port } = server.address() as AddressInfo;
  return {
    ...t,
    baseUrl: `http://127.0.0.1:${port}`,
    async close() {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await t.database.close();
    },
  };
}
