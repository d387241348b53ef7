import { findPeriodByCode, listPeriods } from "../periods/periods.repository.js";
import type { Executor } from "../platform/db/client.js";
import { AppError } from "../platform/errors.js";
import type { LocalizedText } from "../platform/i18n/localized-text.js";
import { rowsWithDemoMarkers } from "../platform/markers/markers.repository.js";
import type { Viewer } from "../platform/viewer.js";
import { listCommitmentParties, listCommitments, listPromises } from "../promises/promises.repository.js";
import { listSentReminders, type SentReminder } from "../reminders/reminders.repository.js";
import { roundPolicy } from "./followups.policy.js";
import { listFollowUpsOfPeriod, listPeriodEvents, personNames } from "./round.repository.js";
import type { RoundState } from "./round.types.js";

export interface PeriodOverviewRow {
  commitmentId: string;
  number: number;
  text: LocalizedText;
  promiseRef: string;
  parties: string[];
  state: RoundState | "not_started";
  followUpId: string | null;
  authorName: string | null;
  submittedAt: string | null;
}

export interface PeriodOverview {
  period: {
    id: string;
    code: string;
    endsOn: string;
    deadline: string;
    /** The period's own reminder days; null: the partnership's setting. */
    reminderDaysBefore: number | null;
    closedAt: string | null;
  };
  periods: string[];
  rows: PeriodOverviewRow[];
  canReview: boolean;
  canManagePeriods: boolean;
  demoPromiseRefs: string[];
  /** Reminders sent for this period, oldest first: what kind, for which day, to whom. */
  remindersSent: SentReminder[];
  /** Its closes and reopens, oldest first: who, when and (for a reopen) why. */
  history: PeriodEvent[];
}

export interface PeriodEvent {
  action: "closed" | "reopened";
  at: string;
  who: string;
  reason: string | null;
}

/** The coordinator's view of a period: every point × responsible parties, its state, who reported and when. */
export async function getPeriodOverview(options: {
  db: Executor;
  viewer: Viewer;
  partnershipId: string;
  period: string;
}): Promise<PeriodOverview> {
  const { db, viewer, partnershipId } = options;
  roundPolicy.authorize(viewer, "read", { partnershipId });
  const period = await findPeriodByCode(db, partnershipId, options.period);
  if (!period) throw new AppError("not_found", { entity: "period", value: options.period });
  const promises = (await listPromises(db, { partnershipId, year: period.year })).filter(
    (p) => p.status !== "draft" && p.status !== "in_consultation",
  );
  const commitments = await listCommitments(
    db,
    promises.map((p) => p.id),
  );
  const [parties, followUps, periods, demo, remindersSent, events] = await Promise.all([
    listCommitmentParties(
      db,
      commitments.map((c) => c.id),
    ),
    listFollowUpsOfPeriod(db, [period.id]),
    listPeriods(db, partnershipId),
    rowsWithDemoMarkers(
      db,
      "promises",
      promises.map((p) => p.id),
    ),
    listSentReminders(db, period.id),
    listPeriodEvents(db, period.id),
  ]);
  const names = await personNames(db, [
    ...new Set(followUps.flatMap((f) => (f.authorId ? [f.authorId] : []))),
  ]);
  const refOf = new Map(promises.map((p) => [p.id, p.ref]));
  return {
    period: {
      id: period.id,
      code: period.code,
      endsOn: period.endsOn,
      deadline: period.deadline,
      reminderDaysBefore: period.reminderDaysBefore,
      closedAt: period.closedAt?.toISOString() ?? null,
    },
    periods: periods.map((p) => p.code),
    rows: commitments.map((c) => {
      const f = followUps.find((x) => x.commitmentId === c.id);
      return {
        commitmentId: c.id,
        number: c.number,
        text: c.text,
        promiseRef: refOf.get(c.promiseId) ?? "",
        parties: parties
          .filter((p) => p.commitmentId === c.id && p.role === "responsible")
          .map((p) => p.name),
        state: (f?.state ?? "not_started") as PeriodOverviewRow["state"],
        followUpId: f?.id ?? null,
        authorName: f?.authorId ? (names.get(f.authorId) ?? null) : null,
        submittedAt: f?.submittedAt?.toISOString() ?? null,
      };
    }),
    canReview: roundPolicy.allows(viewer, "review", { partnershipId }),
    canManagePeriods: roundPolicy.allows(viewer, "managePeriods", { partnershipId }),
    demoPromiseRefs: promises.filter((p) => demo.has(p.id)).map((p) => p.ref),
    remindersSent,
    history: events.map((e) => ({
      action: e.action === "period.closed" ? "closed" : "reopened",
      at: e.occurredAt.toISOString(),
      who: e.actorLabel,
      reason: (e.after as { reason?: string } | null)?.reason ?? null,
    })),
  };
}
