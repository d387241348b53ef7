import type { OpenAPIHono } from "@hono/zod-openapi";
import { createApp } from "../src/app/create-app.js";
import { loadDemo } from "../src/demo/load-demo.js";
import { loadConfig } from "../src/platform/config.js";
import type { Database } from "../src/platform/db/client.js";
import type { AppEnv } from "../src/platform/http/env.js";
import { createLogger } from "../src/platform/log.js";
import type { Principal } from "../src/platform/viewer.js";
import { createPublicSnapshot } from "../src/publishing/public-snapshot.js";
import { createTestDatabase, onPublicChange } from "./db.js";
import { signedInAs } from "./principals.js";

export interface TestApp {
  app: OpenAPIHono<AppEnv>;
  database: Database;
  /** Errors the app logged (500s): a test can assert there were none. */
  loggedErrors: unknown[];
}

/** The HTTP application on a fresh test database, with the demo loaded unless told otherwise. */
export async function createTestApp(options: { demo?: boolean; as?: Principal } = {}): Promise<TestApp> {
  const database = await createTestDatabase();
  if (options.demo !== false) await loadDemo(database.db);
  return appOn(database, options);
}

/**
 * Another HTTP application over an existing test database, signed in as `as` (or a resident):
 * several principals can act on the same data in one test without a database each.
 */
export function appOn(database: Database, options: { as?: Principal } = {}): TestApp {
  const loggedErrors: unknown[] = [];
  const log = { ...createLogger("silent"), error: (_m: string, e?: unknown) => void loggedErrors.push(e) };
  const config = loadConfig({ DEMO: "false" });
  const authenticate = options.as ? signedInAs(options.as) : undefined;
  // The published snapshot, dropped when the database notifies a public change (as in the server).
  const snapshot = createPublicSnapshot();
  const listened = onPublicChange(database, () => snapshot.invalidate());
  return {
    app: createApp({
      db: database.db,
      config,
      log,
      ...(authenticate ? { authenticate } : {}),
      ...(listened ? { snapshot } : {}),
    }),
    database,
    loggedErrors,
  };
}
