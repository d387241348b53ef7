/** The PostgreSQL error behind a Drizzle error (Drizzle wraps it as `cause`), or null. */
export interface DatabaseError {
  /** SQLSTATE, e.g. "23505" for a unique violation. */
  code: string | undefined;
  message: string;
  constraint: string | undefined;
}

export function databaseErrorOf(error: unknown): DatabaseError | null {
  let current: unknown = error;
  for (let depth = 0; depth < 5 && current instanceof Error; depth++) {
    const candidate = current as Error & { code?: unknown; constraint?: unknown };
    if (typeof candidate.code === "string" && /^[0-9A-Z]{5}$/.test(candidate.code)) {
      return {
        code: candidate.code,
        message: candidate.message,
        constraint: typeof candidate.constraint === "string" ? candidate.constraint : undefined,
      };
    }
    current = candidate.cause;
  }
  return null;
}
