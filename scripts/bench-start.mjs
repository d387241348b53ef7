#!/usr/bin/env node
// Benchmark: time from process start to the first 200 on `/`, for a fresh data directory
// (create + migrate + demo) and for an existing one. Runs the production build
// (`node bin/medborgarlofte.js serve`), as `npm start` does. Prints every run and the medians.
//
//   npm run bench:start [-- --runs 7]
import { spawn } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
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
function timeToFirst200(dataDir) {
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
    const timer = setTimeout(() => fail("server did not answer within 60 s"), 60_000);
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
rmSync(existingDir, { recursive: true, force: true });

console.log(`bench:start — process start to first 200 on /, ${runs} runs each (node ${process.version})`);
console.log(`fresh data directory (create + migrate + demo): ${fresh.map(fmt).join(", ")}`);
console.log(`existing data directory:                        ${existing.map(fmt).join(", ")}`);
console.log(`median fresh:    ${fmt(median(fresh))}  (goal ≤ 6.00 s)`);
console.log(`median existing: ${fmt(median(existing))}  (goal ≤ 1.50 s)`);
