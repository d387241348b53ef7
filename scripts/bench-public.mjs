#!/usr/bin/env node
// Benchmark of the public promise page (issue 10), printed side by side in one run:
//  1. bare `node:http` serving the same bytes as our public promise page vs our server's page, at
//     20 connections: requests/s, p50 and p99 (median of --runs runs of --seconds each), and the
//     ratio — goals: ≥ 0.7× and p99 ≤ 10 ms — on PGlite and, when DATABASE_URL or --database-url
//     names a PostgreSQL server, on PostgreSQL (a fresh database, dropped afterwards);
//  2. on PGlite: --readers concurrent readers for --load-seconds while a coordinator saves
//     follow-up drafts one after another: the writes' p50/p99 (goal ≤ 300 ms) and the server's RSS
//     against its idle figure (goal ≤ 1.3×).
// Runs the production build (`node bin/medborgarlofte.js serve`): `npm run build` first.
//
//   npm run bench:public [-- --runs 3 --seconds 5 --readers 200 --load-seconds 60 --database-url postgres://…]
import { spawn } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { createServer } from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import autocannon from "autocannon";
import pg from "pg";

const { values } = parseArgs({
  options: {
    runs: { type: "string", default: "3" },
    seconds: { type: "string", default: "5" },
    readers: { type: "string", default: "200" },
    "load-seconds": { type: "string", default: "60" },
    "database-url": { type: "string" },
  },
});
const RUNS = Math.max(1, Number(values.runs));
const SECONDS = Math.max(1, Number(values.seconds));
const READERS = Math.max(1, Number(values.readers));
const LOAD_SECONDS = Math.max(1, Number(values["load-seconds"]));
const DATABASE_URL = values["database-url"] ?? process.env.DATABASE_URL;
const PAGE = "/linkoping/skaggetorp-2026";
let HEADER_COUNT = 0;

const root = new URL("..", import.meta.url).pathname;
const bin = join(root, "bin/medborgarlofte.js");
if (!existsSync(join(root, "dist/cli/index.js"))) {
  console.error("No build found: run `npm run build` first.");
  process.exit(1);
}
const { DEMO_ACCOUNTS, DEMO_PASSWORD } = await import(join(root, "dist/demo/accounts.js"));
const { ROUND_2026_POINT } = await import(join(root, "dist/demo/round-2026-ids.js"));

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const percentile = (xs, p) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)] ?? Number.NaN;
};
const rssOf = (pid) => {
  const match = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, "utf8"));
  return match ? Number(match[1]) * 1024 : Number.NaN;
};
const mb = (bytes) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;

/** Starts `serve` with the given environment; resolves with the child and its port. */
function startServer(env) {
  const { DATABASE_URL: _u, DATA_DIR: _d, ...base } = process.env;
  const child = spawn(process.execPath, [bin, "serve"], {
    env: { ...base, PORT: "0", LOG_LEVEL: "info", JOBS_INTERVAL_SECONDS: "3600", ...env },
    stdio: ["ignore", "ignore", "pipe"],
  });
  let log = "";
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`server did not start:\n${log}`)), 120_000);
    child.stderr.on("data", (chunk) => {
      log += chunk;
      const match = /lyssnar på http:\/\/localhost:(\d+)/.exec(log);
      if (match && !child.port) {
        child.port = Number(match[1]);
        clearTimeout(timer);
        resolve(child);
      }
    });
    child.once("exit", (code) => {
      clearTimeout(timer);
      if (!child.port) reject(new Error(`server exited with ${code}:\n${log}`));
    });
  });
}

function stop(child) {
  return new Promise((resolve) => {
    if (child.exitCode !== null) return resolve();
    child.once("exit", resolve);
    child.kill("SIGTERM");
    setTimeout(() => child.kill("SIGKILL"), 5000).unref();
  });
}

function run(args, env) {
  const { DATABASE_URL: _u, DATA_DIR: _d, ...base } = process.env;
  const child = spawn(process.execPath, [bin, ...args], { env: { ...base, ...env }, stdio: "inherit" });
  return new Promise((resolve, reject) =>
    child.once("exit", (code) => (code === 0 ? resolve() : reject(new Error(`${args} exited ${code}`)))),
  );
}

