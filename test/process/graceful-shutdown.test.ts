import { type ChildProcess, spawn } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { request } from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { LOCK_FILE } from "../../src/platform/db/lock.js";
import { childEnv } from "./cli.js";

// The production entry, as `npm start` runs it (needs `npm run build`).
const BIN = fileURLToPath(new URL("../../bin/medborgarlofte.js", import.meta.url));
const dataDir = mkdtempSync(join(tmpdir(), "mbl-shutdown-"));
let child: ChildProcess | null = null;
afterAll(() => {
  child?.kill("SIGKILL");
  rmSync(dataDir, { recursive: true, force: true });
});

/** Resolves when the server's stderr matches `pattern`. */
function waitForLog(log: () => string, pattern: RegExp, ms = 60_000): Promise<RegExpExecArray> {
  return new Promise((resolve, reject) => {
    const started = Date.now();
    const poll = () => {
      const match = pattern.exec(log());
      if (match) return resolve(match);
      if (Date.now() - started > ms) return reject(new Error(`no ${pattern} in:\n${log()}`));
      setTimeout(poll, 20);
    };
    poll();
  });
}

describe("SIGTERM", () => {
  it("stops accepting, finishes the request in flight, closes the database and exits 0", async () => {
    const server = spawn(process.execPath, [BIN, "serve"], {
      env: childEnv({ DATA_DIR: dataDir, PORT: "0", DEMO: "false", JOBS_INTERVAL_SECONDS: "0" }),
      stdio: ["ignore", "ignore", "pipe"],
    });
    child = server;
    let log = "";
    server.stderr?.on("data", (d) => (log += d));
    const exited = new Promise<number | null>((resolve) => server.once("exit", (code) => resolve(code)));
    const port = Number((await waitForLog(() => log, /lyssnar på http:\/\/localhost:(\d+)/))[1]);
    expect(existsSync(join(dataDir, LOCK_FILE))).toBe(true);

    // A sign-in whose form arrives slowly: the request is in flight while the signal comes.
    const origin = `http://127.0.0.1:${port}`;
    const body = "email=nobody%40example.se&password=not-the-password-at-all";
    const response = new Promise<{ status: number; requestId: string | undefined; text: string }>(
      (resolve, reject) => {
        const req = request(
          `${origin}/logga-in`,
          {
            method: "POST",
            headers: {
              "Content-Type": "application/x-www-form-urlencoded",
              "Content-Length": String(body.length),
              Origin: origin,
            },
          },
          (res) => {
            let text = "";
            res.on("data", (d) => (text += d));
            res.on("end", () =>
              resolve({
                status: res.statusCode ?? 0,
                requestId: res.headers["x-request-id"] as string,
                text,
              }),
            );
          },
        );
        req.on("error", reject);
        req.write(body.slice(0, 10));
        // The rest only once the server has begun shutting down.
        waitForLog(() => log, /SIGTERM: stänger/).then(
          () => setTimeout(() => req.end(body.slice(10)), 300),
          reject,
        );
      },
    );
    await new Promise((r) => setTimeout(r, 300));
    server.kill("SIGTERM");
    await waitForLog(() => log, /SIGTERM: stänger/);

    // New connections are refused while the old request is still being answered.
    await expect(fetch(`${origin}/healthz`)).rejects.toThrow();

    const answered = await response;
    expect(answered.status).toBeLessThan(500);
    expect(answered.status).toBeGreaterThanOrEqual(200);
    expect(answered.requestId).toMatch(/^[0-9a-f-]{36}$/);
    expect(await exited).toBe(0);
    expect(existsSync(join(dataDir, LOCK_FILE))).toBe(false);

    // Every log line is JSON; the request's own line carries its id.
    const lines = log
      .split("\n")
      .filter(Boolean)
      .map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(lines.find((l) => l.msg === "request" && l.path === "/logga-in")).toMatchObject({
      requestId: answered.requestId,
      method: "POST",
      status: answered.status,
    });
    expect(lines.at(-1)).toMatchObject({ msg: "Stängd", level: "info" });
  }, 120_000);
});
