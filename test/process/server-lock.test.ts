import type { ChildProcess } from "node:child_process";
import { mkdtempSync, readdirSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { runCli, startServe } from "./cli.js";

const dataDir = mkdtempSync(join(tmpdir(), "mbl-serve-"));
const children: ChildProcess[] = [];
afterAll(() => {
  for (const child of children) child.kill("SIGKILL");
  rmSync(dataDir, { recursive: true, force: true });
});

/** Every file under the directory with its size and modification time. */
function snapshot(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => {
      const path = join(e.parentPath, e.name);
      const s = statSync(path);
      return `${path} ${s.size} ${s.mtimeMs}`;
    })
    .sort();
}

describe("one process per embedded data directory", () => {
  let first: Awaited<ReturnType<typeof startServe>>;

  it("serves the demo on the first start of an empty directory", async () => {
    first = await startServe({ DATA_DIR: dataDir });
    children.push(first.child);
    const res = await fetch(`http://127.0.0.1:${first.port}/`);
    expect(res.status).toBe(200);
    expect(await res.text()).toContain("/linkoping/skaggetorp-2017");
  }, 90_000);

  it("refuses a second server at once, naming the directory and the holder's PID, touching nothing", async () => {
    const before = snapshot(dataDir);
    const started = Date.now();
    const second = await runCli(["serve"], { DATA_DIR: dataDir, PORT: "0" });
    expect(second.code).toBe(3);
    expect(Date.now() - started).toBeLessThan(10_000);
    expect(second.stderr).toContain(dataDir);
    expect(second.stderr).toContain(String(first.child.pid));
    expect(snapshot(dataDir)).toEqual(before);
    expect((await fetch(`http://127.0.0.1:${first.port}/healthz`)).status).toBe(200);
  }, 30_000);

  it("refuses the CLI too while the server holds the directory", async () => {
    const cli = await runCli(["promises"], { DATA_DIR: dataDir });
    expect(cli.code).toBe(3);
    expect(cli.stderr).toContain(String(first.child.pid));
  }, 30_000);

  it("takes over the lock of a killed server and keeps its data", async () => {
    first.child.kill("SIGKILL");
    await new Promise((resolve) => first.child.once("exit", resolve));
    const next = await startServe({ DATA_DIR: dataDir });
    children.push(next.child);
    expect(next.log()).not.toContain("Demodata laddad");
    const res = await fetch(`http://127.0.0.1:${next.port}/loften/skaggetorp-2017`);
    expect(res.status).toBe(200);
    next.child.kill("SIGTERM");
    const code = await new Promise((resolve) => next.child.once("exit", resolve));
    expect(code).toBe(0);
  }, 90_000);
});