/** A bare node:http server in a child process answering every request with these bytes. */
function startBare(bytes, headers) {
  const code = `
    const body = Buffer.from(process.env.BODY, "base64");
    const headers = JSON.parse(process.env.HEADERS);
    require("node:http").createServer((req, res) => {
      res.writeHead(200, headers);
      res.end(body);
    }).listen(0, "127.0.0.1", function () { console.log(this.address().port); });`;
  const child = spawn(process.execPath, ["-e", code], {
    env: { ...process.env, BODY: bytes.toString("base64"), HEADERS: JSON.stringify(headers) },
    stdio: ["ignore", "pipe", "inherit"],
  });
  return new Promise((resolve) => {
    child.stdout.once("data", (d) => {
      child.port = Number(String(d).trim());
      resolve(child);
    });
  });
}

function cannon(url, connections, duration) {
  return new Promise((resolve, reject) => {
    autocannon({ url, connections, duration }, (error, result) => (error ? reject(error) : resolve(result)));
  });
}

/** Median requests/s, p50 and p99 of RUNS runs, alternating bare and ours. */
async function compare(label, ourUrl, bareUrl, sameHeadersUrl) {
  const ours = [];
  const bare = [];
  const same = [];
  await cannon(ourUrl, 20, 1); // warm-up (fills the snapshot, JIT)
  await cannon(bareUrl, 20, 1);
  await cannon(sameHeadersUrl, 20, 1);
  for (let i = 0; i < RUNS; i++) {
    bare.push(await cannon(bareUrl, 20, SECONDS));
    same.push(await cannon(sameHeadersUrl, 20, SECONDS));
    ours.push(await cannon(ourUrl, 20, SECONDS));
  }
  const summary = (results) => ({
    rps: median(results.map((r) => r.requests.average)),
    p50: median(results.map((r) => r.latency.p50)),
    p99: median(results.map((r) => r.latency.p99)),
    errors: results.reduce((n, r) => n + r.errors + r.non2xx, 0),
  });
  const b = summary(bare);
  const o = summary(ours);
  const ratio = o.rps / b.rps;
  console.log(`\n${label}: public promise page at 20 connections (median of ${RUNS} × ${SECONDS} s)`);
  console.log("                       requests/s     p50      p99   errors");
  const line = (name, s) =>
    console.log(
      `  ${name.padEnd(20)} ${s.rps.toFixed(0).padStart(10)} ${`${s.p50} ms`.padStart(8)} ${`${s.p99} ms`.padStart(8)} ${String(s.errors).padStart(8)}`,
    );
  const h = summary(same);
  line("bare node:http", b);
  line("bare, our headers", h);
  line("medborgarlofte", o);
  console.log(
    `  (bare, our headers: the same bytes with our ${HEADER_COUNT} response headers; ratio to it ${(o.rps / h.rps).toFixed(2)}×)`,
  );
  console.log(
    `  ratio ${ratio.toFixed(2)}× (goal ≥ 0.7×: ${ratio >= 0.7 ? "met" : "NOT met"}); p99 ${o.p99} ms (goal ≤ 10 ms: ${o.p99 <= 10 ? "met" : "NOT met"})`,
  );
}

async function pageBytes(port) {
  const res = await fetch(`http://127.0.0.1:${port}${PAGE}`, { headers: { "Accept-Encoding": "identity" } });
  if (res.status !== 200) throw new Error(`${PAGE} answered ${res.status}`);
  const headers = {};
  res.headers.forEach((value, name) => {
    if (!["date", "connection", "keep-alive"].includes(name)) headers[name] = value;
  });
  HEADER_COUNT = Object.keys(headers).length;
  return { bytes: Buffer.from(await res.arrayBuffer()), headers };
}

async function sideBySide(label, server) {
  const { bytes, headers } = await pageBytes(server.port);
  const bare = await startBare(bytes, {
    "Content-Type": headers["content-type"],
    "Content-Length": String(bytes.length),
  });
  const sameHeaders = await startBare(bytes, headers);
  try {
    await compare(
      `${label} (${(bytes.length / 1024).toFixed(1)} kB)`,
      `http://127.0.0.1:${server.port}${PAGE}`,
      `http://127.0.0.1:${bare.port}/`,
      `http://127.0.0.1:${sameHeaders.port}/`,
    );
  } finally {
    await stop(bare);
    await stop(sameHeaders);
  }
}

