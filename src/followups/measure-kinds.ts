/**
 * What a measured value may be, by the kind of its target. A target's unit says its kind: a count
 * ("st", "antal", "gånger", "dagar", …) is a whole number ≥ 0, a percentage 0–100, anything else a
 * number ≥ 0 (no measurement of a point is negative). Pure: no I/O.
 */
export type MeasureKind = "count" | "percent" | "amount";

const COUNT_UNITS = new Set([
  "st",
  "st.",
  "styck",
  "stycken",
  "antal",
  "gånger",
  "ggr",
  "dagar",
  "kvällar",
  "personer",
  "tillfällen",
  "aktiviteter",
  "vandringar",
  "möten",
]);

/** The kind of a target by its unit. @example measureKindOf("st") // "count" */
export function measureKindOf(unit: string): MeasureKind {
  const u = unit.trim().toLowerCase();
  if (u === "%" || u === "procent") return "percent";
  if (COUNT_UNITS.has(u)) return "count";
  return "amount";
}

/** Why a value does not fit its kind, or null when it does. @example measureProblem("count", -1) // "negative" */
export function measureProblem(
  kind: MeasureKind,
  value: number,
): "negative" | "not_whole" | "over_100" | null {
  if (!Number.isFinite(value) || value < 0) return "negative";
  if (kind === "count" && !Number.isInteger(value)) return "not_whole";
  if (kind === "percent" && value > 100) return "over_100";
  return null;
}
