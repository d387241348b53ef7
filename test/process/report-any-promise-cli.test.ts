/**
 * `medborgarlofte report <ref> --kind aterrapportering` for a promise that is not the demo's:
 * created in the CLI's database with the editor and report services, decided and published; the
 * CLI writes the decided edition, whose PDF text has the decision sentence and "Sida 1 av".
 */
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadConfig } from "../../src/platform/config.js";
import { openDatabase } from "../../src/platform/db/client.js";
import { closeSharedPdfProvider } from "../../src/platform/pdf/pdf.js";
import { createEmptyPostgresDatabase } from "../db.js";
import { docxText, pdfText } from "../documents.js";
import { decidedReportBack, followedUpPromise } from "../report-scenario.js";
import { runCli } from "./cli.js";

let env: Record<string, string>;
let dir: string;
let cleanup: () => Promise<void>;
let ref: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "mbl-report-any-"));
  const pg = await createEmptyPostgresDatabase();
  if (pg) {
    env = { DATABASE_URL: pg.url };
    cleanup = pg.drop;
  } else {
    env = { DATA_DIR: join(dir, "data") };
    cleanup = async () => undefined;
  }
  const demo = await runCli(["demo"], env);
  expect(demo.code, demo.stderr).toBe(0);
  const database = await openDatabase(loadConfig(env).database);
  try {
    const { promise } = await followedUpPromise(database.db);
    ref = promise.ref;
    await decidedReportBack(database.db, ref);
  } finally {
    await database.close();
  }
}, 180_000);
afterAll(async () => {
  await closeSharedPdfProvider();
  await cleanup();
  rmSync(dir, { recursive: true, force: true });
});

describe("medborgarlofte report for any promise", { timeout: 180_000 }, () => {
  it("writes the decided återrapportering with its decision", async () => {
    const sentence = "Kommunstyrelsen beslutade 2020-02-18, § 45";
    const pdf = join(dir, "rb.pdf");
    const docx = join(dir, "rb.docx");
    for (const [format, out] of [
      ["pdf", pdf],
      ["docx", docx],
    ] as const) {
      const result = await runCli(
        ["report", ref, "--kind", "aterrapportering", "--format", format, "--out", out],
        env,
        120_000,
      );
      expect(result.code, result.stderr).toBe(0);
    }
    const text = pdfText(readFileSync(pdf)).replace(/\s+/g, " ");
    expect(text).toContain(sentence);
    expect(text).toContain("Sida 1 av");
    expect(docxText(readFileSync(docx)).replace(/\s+/g, " ")).toContain(sentence);
  });
});