/** Signs in over HTTP: the session cookie and the CSRF token of a signed-in page. */
async function signIn(port, email) {
  const res = await fetch(`http://127.0.0.1:${port}/logga-in`, {
    method: "POST",
    body: new URLSearchParams({ email, password: DEMO_PASSWORD }),
    headers: { "Content-Type": "application/x-www-form-urlencoded" },
    redirect: "manual",
  });
  const cookie = /mbl_session=[^;]+/.exec(res.headers.get("set-cookie") ?? "")?.[0];
  if (!cookie) throw new Error(`sign-in answered ${res.status}`);
  const page = await (
    await fetch(`http://127.0.0.1:${port}/byt-losenord`, { headers: { Cookie: cookie } })
  ).text();
  const csrf = /name="_csrf" value="([^"]+)"/.exec(page)?.[1];
  if (!csrf) throw new Error("no CSRF token");
  return { cookie, csrf };
}

async function readersAndWriters(server) {
  const port = server.port;
  await cannon(`http://127.0.0.1:${port}${PAGE}`, 20, 2);
  await new Promise((r) => setTimeout(r, 2000));
  const idle = rssOf(server.pid);
  const { cookie, csrf } = await signIn(port, DEMO_ACCOUNTS.coordinator.email);
  const path = `http://127.0.0.1:${port}/api/v1/commitments/${ROUND_2026_POINT[2]}/follow-ups/2026-T3`;
  const headers = { Cookie: cookie, "X-CSRF-Token": csrf, "Content-Type": "application/json" };
  let version = (await (await fetch(path, { headers })).json()).version ?? null;
  const writes = [];
  let failed = 0;
  let peak = idle;
  let running = true;
  const sampler = setInterval(() => {
    peak = Math.max(peak, rssOf(server.pid));
  }, 250);
  const writer = (async () => {
    let n = 0;
    while (running) {
      const started = performance.now();
      const res = await fetch(path, {
        method: "PUT",
        headers,
        body: JSON.stringify({
          version,
          status: "in_progress",
          narrative: `Utkast ${++n} under belastning`,
          measurements: [],
          links: [],
        }),
      });
      const body = await res.json();
      writes.push(performance.now() - started);
      if (res.status === 200) version = body.version;
      else failed++;
      await new Promise((r) => setTimeout(r, 100));
    }
  })();
  const result = await cannon(`http://127.0.0.1:${port}${PAGE}`, READERS, LOAD_SECONDS);
  running = false;
  await writer;
  clearInterval(sampler);
  const after = rssOf(server.pid);
  const p99 = percentile(writes, 99);
  console.log(
    `\nPGlite: ${READERS} concurrent readers for ${LOAD_SECONDS} s while a coordinator saves drafts`,
  );
  console.log(
    `  reads: ${result.requests.average.toFixed(0)} requests/s, p50 ${result.latency.p50} ms, p99 ${result.latency.p99} ms, errors ${result.errors + result.non2xx}`,
  );
  console.log(
    `  writes: ${writes.length} saved (${failed} refused), p50 ${percentile(writes, 50).toFixed(1)} ms, p99 ${p99.toFixed(1)} ms (goal ≤ 300 ms: ${p99 <= 300 ? "met" : "NOT met"})`,
  );
  const ratio = peak / idle;
  console.log(
    `  server RSS: idle ${mb(idle)}, peak under load ${mb(peak)}, after ${mb(after)}: ${ratio.toFixed(2)}× idle (goal ≤ 1.3×: ${ratio <= 1.3 ? "met" : "NOT met"})`,
  );
}

// PGlite
const dataDir = mkdtempSync(join(tmpdir(), "mbl-bench-public-"));
try {
  const server = await startServer({ DATA_DIR: dataDir, DEMO: "true" });
  try {
    await sideBySide("PGlite", server);
    await readersAndWriters(server);
  } finally {
    await stop(server);
  }
} finally {
  rmSync(dataDir, { recursive: true, force: true });
}

// PostgreSQL
if (DATABASE_URL) {
  const name = `mbl_bench_${process.pid}`;
  const admin = new pg.Client({ connectionString: DATABASE_URL });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  const url = new URL(DATABASE_URL);
  url.pathname = `/${name}`;
  try {
    await run(["migrate"], { DATABASE_URL: url.toString() }).catch(() => undefined);
    await run(["demo"], { DATABASE_URL: url.toString() });
    const server = await startServer({ DATABASE_URL: url.toString(), DEMO: "false" });
    try {
      await sideBySide("PostgreSQL", server);
    } finally {
      await stop(server);
    }
  } finally {
    await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await admin.end();
  }
} else {
  console.log("\nPostgreSQL: skipped (set DATABASE_URL or pass --database-url to measure it too)");
}
