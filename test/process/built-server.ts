import { type ChildProcess, spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { childEnv } from "./cli.js";

const BIN = fileURLToPath(new URL("../../bin/medborgarlofte.js", import.meta.url));
const BUILT = fileURLToPath(new URL("../../dist/cli/index.js", import.meta.url));

export interface BuiltServer {
  child: ChildProcess;
  port: number;
  base: string;
  log: () => string;
}

/** True when `npm run build` has made dist/ (the built server is what an installation runs). */
export const isBuilt = (): boolean => existsSync(BUILT);

/** Starts the built `medborgarlofte serve` (bin/, dist/) and resolves once it listens. */
export function startBuiltServer(env: Record<string, string>, timeoutMs = 60_000): Promise<BuiltServer> {
  const child = spawn(process.execPath, [BIN, "serve"], {
    env: childEnv({ PORT: "0", ...env }),
    stdio: ["ignore", "pipe", "pipe"],
  });
  let log = "";
  const collect = (d: Buffer) => (log += d);
  child.stdout?.on("data", collect);
  child.stderr?.on("data", collect);
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill("SIGKILL");
      reject(new Error(`server did not start: ${log}`));
    }, timeoutMs);
    const onData = () => {
      const match = /lyssnar på http:\/\/localhost:(\d+)/.exec(log);
      if (!match) return;
      clearTimeout(timer);
      child.stderr?.off("data", onData);
      child.off("exit", onExit);
      const port = Number(match[1]);
      resolve({ child, port, base: `http://127.0.0.1:${port}`, log: () => log });
    };
    const onExit = (code: number | null) => {
      clearTimeout(timer);
      reject(new Error(`server exited with ${code}: ${log}`));
    };
    child.stderr?.on("data", onData);
    child.once("exit", onExit);
  });
}

/** kill -9, resolved once the process is gone. */
export async function killHard(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const gone = new Promise((resolve) => child.once("exit", resolve));
  child.kill("SIGKILL");
  await gone;
}

/**
 * Signs in over HTTP as a (demo) account and creates a personal API token on /konto/nycklar,
 * the way a user would. Returns the bearer token.
 */
export async function createTokenOverHttp(base: string, email: string, password: string): Promise<string> {
  const origin = { Origin: base };
  const signIn = await fetch(`${base}/logga-in`, {
    method: "POST",
    body: new URLSearchParams({ email, password }),
    redirect: "manual",
    headers: origin,
  });
  const cookie = /mbl_session=[^;]*/.exec(signIn.headers.get("set-cookie") ?? "")?.[0];
  if (signIn.status !== 303 || !cookie) throw new Error(`sign-in as ${email} failed: ${signIn.status}`);
  const page = await (await fetch(`${base}/konto/nycklar`, { headers: { Cookie: cookie } })).text();
  const csrf = /name="_csrf" value="([^"]+)"/.exec(page)?.[1];
  if (!csrf) throw new Error("no CSRF field on /konto/nycklar");
  const created = await fetch(`${base}/konto/nycklar`, {
    method: "POST",
    body: new URLSearchParams({ _csrf: csrf, name: `test-${Date.now()}`, lifetimeDays: "30" }),
    headers: { Cookie: cookie, ...origin },
  });
  const token = /mbl_[A-Za-z0-9_-]{20,}/.exec(await created.text())?.[0];
  if (created.status !== 201 || !token) throw new Error(`token creation failed: ${created.status}`);
  return token;
}
