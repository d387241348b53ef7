#!/usr/bin/env node
// Benchmark: time from process start to the first 200 on `/`, for a fresh data directory
// (create + migrate + demo) and for an existing one. Runs the production build
// (`node bin/medborgarlofte.js serve`), as `npm start` does. Prints every run and the medians.
//
// Then, side by side on the same (demo) data directory: opening it bare with PGlite (a tiny
// script: PGlite.create + one query + close) against a CLI command (`medborgarlofte promises`),
// median wall time and peak RSS of each and the ratio (goal ≤ 1.3×); and the server's resident
// memory after its first request, idle, against the bare open's peak (goal ≤ 1.3×).
//
//   npm run bench:start [-- --runs 7]
import { spawn } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";

const { values } = parseArgs({ options: { runs: { type: "string", default: "5" } } });
const runs = Math.max(5, Number(values.runs));
const root = new URL("..", import.meta.url).pathname;
const bin = join(root, "bin/medborgarlofte.js");
if (!existsSync(join(root, "dist/cli/index.js"))) {
  console.error("No build found: run `npm run build` first.");
  process.exit(1);
}

/** Starts the server and resolves with milliseconds until GET / answered 200. */
function timeToFirst200(dataDir, onFirst200) {
  const started = performance.now();
  const { DATABASE_URL: _ignored, ...env } = process.env;
  const child = spawn(process.execPath, [bin, "serve"], {
    env: { ...env, DATA_DIR: dataDir, PORT: "0", LOG_LEVEL: "info" },
    stdio: ["ignore", "ignore", "pipe"],
  });
  let log = "";
  return new Promise((resolve, reject) => {
    const fail = (why) => {
      child.kill("SIGKILL");
      reject(new Error(`${why}\n${log}`));
    };
    const timer = setTimeout(() => fail("server did not answer within 180 s"), 180_000);
    child.stderr.on("data", async (chunk) => {
      log += chunk;
      const match = /lyssnar på http:\/\/localhost:(\d+)/.exec(log);
      if (!match || child.polling) return;
      child.polling = true;
      for (;;) {
        const res = await fetch(`http://127.0.0.1:${match[1]}/`).catch(() => null);
        if (res?.status === 200) break;
        if (res && res.status !== 200) return fail(`GET / answered ${res.status}`);
        await new Promise((r) => setTimeout(r, 5));
      }
      const elapsed = performance.now() - started;
      if (onFirst200) await onFirst200(child.pid);
      clearTimeout(timer);
      child.once("exit", () => resolve(elapsed));
      child.kill("SIGTERM");
    });
    child.once("exit", (code) => {
      if (!child.polling) fail(`server exited with ${code}`);
    });
  });
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
};
const fmt = (ms) => `${(ms / 1000).toFixed(2)} s`;

const fresh = [];
for (let i = 0; i < runs; i++) {
  const dir = mkdtempSync(join(tmpdir(), "mbl-bench-fresh-"));
  fresh.push(await timeToFirst200(dir));
  rmSync(dir, { recursive: true, force: true });
}

const existingDir = mkdtempSync(join(tmpdir(), "mbl-bench-existing-"));
await timeToFirst200(existingDir); // prepare: create + migrate + demo, then stop cleanly
const existing = [];
for (let i = 0; i < runs; i++) existing.push(await timeToFirst200(existingDir));

// --- the same data directory: bare PGlite, a CLI command, the server's memory ---

const scratch = mkdtempSync(join(tmpdir(), "mbl-bench-probe-"));
const rssFile = join(scratch, "maxrss");
// Loaded into each measured process: writes its peak resident memory (KiB) when it exits.
const reporter = join(scratch, "report-rss.mjs");
writeFileSync(
  reporter,
  `import { writeFileSync } from "node:fs";
process.on("exit", () => writeFileSync(${JSON.stringify(rssFile)}, String(process.resourceUsage().maxRSS)));
`,
);
// The bare open, resolved from this project's node_modules.
const bareScript = join(root, "scripts", ".bench-bare-pglite.mjs");
writeFileSync(
  bareScript,
  `import { PGlite } from "@electric-sql/pglite";
const db = await PGlite.create(process.argv[2]);
await db.query("select 1");
await db.close();
`,
);

