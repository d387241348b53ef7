/**
 * Follow-up statuses of a commitment for a reporting period. Labels live in the message catalogs;
 * here only codes, default progress and whether the status counts toward progress.
 */

/** Status codes. @example const s: FollowUpStatus = "in_progress"; */
export type FollowUpStatus =
  | "not_started"
  | "in_progress"
  | "done"
  | "partly_done"
  | "not_done"
  | "not_applicable";

/** Facts about one status. @example statusInfo("done").defaultProgress // 100 */
export interface FollowUpStatusInfo {
  readonly code: FollowUpStatus;
  /** Percent 0–100 used by the progress roll-up. */
  readonly defaultProgress: number;
  /** False means commitments with this status are left out of the progress roll-up. */
  readonly countsTowardProgress: boolean;
}

/** All statuses in display order. @example FOLLOW_UP_STATUSES.map((s) => s.code)[0] // "not_started" */
export const FOLLOW_UP_STATUSES: readonly FollowUpStatusInfo[] = Object.freeze(
  [
    { code: "not_started", defaultProgress: 0, countsTowardProgress: true },
    { code: "in_progress", defaultProgress: 50, countsTowardProgress: true },
    { code: "done", defaultProgress: 100, countsTowardProgress: true },
    { code: "partly_done", defaultProgress: 50, countsTowardProgress: true },
    { code: "not_done", defaultProgress: 0, countsTowardProgress: true },
    { code: "not_applicable", defaultProgress: 0, countsTowardProgress: false },
  ].map((s) => Object.freeze(s as FollowUpStatusInfo)),
);

const BY_CODE = new Map<string, FollowUpStatusInfo>(FOLLOW_UP_STATUSES.map((s) => [s.code, s]));

/** Type guard for status codes. @example isFollowUpStatus("done") // true; isFollowUpStatus("klar") // false */
export function isFollowUpStatus(x: unknown): x is FollowUpStatus {
  return typeof x === "string" && BY_CODE.has(x);
}

/** Facts about a status; throws RangeError for an unknown code. @example statusInfo("not_applicable").countsTowardProgress // false */
export function statusInfo(code: FollowUpStatus): FollowUpStatusInfo {
  const info = BY_CODE.get(code);
  if (!info) throw new RangeError(`Unknown follow-up status: ${String(code)}`);
  return info;
}
