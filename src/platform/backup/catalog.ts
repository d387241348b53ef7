import { sql } from "drizzle-orm";
import type { Executor } from "../db/client.js";
import { queryRows } from "../db/rows.js";

/**
 * What a backup needs to know about a table, read from the database's own catalog: the backup
 * knows no table by name, so a new module's tables are backed up without a change here.
 */
export interface TableInfo {
  name: string;
  /** Columns in their order in the table (what `row_to_json` writes). */
  columns: string[];
  /** Columns the database fills itself (`GENERATED ALWAYS AS (…) STORED`): never inserted. */
  generated: string[];
  /** Identity columns: inserted with OVERRIDING SYSTEM VALUE, their sequence set after the load. */
  identity: string[];
  /** Primary key columns, text ones with `COLLATE "C"` so both databases sort alike. */
  orderBy: { column: string; collate: boolean }[];
  /** True when a foreign key of the table points at the table itself (rows are loaded in one statement). */
  selfReferencing: boolean;
}

/** The migrator's own table: its rows are the backup's header, not data. */
export const MIGRATIONS_TABLE = "schema_migrations";

/**
 * Every table of the public schema but `schema_migrations`, parents before children (by their
 * foreign keys; ties by name). Throws on a cycle between tables, which a load in one pass
 * could not satisfy.
 */
export async function listTables(ex: Executor): Promise<TableInfo[]> {
  const columns = await queryRows<{
    table: string;
    column: string;
    identity: string;
    generated: string;
    collatable: boolean;
  }>(
    ex,
    sql`SELECT c.relname AS "table", a.attname AS "column", a.attidentity::text AS identity,
               a.attgenerated::text AS generated, (t.typcollation <> 0) AS collatable
          FROM pg_class c
          JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped
          JOIN pg_type t ON t.oid = a.atttypid
         WHERE c.relnamespace = 'public'::regnamespace AND c.relkind IN ('r', 'p')
         ORDER BY c.relname, a.attnum`,
  );
  const keys = await queryRows<{ table: string; column: string }>(
    ex,
    sql`SELECT c.relname AS "table", a.attname AS "column"
          FROM pg_constraint k
          JOIN pg_class c ON c.oid = k.conrelid
          CROSS JOIN LATERAL unnest(k.conkey) WITH ORDINALITY AS u(attnum, ord)
          JOIN pg_attribute a ON a.attrelid = k.conrelid AND a.attnum = u.attnum
         WHERE k.contype = 'p' AND c.relnamespace = 'public'::regnamespace
         ORDER BY c.relname, u.ord`,
  );
  const references = await queryRows<{ child: string; parent: string }>(
    ex,
    sql`SELECT DISTINCT c.relname AS child, p.relname AS parent
          FROM pg_constraint k
          JOIN pg_class c ON c.oid = k.conrelid
          JOIN pg_class p ON p.oid = k.confrelid
         WHERE k.contype = 'f' AND c.relnamespace = 'public'::regnamespace`,
  );
  const tables = new Map<string, TableInfo>();
  const collatable = new Map<string, boolean>();
  for (const c of columns) {
    if (c.table === MIGRATIONS_TABLE) continue;
    let table = tables.get(c.table);
    if (!table) {
      table = {
        name: c.table,
        columns: [],
        generated: [],
        identity: [],
        orderBy: [],
        selfReferencing: false,
      };
      tables.set(c.table, table);
    }
    table.columns.push(c.column);
    if (c.generated !== "") table.generated.push(c.column);
    if (c.identity !== "") table.identity.push(c.column);
    collatable.set(`${c.table}.${c.column}`, c.collatable);
  }
  for (const k of keys) {
    tables
      .get(k.table)
      ?.orderBy.push({ column: k.column, collate: collatable.get(`${k.table}.${k.column}`) ?? false });
  }
  const parents = new Map<string, Set<string>>([...tables.keys()].map((t) => [t, new Set<string>()]));
  for (const r of references) {
    const table = tables.get(r.child);
    if (!table || !tables.has(r.parent)) continue;
    if (r.child === r.parent) table.selfReferencing = true;
    else parents.get(r.child)?.add(r.parent);
  }
  for (const table of tables.values()) {
    // A table without a primary key is ordered by all its columns, so its rendering is still stable.
    if (table.orderBy.length === 0)
      table.orderBy = table.columns.map((column) => ({
        column,
        collate: collatable.get(`${table.name}.${column}`) ?? false,
      }));
  }
  const ordered: TableInfo[] = [];
  const done = new Set<string>();
  while (done.size < tables.size) {
    const ready = [...tables.keys()]
      .filter((t) => !done.has(t) && [...(parents.get(t) ?? [])].every((p) => done.has(p)))
      .sort();
    if (ready.length === 0) {
      const left = [...tables.keys()].filter((t) => !done.has(t));
      throw new Error(`Tabellerna ${left.join(", ")} refererar till varandra i en cirkel`);
    }
    for (const t of ready) {
      done.add(t);
      ordered.push(tables.get(t) as TableInfo);
    }
  }
  return ordered;
}

/** `SELECT row_to_json(t)::text … ORDER BY <primary key>`: the one rendering of a table's rows. */
export function selectRowsAsJson(table: TableInfo) {
  const order = sql.join(
    table.orderBy.map((o) =>
      o.collate ? sql`t.${sql.identifier(o.column)} COLLATE "C"` : sql`t.${sql.identifier(o.column)}`,
    ),
    sql`, `,
  );
  return sql`SELECT row_to_json(t)::text AS j FROM ${sql.identifier(table.name)} AS t ORDER BY ${order}`;
}

/**
 * Session settings under which both databases render rows as the same text: times in UTC, floats
 * in their shortest exact form. Run inside the transaction (SET LOCAL).
 */
export async function setRenderingSettings(ex: Executor): Promise<void> {
  await ex.execute(sql`SET LOCAL TimeZone = 'UTC'`);
  await ex.execute(sql`SET LOCAL extra_float_digits = 1`);
  await ex.execute(sql`SET LOCAL DateStyle = 'ISO, YMD'`);
  await ex.execute(sql`SET LOCAL IntervalStyle = 'iso_8601'`);
}
