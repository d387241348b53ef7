/**
 * Small counts can point at people (a street with one incident), so every figure shown outside the
 * circle that may read raw reports, and every export, hides a count from 1 to 4 as "<5". Zero is
 * shown: nothing happened, nobody can be pointed at.
 */
export const SUPPRESS_BELOW = 5;

/** The count as shown: the number, or "<5". */
export function suppressed(count: number): string {
  return count > 0 && count < SUPPRESS_BELOW ? `<${SUPPRESS_BELOW}` : String(count);
}

/** The count as a number, or null when it must be hidden (for JSON answers). */
export function suppressedNumber(count: number): number | null {
  return count > 0 && count < SUPPRESS_BELOW ? null : count;
}
