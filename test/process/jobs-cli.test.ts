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
  it("schedules today's jobs once (the reminder scan from 07:00 Swedish time) and runs what is due", async () => {
    const scanDue = Date.now() >= swedishHourOn(systemClock.today(), REMINDER_HOUR).getTime();
    const first = await runCli(["jobs:run", "--json"], env);
    expect(first.code, first.stderr).toBe(0);
    // Every module's daily jobs (reminder and overdue-finding scans, subscription and incident
    // upkeep) are scheduled; the reminder scan is among those run once 07:00 has passed.
    const ran = JSON.parse(first.stdout) as { done: number; failed: number };
    expect(ran.failed).toBe(0);
    expect(ran.done).toBeGreaterThanOrEqual(scanDue ? 1 : 0);
    const jobRows = async () => {
      const check = await runCli(["db:check", "--json"], env);
      return (JSON.parse(check.stdout) as { tables: { table: string; rows: number }[] }).tables.find(
        (t) => t.table === "jobs",
      )?.rows;
    };
    const scheduled = await jobRows();
    expect(scheduled).toBeGreaterThanOrEqual(ran.done);
    // A second run the same day schedules nothing again and has nothing left that is due.
    const second = await runCli(["jobs:run"], env);
    expect(second.code, second.stderr).toBe(0);
    expect(second.stdout).toContain("Körde 0 jobb; 0 misslyckades");
    expect(await jobRows()).toBe(scheduled);
  }, 90_000);

  it("stops with exit code 2 naming SMTP_URL when it is not an SMTP address", async () => {
    const result = await runCli(["jobs:run"], { ...env, SMTP_URL: "https://mail.example.se" });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("SMTP_URL");
  });
});
