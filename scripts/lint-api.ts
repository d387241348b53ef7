// The API contract, linted: builds the application in-process, fetches /api/v1/openapi.json, writes
// it to a temporary file and runs Redocly's `recommended-strict` ruleset on it (the recommended
// rules with every warning raised to an error), so a warning fails as well. Offline: @redocly/cli
// is a devDependency; telemetry and the update check are switched off.
//
//   npm run lint:api                      # lint
//   npm run lint:api -- --out openapi.json  # also keep the document
import { spawnSync } from "node:child_process";
import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { parseArgs } from "node:util";
import { API_BASE, createApp } from "../src/app/create-app.js";
import { loadConfig } from "../src/platform/config.js";
import type { Db } from "../src/platform/db/client.js";
import { createLogger } from "../src/platform/log.js";

const { values } = parseArgs({ options: { out: { type: "string" } } });

/** Serving the document needs no database: any use of this one is a bug worth hearing about. */
const noDatabase = new Proxy({} as Db, {
  get(_target, property) {
    throw new Error(`lint:api: the OpenAPI document must not need the database (db.${String(property)})`);
  },
});

const app = createApp({ db: noDatabase, config: loadConfig({ DEMO: "false" }), log: createLogger("silent") });
const res = await app.request(`${API_BASE}/openapi.json`);
if (res.status !== 200) {
  console.error(`lint:api: ${API_BASE}/openapi.json answered ${res.status}: ${await res.text()}`);
  process.exit(1);
}
const document = (await res.json()) as { paths: Record<string, Record<string, unknown>> };
const operations = Object.values(document.paths).reduce((n, methods) => n + Object.keys(methods).length, 0);

const dir = mkdtempSync(join(tmpdir(), "mbl-openapi-"));
const file = join(dir, "openapi.json");
try {
  writeFileSync(file, `${JSON.stringify(document, null, 2)}\n`);
  if (values.out) copyFileSync(file, values.out);
  const cli = join(
    dirname(createRequire(import.meta.url).resolve("@redocly/cli/package.json")),
    "bin/cli.js",
  );
  console.log(`Linting the OpenAPI document (${operations} operations) with Redocly recommended-strict`);
  const run = spawnSync(
    process.execPath,
    [cli, "lint", "--extends=recommended-strict", "--format=stylish", "--lint-config=off", file],
    {
      stdio: "inherit",
      env: {
        ...process.env,
        REDOCLY_TELEMETRY: "off",
        REDOCLY_SUPPRESS_UPDATE_NOTICE: "true",
        NO_COLOR: "1",
      },
    },
  );
  process.exitCode = run.status ?? 1;
} finally {
  rmSync(dir, { recursive: true, force: true });
}
