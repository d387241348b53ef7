/**
 * The SQL behind "varför den här punkten" on a public promise page: per point of one promise, the
 * dialogue findings linked to it summed by category (with the statements of dialogues marked
 * public), and the participants of those dialogues summed by gender. One query. The caller passes
 * a promise the public readers already found public.
 */
import { sql } from "drizzle-orm";
import type { Executor } from "../platform/db/client.js";
import { queryRows } from "../platform/db/rows.js";

export interface PointReasonAggregateRow {
  commitmentId: string;
  kind: "category" | "gender";
  key: string;
  n: number;
  dialogues: number;
  statements: string[];
}

export function selectPointReasonAggregates(
  ex: Executor,
  promiseId: string,
): Promise<PointReasonAggregateRow[]> {
  return queryRows(
    ex,
    sql`WITH links AS (
          SELECT fc.commitment_id, f.dialogue_id, f.category, f.statement, f.raised_by, d.public
          FROM finding_commitments fc
          JOIN commitments c ON c.id = fc.commitment_id
          JOIN dialogue_findings f ON f.id = fc.finding_id
          JOIN dialogues d ON d.id = f.dialogue_id
          WHERE c.promise_id = ${promiseId}
        )
        SELECT commitment_id AS "commitmentId", 'category' AS kind, category AS key,
               sum(raised_by)::int AS n, count(DISTINCT dialogue_id)::int AS dialogues,
               coalesce(jsonb_agg(statement ORDER BY statement) FILTER (WHERE public), '[]'::jsonb) AS statements
          FROM links GROUP BY commitment_id, category
        UNION ALL
        SELECT x.commitment_id, 'gender', p.gender, sum(p.count)::int, count(DISTINCT x.dialogue_id)::int,
               '[]'::jsonb
          FROM (SELECT DISTINCT commitment_id, dialogue_id FROM links) x
          JOIN dialogue_participants p ON p.dialogue_id = x.dialogue_id
          GROUP BY x.commitment_id, p.gender
        ORDER BY 1, 2, 3`,
  );
}
