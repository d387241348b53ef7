/**
 * The public reader of "varför den här punkten": for each point of a public promise, the problems
 * raised in the partnership's dialogues that led to it — by category and how many raised them,
 * never a person. Counts below SUPPRESS_BELOW are suppressed ("färre än 5"); the statements in
 * the staff's own words are shown only for dialogues marked public (publishing.policy.ts).
 */
import type { Executor } from "../platform/db/client.js";
import { selectPointReasonAggregates } from "./point-reasons.repository.js";
import { suppressSmallCount } from "./publishing.policy.js";
import type { PublicPointReasons } from "./publishing.types.js";

/** Per point id; points without findings are absent. `promiseId` must be a public promise's. */
export async function readPublicPointReasons(
  ex: Executor,
  promiseId: string,
): Promise<Record<string, PublicPointReasons>> {
  const rows = await selectPointReasonAggregates(ex, promiseId);
  const out: Record<string, PublicPointReasons> = {};
  for (const row of rows) {
    const point = (out[row.commitmentId] ??= { categories: [], participants: [] });
    if (row.kind === "category") {
      point.categories.push({
        category: row.key,
        raisedBy: suppressSmallCount(row.n),
        dialogues: row.dialogues,
        statements: row.statements,
      });
    } else {
      point.participants.push({ gender: row.key, count: suppressSmallCount(row.n) });
    }
  }
  for (const point of Object.values(out))
    point.categories.sort((a, b) => (b.raisedBy ?? 0) - (a.raisedBy ?? 0));
  return out;
}