/** Runs node with ARGS to completion; resolves with wall milliseconds and peak RSS (MiB). */
function measure(args, env) {
  const started = performance.now();
  const { DATABASE_URL: _ignored, ...rest } = process.env;
  const child = spawn(process.execPath, ["--import", reporter, ...args], {
    env: { ...rest, ...env },
    stdio: ["ignore", "ignore", "pipe"],
  });
  let err = "";
  child.stderr.on("data", (d) => (err += d));
  return new Promise((resolve, reject) => {
    child.once("exit", (code) => {
      const ms = performance.now() - started;
      if (code !== 0) return reject(new Error(`node ${args.join(" ")} exited with ${code}\n${err}`));
      resolve({ ms, rssMiB: Number(readFileSync(rssFile, "utf8")) / 1024 });
    });
  });
}

const bare = [];
const cli = [];
try {
  for (let i = 0; i < runs; i++) {
    bare.push(await measure([bareScript, join(existingDir, "pg")], {}));
    cli.push(await measure([bin, "promises"], { DATA_DIR: existingDir, LOG_LEVEL: "error" }));
  }
} finally {
  rmSync(bareScript, { force: true });
}

/** Resident memory (MiB) of a process now, and its peak, from /proc (Linux). */
function procMemory(pid) {
  const status = readFileSync(`/proc/${pid}/status`, "utf8");
  const kib = (field) => Number(new RegExp(`${field}:\\s+(\\d+)`).exec(status)?.[1] ?? Number.NaN);
  return { rss: kib("VmRSS") / 1024, peak: kib("VmHWM") / 1024 };
}
const serverMemory = [];
for (let i = 0; i < runs; i++) {
  await timeToFirst200(existingDir, async (pid) => {
    await new Promise((r) => setTimeout(r, 1000)); // idle after the first request
    serverMemory.push(procMemory(pid));
  });
}
rmSync(existingDir, { recursive: true, force: true });
rmSync(scratch, { recursive: true, force: true });

const mib = (x) => `${x.toFixed(0)} MB`;
const bareMs = median(bare.map((r) => r.ms));
const cliMs = median(cli.map((r) => r.ms));
const bareRss = median(bare.map((r) => r.rssMiB));
const cliRss = median(cli.map((r) => r.rssMiB));
const serverRss = median(serverMemory.map((m) => m.rss));
const serverPeak = median(serverMemory.map((m) => m.peak));

console.log(`bench:start — process start to first 200 on /, ${runs} runs each (node ${process.version})`);
console.log(`fresh data directory (create + migrate + demo): ${fresh.map(fmt).join(", ")}`);
console.log(`existing data directory:                        ${existing.map(fmt).join(", ")}`);
console.log(`median fresh:    ${fmt(median(fresh))}  (goal ≤ 6.00 s)`);
console.log(`median existing: ${fmt(median(existing))}  (goal ≤ 1.50 s)`);
console.log("");
console.log(`same data directory, ${runs} runs each, medians:       time      peak RSS`);
console.log(
  `bare PGlite open (create + 1 query + close):  ${fmt(bareMs).padStart(8)}  ${mib(bareRss).padStart(8)}`,
);
console.log(
  `CLI \`medborgarlofte promises\`:                ${fmt(cliMs).padStart(8)}  ${mib(cliRss).padStart(8)}`,
);
console.log(
  `ratio CLI / bare:                            ${`${(cliMs / bareMs).toFixed(2)}×`.padStart(8)}  ${`${(cliRss / bareRss).toFixed(2)}×`.padStart(8)}  (goal ≤ 1.30×)`,
);
console.log(
  `server after the first request, idle: RSS ${mib(serverRss)} (peak ${mib(serverPeak)}) = ${(serverRss / bareRss).toFixed(2)}× the bare open's peak (goal ≤ 1.30×)`,
);
