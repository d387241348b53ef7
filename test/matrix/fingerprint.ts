import { sql } from "drizzle-orm";
import type { Executor } from "../../src/platform/db/client.js";
import { queryRows } from "../../src/platform/db/rows.js";

/** Sign-in attempts are counted on every sign-in, whatever the action: left out of the fingerprint. */
const OPERATIONAL_TABLES = new Set(["sign_in_attempts"]);
/**
 * Columns written by any request (a session slides, an API token records its last use), not by
 * the action under test. The rest of these rows counts: a refused call must not end or add a
 * session.
 */
const OPERATIONAL_COLUMNS: Record<string, string[]> = {
  api_tokens: ["last_used_at"],
  sessions: ["last_seen_at", "expires_at"],
};

let cachedQuery: { tables: string[]; query: ReturnType<typeof sql.raw> } | null = null;

async function fingerprintQuery(ex: Executor) {
  if (cachedQuery) return cachedQuery;
  const rows = await queryRows<{ table_name: string }>(
    ex,
    sql`SELECT table_name FROM information_schema.tables
        WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY table_name`,
  );
  const tables = rows.map((r) => r.table_name).filter((t) => !OPERATIONAL_TABLES.has(t));
  const parts = tables.map((t) => {
    const row = (OPERATIONAL_COLUMNS[t] ?? []).reduce((acc, col) => `${acc} - '${col}'`, "to_jsonb(t)");
    // Order-independent: the row count and the sum of a 64-bit hash of every row's text.
    return `(SELECT count(*) || ':' || coalesce(sum(hashtextextended((${row})::text, 0)), 0) FROM "${t}" t) AS "${t}"`;
  });
  const audit = `(SELECT coalesce(max(seq), 0)::int FROM audit_events) AS "${AUDIT_SEQ}"`;
  cachedQuery = { tables, query: sql.raw(`SELECT ${[...parts, audit].join(",\n")}`) };
  return cachedQuery;
}

const AUDIT_SEQ = "(last audit event)";

export interface Fingerprint {
  tables: Record<string, string>;
  /** The newest audit event's sequence number (0 when there is none). */
  auditSeq: number;
}

/**
 * A fingerprint of the whole database but its operational tables: per table the row count and
 * the sum of a 64-bit hash of every row. Equal fingerprints mean no row was added, removed or
 * changed (but for a hash collision).
 */
export async function fingerprint(ex: Executor): Promise<Fingerprint> {
  const { query } = await fingerprintQuery(ex);
  const [row] = await queryRows<Record<string, string | number>>(ex, query);
  const { [AUDIT_SEQ]: seq, ...tables } = row ?? {};
  return { tables: tables as Record<string, string>, auditSeq: Number(seq ?? 0) };
}

/** The tables whose fingerprints differ (for a readable failure). */
export function changedTables(before: Fingerprint, after: Fingerprint): string[] {
  const all = Object.keys({ ...before.tables, ...after.tables });
  return all.filter((t) => before.tables[t] !== after.tables[t]);
}
