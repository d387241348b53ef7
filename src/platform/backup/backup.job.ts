import { mkdirSync, readdirSync, rmSync, statSync } from "node:fs";
import { join } from "node:path";
import { z } from "zod";
import { type Clock, swedishHourOn } from "../clock.js";
import type { Config } from "../config.js";
import { type Executor, openDatabase } from "../db/client.js";
import { defineJob } from "../jobs/job.js";
import { scheduleJob } from "../jobs/schedule-job.js";
import { setRenderingSettings } from "./catalog.js";
import { createBackupFileWriter } from "./file.js";
import { exportLines, withSnapshot } from "./snapshot.js";

/** The hour (Swedish time) from which the nightly backup runs. */
export const NIGHTLY_BACKUP_HOUR = 2;

const NIGHTLY_FILE = /^medborgarlofte-(\d{4}-\d{2}-\d{2})\.ndjson\.gz$/;

export function nightlyBackupFile(date: string): string {
  return `medborgarlofte-${date}.ndjson.gz`;
}

/**
 * Writes the night's backup into BACKUP_DIR and keeps the newest BACKUP_KEEP nightly files (other
 * files in the directory are left alone). On PostgreSQL it reads through its own connection in a
 * REPEATABLE READ snapshot; on PGlite the job's own transaction is the snapshot (the single
 * connection runs one transaction at a time). Runs once a day even with several servers (job key).
 */
export const nightlyBackupJob = defineJob({
  kind: "backup.nightly",
  payload: z.object({ date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/) }),
  maxAttempts: 3,
  async handle({ tx, payload, deps }) {
    const { dir, keep } = deps.config.backup;
    if (!dir) return;
    mkdirSync(dir, { recursive: true, mode: 0o700 });
    const path = join(dir, nightlyBackupFile(payload.date));
    const started = deps.clock.now();
    const writer = createBackupFileWriter(path);
    const run = async (ex: Executor) =>
      exportLines(ex, { source: deps.config.database.kind, now: started, emit: writer.write });
    try {
      if (deps.config.database.kind === "postgres") {
        const own = await openDatabase(deps.config.database);
        try {
          await withSnapshot(own.db, run);
        } finally {
          await own.close();
        }
      } else {
        await setRenderingSettings(tx);
        await run(tx);
      }
    } catch (error) {
      writer.abort();
      throw error;
    }
    const { bytes, end } = await writer.finish();
    const removed = pruneNightlyBackups(dir, keep);
    deps.log.info(
      `Nattlig säkerhetskopia ${path}: ${end.tables} tabeller, ${end.rows} rader, ${bytes} byte` +
        (removed.length > 0 ? `; tog bort ${removed.join(", ")}` : ""),
    );
  },
});

/** Removes nightly backup files beyond the newest `keep`; returns the removed names. */
export function pruneNightlyBackups(dir: string, keep: number): string[] {
  const files = readdirSync(dir)
    .filter((f) => NIGHTLY_FILE.test(f) && statSync(join(dir, f)).isFile())
    .sort()
    .reverse();
  const removed = files.slice(keep);
  for (const f of removed) rmSync(join(dir, f), { force: true });
  return removed;
}

/** Schedules tonight's backup when BACKUP_DIR is set (idempotent: one key per day). */
export async function scheduleNightlyBackup(ex: Executor, clock: Clock, config?: Config): Promise<void> {
  if (!config?.backup.dir) return;
  const today = clock.today();
  await scheduleJob(ex, {
    job: nightlyBackupJob,
    uniqueKey: `backup:nightly:${today}`,
    runAt: swedishHourOn(today, NIGHTLY_BACKUP_HOUR),
    payload: { date: today },
  });
}
