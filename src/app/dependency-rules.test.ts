/**
 * The layering rules of `.dependency-cruiser.cjs`, run by `npm run deps` (part of `npm run check`
 * and CI): the real tree passes, and a small tree with one breach of each kind fails.
 */
import { execFile } from "node:child_process";
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { afterAll, describe, expect, it } from "vitest";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));
const DEPCRUISE = join(ROOT, "node_modules/.bin/depcruise");
const run = promisify(execFile);

async function cruise(cwd: string): Promise<{ code: number; output: string }> {
  try {
    const { stdout } = await run(
      DEPCRUISE,
      ["src", "--config", ".dependency-cruiser.cjs", "--output-type", "err"],
      {
        cwd,
      },
    );
    return { code: 0, output: stdout };
  } catch (error) {
    const e = error as { code?: number; stdout?: string };
    return { code: e.code ?? 1, output: e.stdout ?? "" };
  }
}

const fixture = mkdtempSync(join(tmpdir(), "mbl-deps-"));
afterAll(() => rmSync(fixture, { recursive: true, force: true }));

function write(path: string, text: string): void {
  mkdirSync(dirname(join(fixture, path)), { recursive: true });
  writeFileSync(join(fixture, path), text);
}

describe("dependency rules", () => {
  it("hold for the product's own tree", async () => {
    const result = await cruise(ROOT);
    expect(result.output).toContain("no dependency violations found");
    expect(result.code).toBe(0);
  }, 90_000);

  it("fail on an import circle, platform importing a module, the root imported by a module and a page reading a repository", async () => {
    cpSync(join(ROOT, ".dependency-cruiser.cjs"), join(fixture, ".dependency-cruiser.cjs"));
    write(
      "tsconfig.json",
      JSON.stringify({
        compilerOptions: { module: "NodeNext", moduleResolution: "NodeNext", jsx: "react-jsx" },
      }),
    );
    write(
      "src/platform/clock.ts",
      'import { ring } from "../promises/alarm.js";\nexport const now = () => ring();\n',
    );
    write(
      "src/promises/alarm.ts",
      'import { snooze } from "./snooze.js";\nexport const ring = () => snooze();\n',
    );
    write(
      "src/promises/snooze.ts",
      'import { ring } from "./alarm.js";\nexport const snooze = (): number => (ring ? 1 : 0);\n',
    );
    write("src/promises/promises.repository.ts", "export const findPromise = () => null;\n");
    write(
      "src/promises/promises.pages.tsx",
      'import { findPromise } from "./promises.repository.js";\nimport { MODULES } from "../app/modules.js";\nexport const page = () => [findPromise(), MODULES];\n',
    );
    write("src/app/modules.ts", "export const MODULES = [];\n");
    write(
      "src/opendata/tables.ts",
      'import { findPromise } from "../promises/promises.repository.js";\nexport const rows = () => [findPromise()];\n',
    );

    const result = await cruise(fixture);
    expect(result.code).not.toBe(0);
    expect(result.output).toMatch(/no-circular: src\/promises\/(alarm|snooze)\.ts/);
    expect(result.output).toContain(
      "platform-imports-no-module: src/platform/clock.ts → src/promises/alarm.ts",
    );
    expect(result.output).toContain(
      "pages-routes-views-use-services: src/promises/promises.pages.tsx → src/promises/promises.repository.ts",
    );
    expect(result.output).toContain(
      "only-the-root-assembles: src/promises/promises.pages.tsx → src/app/modules.ts",
    );
    expect(result.output).toContain(
      "open-data-reads-through-publishing: src/opendata/tables.ts → src/promises/promises.repository.ts",
    );
  });
});
