import { randomUUID } from "node:crypto";
import { insertAuditEvents } from "../audit/audit.repository.js";
import type { Db } from "../db/client.js";
import { type AuditEntry, SYSTEM_ACTOR } from "../db/mutation.js";
import { type AnyJobDefinition, DEFAULT_MAX_ATTEMPTS, type JobDeps, retryDelaySeconds } from "./job.js";
import {
  type ClaimedJob,
  claimNextJob,
  lockClaimedJob,
  markJobDone,
  markJobFailed,
} from "./jobs.repository.js";

/** How long a claimed job stays locked to its worker before another may reclaim it. */
export const JOB_LEASE_SECONDS = 300;

const ABANDONED = "Jobbet gavs upp: processen som körde det avslutades utan att rapportera resultat.";

export interface RunJobsOptions {
  db: Db;
  jobs: readonly AnyJobDefinition[];
  deps: JobDeps;
  /** Names this worker in `jobs.locked_by` (default: a random id per call). */
  workerId?: string;
  /** At most this many jobs per call (default 100), so one tick cannot run forever. */
  limit?: number;
  /** Asked before each claim: when it says stop (shutdown), the running job finishes and no next one starts. */
  shouldStop?: () => boolean;
}

export interface RunJobsResult {
  done: number;
  failed: number;
}

/**
 * Runs due jobs one at a time until none is due. Each job is first claimed in a short
 * transaction (FOR UPDATE SKIP LOCKED: state running, locked_until), then run in a second
 * transaction that locks the row again, runs the handler and marks the job done: the handler's
 * writes and "done" commit together, so a job's effects happen exactly once even when several
 * servers share one PostgreSQL. A failure rolls the handler's writes back and schedules a retry
 * with backoff (attempts, last_error); a worker that dies leaves a running job whose lock expires
 * and another worker reclaims it.
 */
export async function runDueJobs(options: RunJobsOptions): Promise<RunJobsResult> {
  const workerId = options.workerId ?? randomUUID();
  const byKind = new Map(options.jobs.map((j) => [j.kind, j]));
  const kinds = [...byKind.keys()];
  const limit = options.limit ?? 100;
  const result: RunJobsResult = { done: 0, failed: 0 };
  for (let i = 0; i < limit; i++) {
    if (options.shouldStop?.()) break;
    const now = options.deps.clock.now();
    const lockedUntil = new Date(now.getTime() + JOB_LEASE_SECONDS * 1000);
    const claimed = await options.db.transaction((tx) =>
      claimNextJob(tx, { kinds, workerId, now, lockedUntil }),
    );
    if (!claimed) break;
    const definition = byKind.get(claimed.kind) as AnyJobDefinition;
    if (claimed.attempts > (definition.maxAttempts ?? DEFAULT_MAX_ATTEMPTS)) {
      // Reclaimed after its workers kept dying (no failure was recorded): give it up.
      await options.db.transaction((tx) =>
        markJobFailed(tx, { id: claimed.id, workerId, error: ABANDONED, final: true, retryAt: now, now }),
      );
      result.failed++;
      continue;
    }
    const outcome = await runClaimedJob(options, definition, claimed, workerId);
    if (outcome === "done") result.done++;
    else if (outcome === "failed") result.failed++;
  }
  return result;
}

async function runClaimedJob(
  options: RunJobsOptions,
  definition: AnyJobDefinition,
  claimed: ClaimedJob,
  workerId: string,
): Promise<"done" | "failed" | "lost"> {
  const { db, deps } = options;
  const job = {
    id: claimed.id,
    kind: claimed.kind,
    uniqueKey: claimed.uniqueKey,
    attempts: claimed.attempts,
  };
  try {
    return await db.transaction(async (tx) => {
      if (!(await lockClaimedJob(tx, claimed.id, workerId))) return "lost";
      const entries: AuditEntry[] = [];
      const payload = definition.payload.parse(claimed.payload);
      await definition.handle({ tx, payload, job, deps, audit: (e) => void entries.push(e) });
      await insertAuditEvents(
        tx,
        entries.map((e) => ({
          actorKind: SYSTEM_ACTOR.kind,
          actorId: SYSTEM_ACTOR.id,
          actorLabel: `job ${claimed.kind}`,
          action: e.action,
          entityType: e.entityType,
          entityId: e.entityId,
          partnershipId: e.partnershipId ?? null,
          before: e.before ?? null,
          after: e.after ?? null,
        })),
      );
      await markJobDone(tx, claimed.id, deps.clock.now());
      return "done";
    });
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const final = claimed.attempts >= (definition.maxAttempts ?? DEFAULT_MAX_ATTEMPTS);
    const now = deps.clock.now();
    const retryAt = new Date(now.getTime() + retryDelaySeconds(claimed.attempts) * 1000);
    deps.log.error(
      `Jobb ${claimed.kind} (${claimed.uniqueKey}) misslyckades, försök ${claimed.attempts}`,
      error,
    );
    await db.transaction(async (tx) => {
      await markJobFailed(tx, { id: claimed.id, workerId, error: message, final, retryAt, now });
      if (definition.onFailure) {
        const payload = definition.payload.safeParse(claimed.payload);
        if (payload.success)
          await definition.onFailure({ tx, payload: payload.data, job, deps, error: message, final });
      }
    });
    return "failed";
  }
}
