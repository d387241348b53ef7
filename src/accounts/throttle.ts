/**
 * Sign-in throttling (pure): more than `limit` failures for one e-mail, or from one address,
 * within the window refuse further attempts until enough of them have aged out.
 */
export const THROTTLE_WINDOW_MS = 15 * 60 * 1000;
export const MAX_FAILURES_PER_EMAIL = 5;
export const MAX_FAILURES_PER_ADDRESS = 20;

export interface Attempt {
  attemptedAt: Date;
  succeeded: boolean;
}

export type ThrottleDecision = { allowed: true } | { allowed: false; retryAt: Date };

/**
 * Decides on one key's attempts. Failures count inside the window; with `resetOnSuccess` (per
 * account) a successful sign-in clears the failures before it. When refused, `retryAt` is when
 * the oldest counted failure leaves the window and one more attempt becomes possible.
 *
 * @example
 * throttleDecision(attempts, new Date(), 5); // { allowed: false, retryAt } after 5 failures
 */
export function throttleDecision(
  attempts: Attempt[],
  now: Date,
  limit: number,
  options: { windowMs?: number; resetOnSuccess?: boolean } = {},
): ThrottleDecision {
  const windowMs = options.windowMs ?? THROTTLE_WINDOW_MS;
  const since = now.getTime() - windowMs;
  const inWindow = attempts
    .filter((a) => a.attemptedAt.getTime() > since && a.attemptedAt.getTime() <= now.getTime())
    .sort((a, b) => b.attemptedAt.getTime() - a.attemptedAt.getTime());
  const failures: Date[] = [];
  for (const a of inWindow) {
    if (a.succeeded) {
      if (options.resetOnSuccess) break;
      continue;
    }
    failures.push(a.attemptedAt);
  }
  if (failures.length < limit) return { allowed: true };
  const oldestCounted = failures[limit - 1] as Date;
  return { allowed: false, retryAt: new Date(oldestCounted.getTime() + windowMs) };
}

/** The later of two decisions' refusals (both keys must allow). */
export function combineDecisions(...decisions: ThrottleDecision[]): ThrottleDecision {
  let latest: Date | null = null;
  for (const d of decisions) if (!d.allowed && (!latest || d.retryAt > latest)) latest = d.retryAt;
  return latest ? { allowed: false, retryAt: latest } : { allowed: true };
}
