// Benchmark: rendering the demo's återrapportering to HTML, DOCX and PDF (Chromium kept warm), and
// the same for a synthetic promise of 40 points × 3 periods. Median over at least 20 runs of
// assembling the document model from loaded data and rendering it. Goals: DOCX ≤ 100 ms and
// PDF ≤ 500 ms warm for the demo.
//
//   npm run bench:documents [-- --runs 30]
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { loadDemo } from "../src/demo/load-demo.js";
import { openDatabase } from "../src/platform/db/client.js";
import { migrate } from "../src/platform/db/migrate.js";
import { createPdfProvider } from "../src/platform/pdf/pdf.js";
import { SYSTEM_VIEWER } from "../src/platform/viewer.js";
import { loadReportBackInput } from "../src/reports/build-document.js";
import { reportPromise } from "../src/reports/load-report-data.js";
import { assembleReportBack } from "../src/reports/model/assemble-report-back.js";
import type { CommitmentData, ReportBackInput } from "../src/reports/model/report-data.js";
import { renderDocx } from "../src/reports/render/docx.js";
import { renderHtml } from "../src/reports/render/html.js";
import { renderPdf } from "../src/reports/render/pdf.js";

const { values } = parseArgs({ options: { runs: { type: "string", default: "20" } } });
const runs = Math.max(20, Number(values.runs));
const chromium = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? (s[mid] ?? 0) : ((s[mid - 1] ?? 0) + (s[mid] ?? 0)) / 2;
};

async function time(work: () => Promise<unknown> | unknown): Promise<number> {
  await work(); // warm-up, not counted
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await work();
    samples.push(performance.now() - start);
  }
  return median(samples);
}

/** 40 points (joint, municipality, police in turn) with a target each and 3 approved periods. */
function synthetic(demo: ReportBackInput): ReportBackInput {
  const periods = ["2017-T1", "2017-T2", "2017-T3"];
  const kinds = ["joint", "municipality", "police"] as const;
  const commitments: CommitmentData[] = Array.from({ length: 40 }, (_, i) => ({
    id: `c${i + 1}`,
    number: i + 1,
    text: `Kommunen och polisen ska arbeta med insats nummer ${i + 1} för ökad trygghet i stadsdelen.`,
    responsibleKind: kinds[i % 3] ?? "joint",
    responsibleParties: [{ id: "kommun", name: "Kommunen", shortName: null }],
    weight: 1,
    carryOver: i % 5 === 0 ? "carry" : null,
    carryOverReason: null,
    goals: [{ number: (i % 7) + 1, text: `Kommunfullmäktiges mål ${(i % 7) + 1}` }],
    targets: [
      {
        id: `t${i}`,
        description: "Genomförda aktiviteter",
        unit: "st",
        targetValue: 10,
        direction: "at_least",
      },
    ],
    followUps: periods.map((periodCode, p) => ({
      periodCode,
      status: p === 2 ? "done" : "in_progress",
      state: "approved",
      narrative: `Under ${periodCode} har arbetet fortsatt enligt plan. Fler aktiviteter har genomförts tillsammans med föreningar och skolor i området.`,
      measurements: { [`t${i}`]: 3 * (p + 1) + (i % 4) },
    })),
  }));
  return { ...demo, promise: { ...demo.promise, periods, commitments } };
}

const dir = mkdtempSync(join(tmpdir(), "mbl-bench-docs-"));
const database = await openDatabase({ kind: "pglite", dataDir: join(dir, "data") });
const pdf = createPdfProvider({ executablePath: chromium });
try {
  await migrate(database);
  await loadDemo(database.db);
  const promise = await reportPromise(database.db, SYSTEM_VIEWER, { ref: "skaggetorp-2017" }, "read");
  const demo = await loadReportBackInput(database.db, promise);
  const cases = [
    ["demo (8 points)", demo],
    ["synthetic (40 points × 3 periods)", synthetic(demo)],
  ] as const;
  console.log(`Document rendering, median of ${runs} runs (model assembled from loaded data each run)\n`);
  const results: Record<string, Record<string, number>> = {};
  for (const [name, input] of cases) {
    const html = await time(() => renderHtml(assembleReportBack(input)));
    const docx = await time(() => renderDocx(assembleReportBack(input)));
    const pdfMs = await time(() => renderPdf(assembleReportBack(input), pdf));
    results[name] = { html, docx, pdf: pdfMs };
    console.log(
      `${name.padEnd(36)} HTML ${html.toFixed(1).padStart(7)} ms   DOCX ${docx.toFixed(1).padStart(7)} ms   PDF ${pdfMs.toFixed(1).padStart(7)} ms`,
    );
  }
  const d = results["demo (8 points)"] ?? {};
  const ok = (v: number | undefined, goal: number) => ((v ?? Infinity) <= goal ? "met" : "NOT met");
  console.log(`\nGoals (demo): DOCX ≤ 100 ms: ${ok(d.docx, 100)}; PDF ≤ 500 ms warm: ${ok(d.pdf, 500)}`);
} finally {
  await pdf.close();
  await database.close();
  rmSync(dir, { recursive: true, force: true });
}
