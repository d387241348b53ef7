/**
 * Which reminders are due on a given day, and to whom: pure rules, no I/O.
 */
import { grantWritesPoint, roundPolicy } from "../followups/followups.policy.js";
import { addDays } from "../periods/iso-date.js";
import { rolesOf } from "../platform/policy.js";

/** before_deadline and overdue go to reporters; coordinator_overdue to the coordinators. */
export const REMINDER_KINDS = ["before_deadline", "overdue", "coordinator_overdue"] as const;
export type ReminderKind = (typeof REMINDER_KINDS)[number];

/**
 * Days after its due date that a missed reminder is still sent (the server may have been down on
 * the day). The job key names the due date, so a reminder is still sent only once.
 */
export const OVERDUE_CATCH_UP_DAYS = 6;

export interface DueReminder {
  kind: ReminderKind;
  /** The day the reminder belongs to; part of its job key. */
  dueOn: string;
}

/**
 * The reminders of one period due on `today`: `daysBefore` days before the deadline (and, to catch
 * up, until the deadline), and the day after the deadline (catch-up for a few days) both to the
 * late reporters and to the coordinators.
 * @example dueReminders("2017-05-08", "2017-05-15", 7) // [{ kind: "before_deadline", dueOn: "2017-05-08" }]
 */
export function dueReminders(today: string, deadline: string, daysBefore: number): DueReminder[] {
  const beforeOn = addDays(deadline, -daysBefore);
  const overdueOn = addDays(deadline, 1);
  if (today >= beforeOn && today <= deadline) return [{ kind: "before_deadline", dueOn: beforeOn }];
  if (today >= overdueOn && today <= addDays(overdueOn, OVERDUE_CATCH_UP_DAYS)) {
    return [
      { kind: "overdue", dueOn: overdueOn },
      { kind: "coordinator_overdue", dueOn: overdueOn },
    ];
  }
  return [];
}

/** One point of a promise and where its follow-up for the period stands. */
export interface PointState {
  commitmentId: string;
  number: number;
  /** The point's text in Swedish (shortened in mails). */
  text: string;
  promiseId: string;
  promiseTitle: string;
  promiseStatus: string;
  partnershipId: string;
  responsibleKind: string;
  /** Responsible parties (contributors do not report). */
  partyIds: string[];
  unitIds: string[];
  /** null: no follow-up written yet. */
  followUpState: "draft" | "submitted" | "returned" | "approved" | null;
}

/** A role held by an account, as the reminders need it. */
export interface GrantHolder {
  accountId: string;
  email: string;
  name: string;
  role: string;
  partyId: string | null;
  unitIds: string[];
}

export interface Recipient {
  accountId: string;
  email: string;
  name: string;
  points: PointState[];
}

/** Points of promises being followed up whose follow-up is not yet submitted (or was returned). */
export function pointsAwaitingReport(points: readonly PointState[]): PointState[] {
  return points.filter(
    (p) =>
      p.promiseStatus === "following_up" && p.followUpState !== "submitted" && p.followUpState !== "approved",
  );
}

/**
 * Roles reminded to report: the rapportör and the kommunpolis. The samordnare may write every
 * point too, but is sent the list of late points instead.
 */
const REPORTING_ROLES: readonly string[] = ["reporter", "police_coordinator"];

/**
 * True when the grant makes its holder a reporter of the point: a reporting role that may write
 * the point's follow-up by the round's rule (`roundPolicy`, followups.policy.ts).
 */
function reportsOn(grant: GrantHolder, point: PointState): boolean {
  if (!REPORTING_ROLES.includes(grant.role)) return false;
  return grantWritesPoint(grant, {
    partnershipId: point.partnershipId,
    responsibleKind: point.responsibleKind,
    responsiblePartyIds: point.partyIds,
    unitIds: point.unitIds,
  });
}

/** Each reporter with the points they still have to report, in the given order; nobody without any. */
export function reportersToRemind(
  points: readonly PointState[],
  grants: readonly GrantHolder[],
): Recipient[] {
  const awaiting = pointsAwaitingReport(points);
  const byAccount = new Map<string, Recipient>();
  for (const grant of grants) {
    for (const point of awaiting) {
      if (!reportsOn(grant, point)) continue;
      const recipient = byAccount.get(grant.accountId) ?? {
        accountId: grant.accountId,
        email: grant.email,
        name: grant.name,
        points: [],
      };
      if (!recipient.points.includes(point)) recipient.points.push(point);
      byAccount.set(grant.accountId, recipient);
    }
  }
  for (const r of byAccount.values()) r.points.sort((a, b) => awaiting.indexOf(a) - awaiting.indexOf(b));
  return [...byAccount.values()];
}

/** A late point: its responsible parties and who was reminded to report it. */
export interface LatePoint {
  point: PointState;
  partyIds: string[];
  reporterNames: string[];
}

/** The late points of a period, for the coordinators' mail. */
export function latePoints(points: readonly PointState[], grants: readonly GrantHolder[]): LatePoint[] {
  return pointsAwaitingReport(points).map((point) => ({
    point,
    partyIds: point.partyIds,
    reporterNames: [...new Set(grants.filter((g) => reportsOn(g, point)).map((g) => g.name))],
  }));
}

/** Who reviews the round (the samordnare, by the round's table) is told of late points. */
const REVIEWERS: readonly string[] = rolesOf(roundPolicy.rules.review);

/** Coordinators (samordnare) of the partnership — those who review the round — once each. */
export function coordinatorsOf(grants: readonly GrantHolder[]): Recipient[] {
  const seen = new Map<string, Recipient>();
  for (const g of grants) {
    if (REVIEWERS.includes(g.role) && !seen.has(g.accountId)) {
      seen.set(g.accountId, { accountId: g.accountId, email: g.email, name: g.name, points: [] });
    }
  }
  return [...seen.values()];
}
