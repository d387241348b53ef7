import { sql } from "drizzle-orm";
import type { Executor } from "../db/client.js";
import { queryRows } from "../db/rows.js";

/** A claimed job, as the runner sees it. */
export interface ClaimedJob {
  id: string;
  kind: string;
  uniqueKey: string;
  payload: unknown;
  attempts: number;
}

export type JobState = "pending" | "running" | "done" | "failed";

const at = (d: Date) => sql`${d.toISOString()}::timestamptz`;

/** Inserts a job unless one with the same unique key exists. True when it was inserted. */
export async function insertJobOnce(
  ex: Executor,
  job: { kind: string; uniqueKey: string; runAt: Date; payload: unknown },
): Promise<boolean> {
  const rows = await queryRows<{ id: string }>(
    ex,
    sql`INSERT INTO jobs (kind, unique_key, run_at, payload)
        VALUES (${job.kind}, ${job.uniqueKey}, ${at(job.runAt)}, ${JSON.stringify(job.payload)}::jsonb)
        ON CONFLICT (unique_key) DO NOTHING
        RETURNING id`,
  );
  return rows.length === 1;
}

/**
 * Claims the next due job of the given kinds: a pending job whose time has come, or a running
 * job whose lock has expired (its worker died). Rows locked by another worker are skipped, so
 * two workers never claim the same job. Commit right after, then run the job.
 */
export async function claimNextJob(
  ex: Executor,
  options: { kinds: string[]; workerId: string; now: Date; lockedUntil: Date },
): Promise<ClaimedJob | null> {
  if (options.kinds.length === 0) return null;
  const kinds = sql.join(
    options.kinds.map((k) => sql`${k}`),
    sql`, `,
  );
  const rows = await queryRows<ClaimedJob>(
    ex,
    sql`UPDATE jobs
        SET state = 'running', locked_by = ${options.workerId}, locked_until = ${at(options.lockedUntil)},
            attempts = attempts + 1
        WHERE id = (
          SELECT id FROM jobs
          WHERE kind IN (${kinds})
            AND ((state = 'pending' AND run_at <= ${at(options.now)})
              OR (state = 'running' AND locked_until < ${at(options.now)}))
          ORDER BY run_at, created_at
          LIMIT 1
          FOR UPDATE SKIP LOCKED)
        RETURNING id, kind, unique_key AS "uniqueKey", payload, attempts`,
  );
  return rows[0] ?? null;
}

/**
 * Locks a claimed job for the handler's transaction; false when this worker no longer holds it
 * (its lock expired and another worker reclaimed it), in which case the handler must not run.
 */
export async function lockClaimedJob(ex: Executor, id: string, workerId: string): Promise<boolean> {
  const rows = await queryRows<{ id: string }>(
    ex,
    sql`SELECT id FROM jobs WHERE id = ${id} AND state = 'running' AND locked_by = ${workerId} FOR UPDATE`,
  );
  return rows.length === 1;
}

export async function markJobDone(ex: Executor, id: string, now: Date): Promise<void> {
  await ex.execute(
    sql`UPDATE jobs SET state = 'done', finished_at = ${at(now)}, locked_until = NULL, last_error = NULL
        WHERE id = ${id}`,
  );
}

/** Records a failed attempt: back to pending at `retryAt`, or `failed` for good when `final`. */
export async function markJobFailed(
  ex: Executor,
  options: { id: string; workerId: string; error: string; final: boolean; retryAt: Date; now: Date },
): Promise<void> {
  await ex.execute(
    sql`UPDATE jobs
        SET state = ${options.final ? "failed" : "pending"}, last_error = ${options.error.slice(0, 2000)},
            run_at = ${at(options.retryAt)}, locked_by = NULL, locked_until = NULL,
            finished_at = ${options.final ? at(options.now) : null}
        WHERE id = ${options.id} AND locked_by = ${options.workerId}`,
  );
}

export interface JobRow {
  id: string;
  kind: string;
  uniqueKey: string;
  state: JobState;
  attempts: number;
  lastError: string | null;
}

/** Jobs whose unique key starts with a prefix (tests and diagnostics). */
export function listJobsByKeyPrefix(ex: Executor, prefix: string): Promise<JobRow[]> {
  return queryRows<JobRow>(
    ex,
    sql`SELECT id, kind, unique_key AS "uniqueKey", state, attempts, last_error AS "lastError"
        FROM jobs WHERE starts_with(unique_key, ${prefix}) ORDER BY unique_key`,
  );
}
