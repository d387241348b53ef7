/**
 * Target attainment for a measurable target of a commitment ("at least 4 safety walks").
 */

/** How the measured value is compared to the target. @example const d: TargetDirection = "at_least"; */
export type TargetDirection = "at_least" | "at_most" | "exactly";

/** Directions in order. @example TARGET_DIRECTIONS.length // 3 */
export const TARGET_DIRECTIONS: readonly TargetDirection[] = ["at_least", "at_most", "exactly"];

/** Absolute tolerance used by "exactly". @example EXACT_TOLERANCE // 1e-9 */
export const EXACT_TOLERANCE = 1e-9;

/** Input for {@link targetAttainment}. @example { targetValue: 4, direction: "at_least", measuredValue: 4 } */
export interface AttainmentInput {
  /** null: a measure recorded without a target ("no target"; never read as 0). */
  targetValue: number | null;
  direction: TargetDirection;
  measuredValue: number | null;
}

/**
 * Result: `met` and `ratio` (0–1) are null when nothing has been measured or there is no target.
 * @example { met: true, ratio: 1 }
 */
export interface Attainment {
  met: boolean | null;
  ratio: number | null;
}

/** Type guard for directions. @example isTargetDirection("at_most") // true */
export function isTargetDirection(x: unknown): x is TargetDirection {
  return typeof x === "string" && (TARGET_DIRECTIONS as readonly string[]).includes(x);
}

/**
 * Whether a target is met and how close it is (ratio 0–1, always 1 when met).
 * - at_least: met if measured ≥ target; ratio = min(1, measured/target), target 0 → 1.
 * - at_most: met if measured ≤ target; ratio = 1 when met, else target/measured.
 * - exactly: met if |measured − target| ≤ 1e-9; ratio = 1 − min(1, |measured − target| / max(|target|, 1)).
 * For negative values, where the proportion is meaningless (at_least with target ≤ 0, at_most with
 * target < 0), a target that is not met gives ratio 0; ratios are never below 0.
 * - no target (targetValue null): neither met nor unmet, whatever was measured.
 * Throws RangeError on non-finite numbers or an unknown direction.
 * @example targetAttainment({ targetValue: 4, direction: "at_least", measuredValue: 3 }) // { met: false, ratio: 0.75 }
 */
export function targetAttainment(input: AttainmentInput): Attainment {
  const { targetValue: target, direction, measuredValue: measured } = input;
  if (target === null) return { met: null, ratio: null };
  if (!Number.isFinite(target)) throw new RangeError(`targetValue must be finite: ${target}`);
  if (!isTargetDirection(direction)) throw new RangeError(`Unknown target direction: ${String(direction)}`);
  if (measured === null || measured === undefined) return { met: null, ratio: null };
  if (!Number.isFinite(measured)) throw new RangeError(`measuredValue must be finite: ${measured}`);

  switch (direction) {
    case "at_least": {
      if (measured >= target) return { met: true, ratio: 1 };
      return { met: false, ratio: target > 0 ? Math.max(0, measured / target) : 0 };
    }
    case "at_most": {
      if (measured <= target) return { met: true, ratio: 1 };
      // Not met and target ≥ 0 implies measured > 0, so the ratio is in [0, 1).
      return { met: false, ratio: target >= 0 ? target / measured : 0 };
    }
    case "exactly": {
      const diff = Math.abs(measured - target);
      if (diff <= EXACT_TOLERANCE) return { met: true, ratio: 1 };
      return { met: false, ratio: 1 - Math.min(1, diff / Math.max(Math.abs(target), 1)) };
    }
  }
}

/** How a target stands: met, not met, not measured yet, or no target to meet. @example "no_target" */
export type AttainmentState = "met" | "not_met" | "not_measured" | "no_target";

/**
 * The state of a target for display: a target without a value is "no_target" (shown as
 * "inget mål"), never compared with 0.
 * @example attainmentState({ targetValue: null, direction: "at_least", measuredValue: 3 }) // "no_target"
 */
export function attainmentState(input: AttainmentInput): AttainmentState {
  if (input.targetValue === null) return "no_target";
  const { met } = targetAttainment(input);
  return met === null ? "not_measured" : met ? "met" : "not_met";
}
