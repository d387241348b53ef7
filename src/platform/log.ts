import { AsyncLocalStorage } from "node:async_hooks";
import { createRequire } from "node:module";
import type { DestinationStream, Logger as PinoLogger } from "pino";
import type { Config } from "./config.js";

/**
 * Structured logs: one JSON object per line on stderr (pino), with `time`, `level`, `msg`, and —
 * for anything logged while a request is handled, in a route, a service or a repository — the
 * request's `requestId` (from AsyncLocalStorage, so no call site passes it on). Errors carry
 * their type, message and stack under `err`.
 */
export interface Logger {
  error(message: string, error?: unknown): void;
  warn(message: string, fields?: Record<string, unknown>): void;
  info(message: string, fields?: Record<string, unknown>): void;
  debug(message: string, fields?: Record<string, unknown>): void;
}

export type LogLevel = Config["logLevel"];

interface RequestScope {
  requestId: string;
}

const scope = new AsyncLocalStorage<RequestScope>();

/** Runs `fn` with `requestId` attached to every log line written during it (and what it awaits). */
export function withRequestId<T>(requestId: string, fn: () => T): T {
  return scope.run({ requestId }, fn);
}

/** The id of the request being handled, if any. */
export function currentRequestId(): string | undefined {
  return scope.getStore()?.requestId;
}

/**
 * A logger at `level` writing JSON lines to stderr (or `destination`, for tests). pino loads on the
 * first line written: a CLI command that logs nothing does not pay for it (issue 12.8).
 */
export function createLogger(level: LogLevel, destination?: DestinationStream): Logger {
  let instance: PinoLogger | undefined;
  const logger = () => {
    instance ??= openPino(level, destination);
    return instance;
  };
  return {
    error(message, error) {
      if (error === undefined) logger().error(message);
      else if (error instanceof Error) logger().error({ err: error }, message);
      else logger().error({ detail: String(error) }, message);
    },
    warn: (message, fields) => (fields ? logger().warn(fields, message) : logger().warn(message)),
    info: (message, fields) => (fields ? logger().info(fields, message) : logger().info(message)),
    debug: (message, fields) => (fields ? logger().debug(fields, message) : logger().debug(message)),
  };
}

function openPino(level: LogLevel, destination?: DestinationStream): PinoLogger {
  const { pino } = createRequire(import.meta.url)("pino") as typeof import("pino");
  return pino(
    {
      level,
      base: { pid: process.pid },
      timestamp: pino.stdTimeFunctions.isoTime,
      formatters: { level: (label) => ({ level: label }) },
      mixin() {
        const requestId = currentRequestId();
        return requestId ? { requestId } : {};
      },
    },
    // Synchronous: a line written just before exit is not lost, and lines keep their order with
    // other writes to stderr.
    destination ?? pino.destination({ dest: 2, sync: true }),
  );
}
