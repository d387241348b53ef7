import type { Config } from "./config.js";

const LEVELS = { silent: 0, error: 1, info: 2, debug: 3 } as const;

export interface Logger {
  error(message: string, error?: unknown): void;
  info(message: string): void;
  debug(message: string): void;
}

/** A plain stderr logger with levels; one line per event, errors with their stack. */
export function createLogger(level: Config["logLevel"]): Logger {
  const at = LEVELS[level];
  const write = (tag: string, message: string) =>
    process.stderr.write(`${new Date().toISOString()} ${tag} ${message}\n`);
  return {
    error(message, error) {
      if (at < LEVELS.error) return;
      write("ERROR", error instanceof Error ? `${message}: ${error.stack ?? error.message}` : message);
    },
    info(message) {
      if (at >= LEVELS.info) write("INFO", message);
    },
    debug(message) {
      if (at >= LEVELS.debug) write("DEBUG", message);
    },
  };
}
