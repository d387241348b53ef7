import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { childDatabase, runCli } from "./cli.js";

/** The CLI runs against PostgreSQL on PostgreSQL runs, else against a PGlite data directory. */
let env: Record<string, string>;
let cleanup: () => Promise<void>;
beforeAll(async () => {
  ({ env, cleanup } = await childDatabase("cli"));
});
afterAll(() => cleanup());

describe("medborgarlofte", () => {
  it("prints help with every command", async () => {
    const result = await runCli(["--help"], {});
    expect(result.code, result.stderr).toBe(0);
    for (const command of ["serve", "migrate", "demo", "promises", "db:check"])
      expect(result.stdout).toContain(command);
  });

  it("exits 2 with help for an unknown command", async () => {
    const result = await runCli(["fly"], {});
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("Okänt kommando: fly");
  });

  it("exits 2 naming the variable when the configuration is invalid", async () => {
    const result = await runCli(["migrate"], { ...env, PORT: "tusen" });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("PORT");
  });

  it("migrates, loads the demo once, lists promises and checks the database", async () => {
    const migrated = await runCli(["migrate"], env);
    expect(migrated.code, migrated.stderr).toBe(0);
    expect(migrated.stdout).toMatch(/Körde \d+ migreringar/);

    const first = await runCli(["demo"], env);
    expect(first.code, first.stderr).toBe(0);
    expect(first.stdout).toContain("Demodata laddad");

    const before = await runCli(["db:check", "--json"], env);
    const second = await runCli(["demo"], env);
    expect(second.stdout).toContain("inget ändrades");
    const after = await runCli(["db:check", "--json"], env);
    expect(JSON.parse(after.stdout).tables).toEqual(JSON.parse(before.stdout).tables);

    const promises = await runCli(["promises"], env);
    expect(promises.code).toBe(0);
    expect(promises.stdout).toMatch(/skaggetorp-2017\s+2017\s+following_up\s+8/);

    const check = JSON.parse(after.stdout) as {
      schemaVersion: string;
      pending: number;
      tables: { table: string; rows: number }[];
    };
    expect(check.schemaVersion).toMatch(/^\d{4}_/);
    expect(check.pending).toBe(0);
    // 2017's eight points, the live 2026 round's five and the two carried into the 2018 draft.
    expect(check.tables.find((t) => t.table === "commitments")?.rows).toBe(8 + 5 + 2);
  }, 120_000);

  it("says clearly when PostgreSQL cannot be reached", async () => {
    const result = await runCli(["migrate"], { DATABASE_URL: "postgres://nobody@127.0.0.1:1/none" });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain("Kontrollera DATABASE_URL");
  });
});
