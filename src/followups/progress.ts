/**
 * Progress roll-up (published rule, version {@link PROGRESS_RULE_VERSION}):
 * 1. A commitment's value is the defaultProgress of the status of its latest approved follow-up
 *    up to the period (not_started 0, in_progress 50, done 100, partly_done 50, not_done 0).
 * 2. A commitment without such a follow-up, or with status not_applicable, has no value and is
 *    left out (it is not counted as 0).
 * 3. Progress = round(Σ(weight × value) / Σ(weight)) over commitments with a value, where round
 *    is to the nearest whole percent (halves up), applied only to the final result; no value → none.
 * 4. A party's progress uses the same formula over the commitments the party is responsible for;
 *    a joint commitment counts fully for each of its parties.
 */
import { type FollowUpStatus, isFollowUpStatus, statusInfo } from "./statuses.js";

/** Version of the published rule; bump when the rule changes. @example PROGRESS_RULE_VERSION // 1 */
export const PROGRESS_RULE_VERSION = 1;

/** One commitment's input. @example { commitmentId: "c1", weight: 1, partyIds: ["kommun"], status: "done" } */
export interface ProgressInput {
  commitmentId: string;
  /** Positive finite number; defaults to 1. */
  weight?: number;
  partyIds: string[];
  /** Status of the latest approved follow-up up to the period; null if none. */
  status: FollowUpStatus | null;
}

/** Roll-up result. @example { percent: 75, counted: 2, excluded: 2, total: 4 } */
export interface ProgressRollUp {
  /** Whole percent 0–100, or null when no commitment has a value. */
  percent: number | null;
  /** Commitments with a value. */
  counted: number;
  /** Commitments left out (no follow-up or not counting). */
  excluded: number;
  total: number;
}

/** A commitment's value, or null when it is left out. @example commitmentProgress({ commitmentId: "c1", partyIds: [], status: "in_progress" }) // 50 */
export function commitmentProgress(input: ProgressInput): number | null {
  if (input.status === null) return null;
  if (!isFollowUpStatus(input.status))
    throw new RangeError(`Unknown follow-up status: ${String(input.status)}`);
  const info = statusInfo(input.status);
  return info.countsTowardProgress ? info.defaultProgress : null;
}

function weightOf(input: ProgressInput): number {
  const w = input.weight ?? 1;
  if (typeof w !== "number" || !Number.isFinite(w) || w <= 0) {
    throw new RangeError(`Weight of ${input.commitmentId} must be a positive finite number: ${String(w)}`);
  }
  return w;
}

function assertUniqueIds(inputs: readonly ProgressInput[]): void {
  const seen = new Set<string>();
  for (const i of inputs) {
    if (seen.has(i.commitmentId)) throw new RangeError(`Duplicate commitmentId: ${i.commitmentId}`);
    seen.add(i.commitmentId);
  }
}

/** Promise progress over all commitments. Throws RangeError on bad weights or duplicate ids. @example rollUpProgress(inputs).percent // 75 */
export function rollUpProgress(inputs: readonly ProgressInput[]): ProgressRollUp {
  assertUniqueIds(inputs);
  let weighted = 0;
  let weights = 0;
  let counted = 0;
  for (const input of inputs) {
    const w = weightOf(input);
    const value = commitmentProgress(input);
    if (value === null) continue;
    weighted += w * value;
    weights += w;
    counted++;
  }
  return {
    percent: counted === 0 ? null : Math.round(weighted / weights),
    counted,
    excluded: inputs.length - counted,
    total: inputs.length,
  };
}

/** Progress per party id, in order of first appearance. @example progressByParty(inputs).get("polis")?.percent */
export function progressByParty(inputs: readonly ProgressInput[]): Map<string, ProgressRollUp> {
  assertUniqueIds(inputs);
  const byParty = new Map<string, ProgressInput[]>();
  for (const input of inputs) {
    weightOf(input);
    for (const partyId of new Set(input.partyIds)) {
      const list = byParty.get(partyId) ?? [];
      list.push(input);
      byParty.set(partyId, list);
    }
  }
  return new Map([...byParty].map(([partyId, list]) => [partyId, rollUpProgress(list)]));
}
