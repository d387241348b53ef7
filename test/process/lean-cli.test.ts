import { spawn } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { childEnv } from "./cli.js";

// The production entry (needs `npm run build`), as an installation runs it.
const BIN = fileURLToPath(new URL("../../bin/medborgarlofte.js", import.meta.url));
const work = mkdtempSync(join(tmpdir(), "mbl-lean-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** Runs the CLI with a module hook that records every module it loads; returns their URLs. */
async function modulesLoadedBy(args: string[], env: Record<string, string>): Promise<string[]> {
  const list = join(work, "loaded.txt");
  writeFileSync(list, "");
  const hooks = join(work, "hooks.mjs");
  writeFileSync(
    hooks,
    `import { appendFileSync } from "node:fs";
export async function load(url, context, next) {
  appendFileSync(${JSON.stringify(list)}, url + "\\n");
  return next(url, context);
}
`,
  );
  const register = join(work, "register.mjs");
  writeFileSync(
    register,
    `import { register } from "node:module";\nregister(${JSON.stringify(pathToFileURL(hooks).href)});\n`,
  );
  const child = spawn(process.execPath, ["--import", pathToFileURL(register).href, BIN, ...args], {
    env: childEnv(env),
    stdio: ["ignore", "pipe", "pipe"],
  });
  let stderr = "";
  child.stderr?.on("data", (d) => (stderr += d));
  const code = await new Promise<number | null>((resolve) => child.once("exit", resolve));
  expect(code, stderr).toBe(0);
  return readFileSync(list, "utf8").split("\n").filter(Boolean);
}

describe("a CLI command loads what it uses", () => {
  it("`promises` loads neither the web application (pages, routes, Hono server) nor documents, spreadsheets, browser, OpenID, mail, pg or zod", async () => {
    const loaded = await modulesLoadedBy(["promises"], { DATA_DIR: join(work, "data"), DEMO: "false" });
    // It did load what it needs (the proof that the hook saw the run).
    expect(loaded.some((u) => u.includes("/@electric-sql/pglite/"))).toBe(true);
    expect(loaded.some((u) => u.endsWith("/dist/promises/list-promises.js"))).toBe(true);
    const heavy = loaded.filter((u) =>
      /\/node_modules\/(docx|exceljs|playwright-core|openid-client|nodemailer|pg|@hono|zod)\/|\/dist\/app\/|\.pages\.js$|\.routes\.js$/.test(
        u,
      ),
    );
    expect(heavy).toEqual([]);
  }, 120_000);
});
