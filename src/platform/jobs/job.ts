import type { z } from "zod";
import type { Clock } from "../clock.js";
import type { Config } from "../config.js";
import type { Tx } from "../db/client.js";
import type { Audit } from "../db/mutation.js";
import type { Logger } from "../log.js";
import type { MailTransport } from "../mail/transport.js";

/** What every job handler may use besides its transaction. */
export interface JobDeps {
  config: Config;
  clock: Clock;
  log: Logger;
  /** Set when mail is delivered over SMTP (or a fake transport in tests). */
  mailTransport: MailTransport | null;
}

export interface JobContext<P> {
  /** The job's transaction: write every effect here, so it commits together with "done". */
  tx: Tx;
  payload: P;
  job: { id: string; kind: string; uniqueKey: string; attempts: number };
  deps: JobDeps;
  /** Records an audit event in the job's transaction (actor: system). */
  audit: Audit;
}

/**
 * A kind of background job: its name, the shape of its payload and its handler.
 *
 * @example
 * export const pingJob = defineJob({
 *   kind: "demo.ping",
 *   payload: z.object({ to: z.string() }),
 *   handle: async ({ tx, payload }) => { … },
 * });
 */
export interface JobDefinition<P> {
  kind: string;
  payload: z.ZodType<P>;
  handle(context: JobContext<P>): Promise<void>;
  /** Attempts before the job is given up as `failed` (default 5). */
  maxAttempts?: number;
  /**
   * Called in its own transaction after a failed attempt (the handler's transaction was rolled
   * back), e.g. to record the error on the mail that could not be sent.
   */
  onFailure?(context: Omit<JobContext<P>, "audit"> & { error: string; final: boolean }): Promise<void>;
}

export function defineJob<P>(definition: JobDefinition<P>): JobDefinition<P> {
  return definition;
}

/** Any job definition, for registries (the payload type is checked where jobs are scheduled). */
export type AnyJobDefinition = JobDefinition<any>;

export const DEFAULT_MAX_ATTEMPTS = 5;

/**
 * Seconds to wait before the next attempt after `attempts` failed ones: 30 s, 2 min, 8 min, …,
 * at most one hour.
 * @example retryDelaySeconds(1) // 30
 */
export function retryDelaySeconds(attempts: number): number {
  return Math.min(30 * 4 ** Math.max(0, attempts - 1), 3600);
}
