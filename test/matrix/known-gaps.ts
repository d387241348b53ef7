/**
 * Answers that disagree with the tables today. Each is reported to the owner of the route and
 * listed here so the rest of the matrix keeps guarding; a listed case must still answer exactly
 * as written (and change nothing), so the test fails once it is fixed — then remove the line.
 */
import type { PlannedCase } from "./run.js";

export interface KnownGap {
  /** The route (as in the catalog). */
  route: string;
  when(c: PlannedCase): boolean;
  /** What the case answers instead. */
  got: string;
  why: string;
}

export const KNOWN_GAPS: readonly KnownGap[] = [];

export function knownGapOf(c: PlannedCase): KnownGap | undefined {
  return KNOWN_GAPS.find((g) => g.route === c.entry.route && g.when(c));
}
