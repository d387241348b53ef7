/**
 * What residents may see, in one place. Every public reader (pages, the public API, and every feed
 * or export to come) selects through these lists, whoever is signed in: a staff member on a public
 * address sees exactly what a resident sees. Drafts are previewed inside the workspace only, and
 * that preview is the one action this policy authorizes.
 */
import { definePolicy, EVERY_ROLE, type InPartnership, partnershipRule } from "../platform/policy.js";
import type { PromiseStatus } from "../promises/lifecycle.js";

/** A promise is public from the moment it is published: published, uppföljs, återrapporterat, avslutat. */
export const PUBLIC_PROMISE_STATUSES = [
  "published",
  "following_up",
  "reported_back",
  "closed",
] as const satisfies readonly PromiseStatus[];

/** Of a public promise's follow-ups, residents see the approved ones only. */
export const PUBLIC_FOLLOW_UP_STATES = ["approved"] as const;

/**
 * A report-back edition is public when its decision chain has reached "published" (its document
 * is the one frozen at the decision); a later published edition marks it replaced, and it stays
 * public and readable.
 *
 * A period report is public when the promise is public, the period is closed, and every
 * follow-up of the promise's points in that period is approved (at least one): a period still
 * being reviewed would mix approved and unapproved results. It is assembled from approved
 * follow-ups only. (Applied in SQL: PUBLIC_PERIOD_REPORT in publishing.repository.ts.)
 */
export const PUBLIC_REPORT_STATUSES = ["published"] as const;

/**
 * Figures about people (participants of dialogues, how many raised a problem) are shown to
 * residents only from this count up; a smaller cell is "färre än 5" (GDPR art. 10: few people in
 * a small area can be recognised). The problems' own words are staff-written free text: they are
 * public only when the dialogue is marked public (`dialogues.public`); otherwise residents see the
 * category and the count.
 */
export const SUPPRESS_BELOW = 5;

/** A count as residents may see it: the number, or null for "fewer than SUPPRESS_BELOW". */
export function suppressSmallCount(n: number): number | null {
  return n < SUPPRESS_BELOW ? null : n;
}

/**
 * A weekly lägesbild of incidents (EST) is public while the samordnare has published it
 * (`incident_situations.published_at` set; only a shared one can be) — its own act
 * (`incidents.publishSituation`), never a side effect of sharing with the partnership. Residents
 * see the week's counts per category and nothing else: not the areas (with the category counts
 * beside them, one hidden area could be worked out by subtraction, and a small area with a count
 * points at a building), not the totals (the total minus the shown categories would give away a
 * hidden one), not the trends or the earlier weeks' means, never the reports, their descriptions
 * or places. Not the coordinator's assessment either: it is written for the partnership, and
 * publishing figures should not publish an analysis that may name places, groups or measures
 * not yet decided. Every count from 1 to 4 is "färre än 5" (`incidents/suppression.ts`
 * `suppressedNumber`, the export's function); zero is shown. (Applied in SQL and in
 * `public-incidents.ts`.)
 */
export const PUBLIC_SITUATION_STATE = "shared" as const;

/** At most this many published weeks are shown, newest first. */
export const PUBLIC_SITUATION_WEEKS = 8;

export function isPublicPromiseStatus(status: string): boolean {
  return (PUBLIC_PROMISE_STATUSES as readonly string[]).includes(status);
}

export const publishingPolicy = definePolicy<{ preview: InPartnership }>("publishing", {
  /**
   * Previewing a promise as residents would see it, drafts and unapproved follow-ups included
   * (clearly marked): anyone with a role in the promise's partnership. Residents are asked to
   * sign in; other partnerships' staff are told nothing exists.
   */
  preview: partnershipRule({ roles: EVERY_ROLE }),
});
