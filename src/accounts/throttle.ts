/**
 * Sign-in throttling (pure), built so that an attacker cannot turn it against staff: failures
 * count per account AND client (the pair of e-mail and address), never per account alone, so
 * guessing at someone's e-mail from one client slows that client and no one else — the right
 * password from any other client still works. After `FREE_FAILURES` failures of a pair, each
 * further attempt waits a delay that doubles (30 s, 1 min, 2 min …) up to `MAX_DELAY_MS`. One
 * client spraying many e-mails is also limited per address (`MAX_FAILURES_PER_ADDRESS`).
 */
export const THROTTLE_WINDOW_MS = 60 * 60 * 1000;
/** Failures a pair may have before the delays start. */
export const FREE_FAILURES = 5;
export const BASE_DELAY_MS = 30 * 1000;
export const MAX_DELAY_MS = 15 * 60 * 1000;
/** Failures from one address across e-mails, per window, before it is refused. */
export const MAX_FAILURES_PER_ADDRESS = 20;
/** How long the address limit refuses once reached (from the latest failure). */
export const ADDRESS_WINDOW_MS = 15 * 60 * 1000;

export interface Attempt {
  attemptedAt: Date;
  succeeded: boolean;
}

export type ThrottleDecision = { allowed: true } | { allowed: false; retryAt: Date };

const byNewest = (a: Attempt, b: Attempt) => b.attemptedAt.getTime() - a.attemptedAt.getTime();

/** The delay after `failures` consecutive failures of a pair: none up to the free ones, then doubling. */
export function delayAfter(failures: number): number {
  if (failures < FREE_FAILURES) return 0;
  return Math.min(MAX_DELAY_MS, BASE_DELAY_MS * 2 ** Math.min(failures - FREE_FAILURES, 30));
}

/**
 * Decides on one account+client pair's attempts: the failures since the pair's latest success
 * (inside the window) set the delay, counted from the latest failure.
 *
 * @example
 * pairDecision(fiveFailuresJustNow, now); // { allowed: false, retryAt: now + 30 s }
 */
export function pairDecision(attempts: Attempt[], now: Date): ThrottleDecision {
  const since = now.getTime() - THROTTLE_WINDOW_MS;
  const recent = attempts
    .filter((a) => a.attemptedAt.getTime() > since && a.attemptedAt.getTime() <= now.getTime())
    .sort(byNewest);
  let failures = 0;
  for (const a of recent) {
    if (a.succeeded) break;
    failures++;
  }
  const delay = delayAfter(failures);
  const latest = recent[0];
  if (delay === 0 || !latest) return { allowed: true };
  const retryAt = new Date(latest.attemptedAt.getTime() + delay);
  return retryAt.getTime() > now.getTime() ? { allowed: false, retryAt } : { allowed: true };
}

/**
 * Decides on one address's failures across e-mails: more than the limit within the address
 * window refuse until enough of them have aged out.
 */
export function addressDecision(attempts: Attempt[], now: Date): ThrottleDecision {
  const since = now.getTime() - ADDRESS_WINDOW_MS;
  const failures = attempts
    .filter(
      (a) => !a.succeeded && a.attemptedAt.getTime() > since && a.attemptedAt.getTime() <= now.getTime(),
    )
    .sort(byNewest);
  if (failures.length < MAX_FAILURES_PER_ADDRESS) return { allowed: true };
  const oldestCounted = failures[MAX_FAILURES_PER_ADDRESS - 1] as Attempt;
  return { allowed: false, retryAt: new Date(oldestCounted.attemptedAt.getTime() + ADDRESS_WINDOW_MS) };
}

/** The later of two decisions' refusals (both keys must allow). */
export function combineDecisions(...decisions: ThrottleDecision[]): ThrottleDecision {
  let latest: Date | null = null;
  for (const d of decisions) if (!d.allowed && (!latest || d.retryAt > latest)) latest = d.retryAt;
  return latest ? { allowed: false, retryAt: latest } : { allowed: true };
}
