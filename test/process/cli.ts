import { type ChildProcess, spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { createEmptyPostgresDatabase } from "../db.js";

const ENTRY = fileURLToPath(new URL("../../src/cli/index.ts", import.meta.url));

export interface Finished {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** The environment for a child: no inherited database settings unless given. */
export function childEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
  const { DATABASE_URL: _url, DATA_DIR: _dir, PORT: _port, DEMO: _demo, ...rest } = process.env;
  return { ...rest, LOG_LEVEL: "info", ...extra };
}

/** Runs `medborgarlofte ARGS` from source to completion. */
export function runCli(args: string[], env: Record<string, string>, timeoutMs = 60_000): Promise<Finished> {
  const child = spawnCli(args, env);
  let stdout = "";
  let stderr = "";
  child.stdout?.on("data", (d) => (stdout += d));
  child.stderr?.on("data", (d) => (stderr += d));
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill("SIGKILL");
      reject(new Error(`medborgarlofte ${args.join(" ")} did not finish: ${stderr}`));
    }, timeoutMs);
    child.once("exit", (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    });
  });
}

export function spawnCli(args: string[], env: Record<string, string>): ChildProcess {
  return spawn(process.execPath, ["--import", "tsx", ENTRY, ...args], {
    env: childEnv(env),
    stdio: ["ignore", "pipe", "pipe"],
  });
}

/** Starts `serve` and resolves with the port once it listens. */
export function startServe(
  env: Record<string, string>,
): Promise<{ child: ChildProcess; port: number; log: () => string }> {
  const child = spawnCli(["serve"], { PORT: "0", ...env });
  let log = "";
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`server did not start: ${log}`)), 60_000);
    child.stderr?.on("data", (d) => {
      log += d;
      const match = /lyssnar på http:\/\/localhost:(\d+)/.exec(log);
      if (match) {
        clearTimeout(timer);
        resolve({ child, port: Number(match[1]), log: () => log });
      }
    });
    child.once("exit", (code) => {
      clearTimeout(timer);
      reject(new Error(`server exited with ${code}: ${log}`));
    });
  });
}

/**
 * A fresh, empty database for CLI child processes: on PostgreSQL runs (DATABASE_URL set) a new
 * database, otherwise a PGlite data directory. Returns the environment to pass and a cleanup.
 */
export async function childDatabase(
  name: string,
  extra: Record<string, string> = {},
): Promise<{ env: Record<string, string>; cleanup: () => Promise<void> }> {
  const pg = await createEmptyPostgresDatabase();
  if (pg) return { env: { DATABASE_URL: pg.url, ...extra }, cleanup: pg.drop };
  const dir = mkdtempSync(join(tmpdir(), `mbl-${name}-`));
  return {
    env: { DATA_DIR: dir, ...extra },
    cleanup: async () => rmSync(dir, { recursive: true, force: true }),
  };
}
