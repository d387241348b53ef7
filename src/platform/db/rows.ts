import type { SQL } from "drizzle-orm";
import type { Executor } from "./client.js";

/**
 * Runs a raw SQL query and returns its rows, the same on PGlite and PostgreSQL (both drivers
 * answer `{ rows }`; Drizzle's generic type cannot say so). Cast counts and bigints in SQL
 * (`count(*)::int`): PostgreSQL returns them as strings, PGlite as numbers.
 */
export async function queryRows<T>(executor: Executor, query: SQL): Promise<T[]> {
  const result = (await executor.execute(query)) as unknown as { rows: T[] };
  return result.rows;
}
