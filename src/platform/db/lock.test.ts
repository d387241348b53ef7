import { type ChildProcess, spawn } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { acquireDataDirLock, DataDirLockedError, LOCK_FILE } from "./lock.js";

const dirs: string[] = [];
const children: ChildProcess[] = [];
afterEach(() => {
  for (const child of children.splice(0)) child.kill("SIGKILL");
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

const tempDir = () => {
  const dir = mkdtempSync(join(tmpdir(), "mbl-lock-"));
  dirs.push(dir);
  return dir;
};

const startTimeOf = (pid: number) =>
  readFileSync(`/proc/${pid}/stat`, "utf8").split(")")[1]?.trim().split(" ")[19] ?? null;

function sleeper(): ChildProcess & { pid: number } {
  const child = spawn(process.execPath, ["-e", "setTimeout(() => {}, 30000)"], { stdio: "ignore" });
  children.push(child);
  if (child.pid === undefined) throw new Error("could not start a helper process");
  return child as ChildProcess & { pid: number };
}

describe("acquireDataDirLock", () => {
  it("writes our PID and removes the lock on release", () => {
    const dir = tempDir();
    const lock = acquireDataDirLock(dir);
    expect(JSON.parse(readFileSync(join(dir, LOCK_FILE), "utf8")).pid).toBe(process.pid);
    lock.release();
    expect(existsSync(join(dir, LOCK_FILE))).toBe(false);
  });

  it("refuses a directory held by another live process, naming the directory and the PID, and leaves the lock alone", () => {
    const dir = tempDir();
    const holder = sleeper();
    const content = JSON.stringify({ pid: holder.pid, startTime: startTimeOf(holder.pid) });
    writeFileSync(join(dir, LOCK_FILE), content);
    const error = (() => {
      try {
        acquireDataDirLock(dir);
      } catch (e) {
        return e;
      }
    })();
    expect(error).toBeInstanceOf(DataDirLockedError);
    expect((error as Error).message).toContain(dir);
    expect((error as Error).message).toContain(String(holder.pid));
    expect(readFileSync(join(dir, LOCK_FILE), "utf8")).toBe(content);
  });

  it("takes over a lock left by a process that is gone", async () => {
    const dir = tempDir();
    const dead = sleeper();
    const pid = dead.pid;
    dead.kill("SIGKILL");
    await new Promise((resolve) => dead.once("exit", resolve));
    writeFileSync(join(dir, LOCK_FILE), JSON.stringify({ pid, startTime: "1" }));
    const lock = acquireDataDirLock(dir);
    expect(JSON.parse(readFileSync(join(dir, LOCK_FILE), "utf8")).pid).toBe(process.pid);
    lock.release();
  });

  it("takes over a lock whose PID now belongs to a different process (PID reuse)", () => {
    const dir = tempDir();
    const other = sleeper();
    writeFileSync(join(dir, LOCK_FILE), JSON.stringify({ pid: other.pid, startTime: "12345" }));
    const lock = acquireDataDirLock(dir);
    expect(JSON.parse(readFileSync(join(dir, LOCK_FILE), "utf8")).pid).toBe(process.pid);
    lock.release();
  });

  it("treats an unreadable lock file as stale", () => {
    const dir = tempDir();
    writeFileSync(join(dir, LOCK_FILE), "garbage");
    const lock = acquireDataDirLock(dir);
    expect(JSON.parse(readFileSync(join(dir, LOCK_FILE), "utf8")).pid).toBe(process.pid);
    lock.release();
  });
});
