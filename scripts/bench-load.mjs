#!/usr/bin/env node
// Load benchmark (issue 12.6): the built server (`node bin/medborgarlofte.js serve`) on a fresh demo
// database, 200 concurrent readers on public pages (start page and a promise page, autocannon) and
// 10 concurrent writers (follow-up draft saves through the API with a personal token) for 60 s.
// Prints throughput, p50/p99 for reads and writes, errors, and the server's memory (VmRSS idle
// after start, VmHWM peak, from /proc/<pid>/status). Runs on PGlite, then on PostgreSQL when
// DATABASE_URL or --postgres URL is given (in a new database it creates and drops).
// A benchmark: it prints its figures (errors clearly) and exits 0 unless it could not run.
//
//   npm run bench:load [-- --postgres postgres://user@host/db] [--readers 200] [--writers 10]
//   DURATION=10 npm run bench:load     (seconds; 60 unless set)
import { spawn } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import autocannon from "autocannon";
import pg from "pg";

const { values } = parseArgs({
  options: {
    postgres: { type: "string" },
    readers: { type: "string", default: "200" },
    writers: { type: "string", default: "10" },
  },
});
const seconds = Number(process.env.DURATION ?? 60);
const readers = Number(values.readers);
const writers = Number(values.writers);
const pgUrl = values.postgres ?? process.env.DATABASE_URL;
const root = new URL("..", import.meta.url).pathname;
const bin = join(root, "bin/medborgarlofte.js");
if (!existsSync(join(root, "dist/cli/index.js"))) {
  console.error("No build found: run `npm run build` first.");
  process.exit(1);
}

const DEMO_PASSWORD = "demo-losenord-2017";
const COORDINATOR = "samordnare@demo.medborgarlofte.se";
const PROMISE_PAGE = "/linkoping/skaggetorp-2026";
const PERIOD = "2026-T3";
// The points of the live 2026 demo round (src/demo/round-2026-ids.ts).
const POINTS = [
  "5ac216a3-63e8-460f-91cb-559c11216814",
  "33d00939-63cf-4958-8bf4-7d7669b74462",
  "efe2f929-6161-475d-bc4f-890a591f09eb",
  "597a77b0-26e3-4a34-9607-f54a846f2dfd",
  "c82f143c-7eaa-478d-b036-35ae8ef94f6d",
];

function childEnv(extra) {
  const { DATABASE_URL: _u, DATA_DIR: _d, PORT: _p, DEMO: _demo, ...env } = process.env;
  return { ...env, LOG_LEVEL: "error", ...extra };
}

function run(args, env) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [bin, ...args], { env: childEnv(env), stdio: "inherit" });
    child.once("exit", (code) => (code === 0 ? resolve() : reject(new Error(`${args[0]} exited ${code}`))));
  });
}

function startServer(env) {
  const child = spawn(process.execPath, [bin, "serve"], {
    env: { ...childEnv(env), LOG_LEVEL: "info", PORT: "0" },
    stdio: ["ignore", "ignore", "pipe"],
  });
  let log = "";
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`server did not start:\n${log}`)), 120_000);
    child.stderr.on("data", (d) => {
      log += d;
      const match = /lyssnar på http:\/\/localhost:(\d+)/.exec(log);
      if (match && !child.port) {
        child.port = Number(match[1]);
        clearTimeout(timer);
        resolve({ child, base: `http://127.0.0.1:${match[1]}`, log: () => log });
      }
    });
    child.once("exit", (code) => {
      clearTimeout(timer);
      if (!child.port) reject(new Error(`server exited with ${code}:\n${log}`));
    });
  });
}

/** VmRSS and VmHWM (peak) of a process, in MB. */
function memory(pid) {
  const status = readFileSync(`/proc/${pid}/status`, "utf8");
  const kb = (key) => Number(new RegExp(`${key}:\\s+(\\d+)`).exec(status)?.[1] ?? 0);
  return { rss: kb("VmRSS") / 1024, peak: kb("VmHWM") / 1024 };
}

async function createToken(base) {
  const headers = { Origin: base };
  const signIn = await fetch(`${base}/logga-in`, {
    method: "POST",
    body: new URLSearchParams({ email: COORDINATOR, password: DEMO_PASSWORD }),
    redirect: "manual",
    headers,
  });
  const cookie = /mbl_session=[^;]*/.exec(signIn.headers.get("set-cookie") ?? "")?.[0];
  if (!cookie) throw new Error(`sign-in failed: ${signIn.status}`);
  const page = await (await fetch(`${base}/konto/nycklar`, { headers: { Cookie: cookie } })).text();
  const csrf = /name="_csrf" value="([^"]+)"/.exec(page)?.[1];
  const created = await fetch(`${base}/konto/nycklar`, {
    method: "POST",
    body: new URLSearchParams({ _csrf: csrf ?? "", name: "bench-load", lifetimeDays: "30" }),
    headers: { Cookie: cookie, ...headers },
  });
  const token = /mbl_[A-Za-z0-9_-]{20,}/.exec(await created.text())?.[0];
  if (!token) throw new Error(`token creation failed: ${created.status}`);
  return token;
}

const percentile = (sorted, p) =>
  sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;

/**
 * Writers: each saves drafts of one point in a loop (points shared round-robin). A 409 (another
 * writer saved the same point first) takes the current version from the answer and counts as a
 * conflict, not an error: it is the API's optimistic locking at work.
 */
