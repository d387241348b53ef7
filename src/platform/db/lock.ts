import { closeSync, mkdirSync, openSync, readFileSync, unlinkSync, writeSync } from "node:fs";
import { join } from "node:path";

/**
 * PGlite does not lock its data directory, and two processes writing one directory corrupt it.
 * We take our own lock: a file holding the holder's PID and its kernel start time, created with
 * O_EXCL. A lock whose process is gone (or whose PID now belongs to another process, detected by
 * the start time) is stale and taken over.
 */
export const LOCK_FILE = "medborgarlofte.lock";

export class DataDirLockedError extends Error {
  override name = "DataDirLockedError";
  constructor(
    readonly dataDir: string,
    readonly holderPid: number,
  ) {
    super(
      `Datakatalogen ${dataDir} används redan av process ${holderPid}. ` +
        "Stoppa den processen eller välj en annan katalog med DATA_DIR.",
    );
  }
}

interface LockContent {
  pid: number;
  startTime: string | null;
}

export interface DataDirLock {
  release(): void;
}

/** Acquires the lock or throws `DataDirLockedError`; never touches anything else in the directory. */
export function acquireDataDirLock(dataDir: string): DataDirLock {
  mkdirSync(dataDir, { recursive: true });
  const path = join(dataDir, LOCK_FILE);
  const own: LockContent = { pid: process.pid, startTime: processStartTime(process.pid) };
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      const fd = openSync(path, "wx", 0o644);
      writeSync(fd, JSON.stringify(own));
      closeSync(fd);
      return lockHandle(path);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
    }
    const holder = readLock(path);
    if (holder && isAlive(holder)) {
      if (holder.pid === process.pid) return lockHandle(path);
      throw new DataDirLockedError(dataDir, holder.pid);
    }
    removeIfUnchanged(path, holder);
  }
  throw new Error(`Kunde inte ta låset ${path}`);
}

function lockHandle(path: string): DataDirLock {
  let released = false;
  const release = () => {
    if (released) return;
    released = true;
    const holder = readLock(path);
    if (holder?.pid === process.pid) removeIfUnchanged(path, holder);
    process.off("exit", release);
  };
  process.on("exit", release);
  return { release };
}

function readLock(path: string): LockContent | null {
  try {
    const parsed = JSON.parse(readFileSync(path, "utf8")) as Partial<LockContent>;
    return typeof parsed.pid === "number" ? { pid: parsed.pid, startTime: parsed.startTime ?? null } : null;
  } catch {
    return null;
  }
}

function removeIfUnchanged(path: string, seen: LockContent | null): void {
  const now = readLock(path);
  if (JSON.stringify(now) !== JSON.stringify(seen)) return;
  try {
    unlinkSync(path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "ENOENT") throw error;
  }
}

function isAlive(holder: LockContent): boolean {
  try {
    process.kill(holder.pid, 0);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "EPERM") return false;
  }
  // The PID exists; it is the holder only if it started when the holder started.
  const startTime = processStartTime(holder.pid);
  return holder.startTime === null || startTime === null || startTime === holder.startTime;
}

/** The kernel's start time of a process (field 22 of /proc/PID/stat), or null off Linux. */
function processStartTime(pid: number): string | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    const afterName = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    return afterName[19] ?? null;
  } catch {
    return null;
  }
}
