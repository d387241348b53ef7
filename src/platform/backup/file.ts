import { once } from "node:events";
import { createReadStream, createWriteStream, renameSync, rmSync } from "node:fs";
import { createInterface } from "node:readline";
import { createGunzip, createGzip } from "node:zlib";
import { BackupError, type BackupHeader, type EndLine, isControlLine } from "./format.js";

export interface BackupFileProgress {
  done: number;
  total: number;
  table: string | null;
}

/**
 * Writes backup lines to `path` as gzip, through `path.partial` renamed into place only when the
 * end line has been written: a failed or interrupted backup never leaves a file that looks whole.
 * Reports progress (tables done / total) from the lines themselves, so it works the same for a
 * backup made here and one streamed by the server.
 */
export function createBackupFileWriter(path: string, onProgress?: (p: BackupFileProgress) => void) {
  const partial = `${path}.partial`;
  const gzip = createGzip({ level: 6 });
  const file = createWriteStream(partial, { mode: 0o600 });
  gzip.pipe(file);
  let total = 0;
  let seen = 0;
  let current: string | null = null;
  let end: EndLine | null = null;
  let failed = false;
  const finished = once(file, "close");
  file.on("error", () => {
    failed = true;
  });
  return {
    async write(line: string): Promise<void> {
      if (isControlLine(line)) {
        const control = JSON.parse(line) as BackupHeader | { $: "table"; name: string } | EndLine;
        if (control.$ === "header") total = control.tables.length;
        else if (control.$ === "table") {
          // The previous table is complete when the next one starts.
          if (seen > 0) onProgress?.({ done: seen, total, table: current });
          seen++;
          current = control.name;
        } else if (control.$ === "end") {
          if (seen > 0) onProgress?.({ done: seen, total, table: current });
          end = control;
        }
      }
      if (!gzip.write(`${line}\n`)) await once(gzip, "drain");
    },
    /** Closes the file; renames it into place when the backup ended properly, else removes it. */
    async finish(): Promise<{ bytes: number; end: EndLine }> {
      gzip.end();
      await finished;
      if (failed || !end) {
        rmSync(partial, { force: true });
        throw new BackupError("Säkerhetskopieringen avbröts innan den var klar; ingen fil skrevs");
      }
      renameSync(partial, path);
      return { bytes: file.bytesWritten, end };
    },
    abort(): void {
      gzip.destroy();
      file.destroy();
      rmSync(partial, { force: true });
    },
  };
}

/** The lines of a backup file (gunzipped). */
export async function* readBackupLines(path: string): AsyncGenerator<string> {
  const input = createReadStream(path).on("error", () => undefined);
  const gunzip = createGunzip();
  const lines = createInterface({ input: input.pipe(gunzip), crlfDelay: Number.POSITIVE_INFINITY });
  const failure = new Promise<never>((_, reject) => {
    const fail = (error: Error) =>
      reject(new BackupError(`Kan inte läsa säkerhetskopian ${path}: ${error.message}`));
    input.on("error", fail);
    gunzip.on("error", fail);
  });
  failure.catch(() => undefined);
  const iterator = lines[Symbol.asyncIterator]();
  try {
    for (;;) {
      const step = await Promise.race([iterator.next(), failure]);
      if (step.done) return;
      yield step.value;
    }
  } finally {
    lines.close();
    input.destroy();
  }
}
