import { sql } from "drizzle-orm";
import type { Executor } from "./client.js";
import { queryRows } from "./rows.js";

/** Row counts of every table in the public schema, by table name. */
export async function countRowsPerTable(ex: Executor): Promise<{ table: string; rows: number }[]> {
  const tables = await queryRows<{ name: string }>(
    ex,
    sql`SELECT tablename AS name FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename`,
  );
  const counts: { table: string; rows: number }[] = [];
  for (const { name } of tables) {
    const [row] = await queryRows<{ n: number }>(
      ex,
      sql`SELECT count(*)::int AS n FROM ${sql.identifier(name)}`,
    );
    counts.push({ table: name, rows: row?.n ?? 0 });
  }
  return counts;
}

/** True when no partnership exists yet: a database nobody has put data in. */
export async function isDatabaseEmpty(ex: Executor): Promise<boolean> {
  const [row] = await queryRows<{ n: number }>(ex, sql`SELECT count(*)::int AS n FROM partnerships`);
  return (row?.n ?? 0) === 0;
}
