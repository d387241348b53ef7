import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createEmptyPostgresDatabase } from "../db.js";
import { runCli } from "./cli.js";

let env: Record<string, string>;
let cleanup: () => Promise<void>;
beforeAll(async () => {
  const pg = await createEmptyPostgresDatabase();
  if (pg) {
    env = { DATABASE_URL: pg.url };
    cleanup = pg.drop;
  } else {
    const dir = mkdtempSync(join(tmpdir(), "mbl-jobs-cli-"));
    env = { DATA_DIR: dir };
    cleanup = async () => rmSync(dir, { recursive: true, force: true });
  }
});
afterAll(() => cleanup());

describe("medborgarlofte jobs:run", () => {
  it("runs today's reminder scan once; a second run finds nothing to do", async () => {
    const first = await runCli(["jobs:run", "--json"], env);
    expect(first.code, first.stderr).toBe(0);
    expect(JSON.parse(first.stdout)).toEqual({ done: 1, failed: 0 });
    const second = await runCli(["jobs:run"], env);
    expect(second.code, second.stderr).toBe(0);
    expect(second.stdout).toContain("Körde 0 jobb; 0 misslyckades");
  }, 60_000);

  it("stops with exit code 2 naming SMTP_URL when it is not an SMTP address", async () => {
    const result = await runCli(["jobs:run"], { ...env, SMTP_URL: "https://mail.example.se" });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("SMTP_URL");
  });
});
