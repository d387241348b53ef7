import { spawn } from "node:child_process";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { childDatabase, childEnv, type Finished, runCli } from "./cli.js";

/**
 * The acceptance of the setup file: `setup:example | setup:apply -` on an empty database (PGlite
 * here; PostgreSQL when DATABASE_URL is set), a second run changes nothing, a broken file names
 * the path and changes nothing.
 */
const ENTRY = fileURLToPath(new URL("../../src/cli/index.ts", import.meta.url));
const cli = `"${process.execPath}" --import tsx "${ENTRY}"`;

let env: Record<string, string>;
let cleanup: () => Promise<void>;
beforeAll(async () => {
  ({ env, cleanup } = await childDatabase("setup", { DEMO: "false" }));
});
afterAll(() => cleanup());

/** Runs a shell pipeline of CLI commands (`$CLI` stands for medborgarlofte). */
function pipeline(script: string, input?: string): Promise<Finished> {
  const child = spawn("sh", ["-c", script.replaceAll("$CLI", cli)], {
    env: childEnv(env),
    stdio: ["pipe", "pipe", "pipe"],
  });
  let stdout = "";
  let stderr = "";
  child.stdout.on("data", (d) => (stdout += d));
  child.stderr.on("data", (d) => (stderr += d));
  child.stdin.end(input ?? "");
  return new Promise((resolve) => child.once("exit", (code) => resolve({ code, stdout, stderr })));
}

async function tableCounts(): Promise<Record<string, number>> {
  const check = await runCli(["db:check", "--json"], env);
  expect(check.code, check.stderr).toBe(0);
  const { tables } = JSON.parse(check.stdout) as { tables: { table: string; rows: number }[] };
  return Object.fromEntries(tables.map((t) => [t.table, t.rows]));
}

describe("setup:example | setup:apply -", () => {
  it("sets up a partnership on an empty database, and a second run changes nothing", async () => {
    const first = await pipeline("$CLI setup:example | $CLI setup:apply -");
    expect(first.code, first.stderr).toBe(0);
    expect(first.stdout).toContain("Samverkan exempelstad:");
    expect(first.stdout).toContain("part Bostadsbolaget skapad");
    const after = await tableCounts();
    expect(after).toMatchObject({
      partnerships: 1,
      parties: 6,
      areas: 2,
      council_goal_sets: 1,
      agreements: 1,
      accounts: 3,
    });

    const second = await pipeline("$CLI setup:example --format json | $CLI setup:apply - --json");
    expect(second.code, second.stderr).toBe(0);
    expect(JSON.parse(second.stdout)).toMatchObject({ slug: "exempelstad", changes: [], applied: true });
    expect(await tableCounts()).toEqual(after);
  }, 240_000);

  it("names the path of a broken file's problems and changes nothing; --check writes nothing", async () => {
    const before = await tableCounts();
    const broken = (await runCli(["setup:example"], env)).stdout
      .replace("kind: association", "kind: bank")
      .replace("name: Norrmalm\n", "name: Norrmalm\n    parent: Finns inte\n");
    const refused = await pipeline("$CLI setup:apply -", broken);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain("parties[4].kind: ska vara en av: municipality");
    expect(await tableCounts()).toEqual(before);

    const changed = (await runCli(["setup:example"], env)).stdout.replace(
      "Norrmalmsskolan",
      "Norrmalms skola",
    );
    const checked = await pipeline("$CLI setup:apply - --check", changed);
    expect(checked.code, checked.stderr).toBe(0);
    expect(checked.stdout).toContain("Filen är giltig. Detta skulle ändras i exempelstad (1):");
    expect(checked.stdout).toContain("part Skolan ändrad");
    expect(await tableCounts()).toEqual(before);
  }, 240_000);
});