async function runWriters(base, token, until) {
  const headers = { Authorization: `Bearer ${token}`, "Content-Type": "application/json" };
  const url = (point) => `${base}/api/v1/commitments/${point}/follow-ups/${PERIOD}`;
  const usable = [];
  for (const point of POINTS) {
    const res = await fetch(url(point), { headers });
    const current = res.status === 200 ? await res.json() : undefined;
    if (current === undefined) continue;
    const probe = await fetch(url(point), {
      method: "PUT",
      headers,
      body: JSON.stringify({
        version: current?.version ?? null,
        status: "in_progress",
        narrative: "bench",
        measurements: [],
        links: [],
      }),
    });
    if (probe.status === 200) usable.push(point);
    else await probe.text();
  }
  if (usable.length === 0) throw new Error("no point the coordinator can save a draft for");
  const latencies = [];
  const errors = new Map();
  let conflicts = 0;
  const fail = (why) => errors.set(why, (errors.get(why) ?? 0) + 1);
  await Promise.all(
    Array.from({ length: writers }, async (_, i) => {
      const point = usable[i % usable.length];
      let version = (await (await fetch(url(point), { headers })).json())?.version ?? null;
      let n = 0;
      while (Date.now() < until) {
        const body = JSON.stringify({
          version,
          status: "in_progress",
          narrative: `skrivare ${i}, utkast ${++n}`,
          measurements: [],
          links: [],
        });
        const started = performance.now();
        try {
          const res = await fetch(url(point), { method: "PUT", headers, body });
          const answer = await res.json().catch(() => null);
          if (res.status === 200) {
            latencies.push(performance.now() - started);
            version = answer.version;
          } else if (res.status === 409 && answer?.error?.details?.current) {
            conflicts++;
            version = answer.error.details.current.version;
          } else fail(`HTTP ${res.status} ${answer?.error?.code ?? ""}`.trim());
        } catch (error) {
          fail(error.cause?.code ?? error.message);
          await new Promise((r) => setTimeout(r, 50));
        }
      }
    }),
  );
  return { latencies: latencies.sort((a, b) => a - b), errors, conflicts, points: usable.length };
}

async function bench(kind, env) {
  const server = await startServer(env);
  const pid = server.child.pid;
  try {
    const token = await createToken(server.base);
    for (const path of ["/", PROMISE_PAGE]) {
      const res = await fetch(server.base + path);
      await res.text();
      if (res.status !== 200) throw new Error(`GET ${path} answered ${res.status}`);
    }
    await new Promise((r) => setTimeout(r, 1000));
    const idle = memory(pid);
    let sampledPeak = idle.rss;
    const sampler = setInterval(() => {
      sampledPeak = Math.max(sampledPeak, memory(pid).rss);
    }, 250);
    const until = Date.now() + seconds * 1000;
    const [reads, writes] = await Promise.all([
      autocannon({
        url: server.base,
        connections: readers,
        duration: seconds,
        requests: [{ path: "/" }, { path: PROMISE_PAGE }],
      }),
      runWriters(server.base, token, until),
    ]);
    clearInterval(sampler);
    const mem = memory(pid);
    const writeErrors = [...writes.errors.values()].reduce((a, b) => a + b, 0);
    const readErrors = reads.errors + reads.timeouts + reads.non2xx;
    console.log(
      `\n${kind}: ${readers} readers + ${writers} writers for ${seconds} s (node ${process.version})`,
    );
    console.log(
      `  reads:  ${reads.requests.total} requests, ${reads.requests.average.toFixed(1)} req/s, ` +
        `p50 ${reads.latency.p50} ms, p99 ${reads.latency.p99} ms, errors ${readErrors}` +
        (readErrors ? ` (${reads.errors} errors, ${reads.timeouts} timeouts, ${reads.non2xx} non-2xx)` : ""),
    );
    console.log(
      `  writes: ${writes.latencies.length} saves, ${(writes.latencies.length / seconds).toFixed(1)} saves/s, ` +
        `p50 ${percentile(writes.latencies, 50).toFixed(0)} ms, p99 ${percentile(writes.latencies, 99).toFixed(0)} ms, ` +
        `errors ${writeErrors}, version conflicts ${writes.conflicts} (${writers} writers on ${writes.points} points)`,
    );
    for (const [why, count] of writes.errors) console.log(`  WRITE ERROR ×${count}: ${why}`);
    console.log(
      `  server memory: idle ${idle.rss.toFixed(0)} MB RSS, peak ${Math.max(mem.peak, sampledPeak).toFixed(0)} MB (VmHWM), ` +
        `after ${mem.rss.toFixed(0)} MB`,
    );
    return readErrors + writeErrors;
  } finally {
    const gone = new Promise((r) => server.child.once("exit", r));
    server.child.kill("SIGTERM");
    await gone;
  }
}

let errors = 0;
const dir = mkdtempSync(join(tmpdir(), "mbl-bench-load-"));
try {
  errors += await bench("PGlite", { DATA_DIR: join(dir, "data") });
} finally {
  rmSync(dir, { recursive: true, force: true });
}

if (pgUrl) {
  const name = `mbl_bench_load_${process.pid}`;
  const admin = new pg.Client({ connectionString: pgUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  const url = new URL(pgUrl);
  url.pathname = `/${name}`;
  try {
    await run(["demo"], { DATABASE_URL: url.toString() });
    errors += await bench("PostgreSQL", { DATABASE_URL: url.toString() });
  } finally {
    await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await admin.end();
  }
} else console.log("\nPostgreSQL: skipped (set DATABASE_URL or pass --postgres URL)");

console.log(errors === 0 ? "\nbench:load: 0 errors" : `\nbench:load: ${errors} ERRORS (see above)`);
