import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { swedishHourOn, systemClock } from "../../src/platform/clock.js";
import { REMINDER_HOUR } from "../../src/reminders/reminders.jobs.js";
import { childDatabase, runCli } from "./cli.js";

let env: Record<string, string>;
let cleanup: () => Promise<void>;
beforeAll(async () => {
  ({ env, cleanup } = await childDatabase("jobs-cli"));
});
afterAll(() => cleanup());

describe("medborgarlofte jobs:run", () => {
  it("schedules today's reminder scan once and runs it from 07:00 Swedish time", async () => {
    const scanDue = Date.now() >= swedishHourOn(systemClock.today(), REMINDER_HOUR).getTime();
    const first = await runCli(["jobs:run", "--json"], env);
    expect(first.code, first.stderr).toBe(0);
    expect(JSON.parse(first.stdout)).toEqual({ done: scanDue ? 1 : 0, failed: 0 });
    const jobRows = async () => {
      const check = await runCli(["db:check", "--json"], env);
      return (JSON.parse(check.stdout) as { tables: { table: string; rows: number }[] }).tables.find(
        (t) => t.table === "jobs",
      )?.rows;
    };
    expect(await jobRows()).toBe(1);
    const second = await runCli(["jobs:run"], env);
    expect(second.code, second.stderr).toBe(0);
    expect(second.stdout).toContain("Körde 0 jobb; 0 misslyckades");
    expect(await jobRows()).toBe(1);
  }, 90_000);

  it("stops with exit code 2 naming SMTP_URL when it is not an SMTP address", async () => {
    const result = await runCli(["jobs:run"], { ...env, SMTP_URL: "https://mail.example.se" });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("SMTP_URL");
  });
});
