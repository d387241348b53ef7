import { z } from "zod";
import { addDays } from "../periods/iso-date.js";
import { type Clock, swedishHourOn } from "../platform/clock.js";
import type { Executor } from "../platform/db/client.js";
import { IsoDateSchema } from "../platform/http/schemas.js";
import { defineJob } from "../platform/jobs/job.js";
import { scheduleJob } from "../platform/jobs/schedule-job.js";
import { queueMail } from "../platform/mail/queue-mail.js";
import {
  coordinatorsOf,
  type DueReminder,
  dueReminders,
  latePoints,
  OVERDUE_CATCH_UP_DAYS,
  REMINDER_KINDS,
  reportersToRemind,
} from "./due.js";
import { coordinatorMail, type ReminderMailContext, reporterMail } from "./reminder-mail.js";
import {
  findReminderPeriod,
  listOpenPeriodsWithDeadlineBetween,
  listPartyNames,
  listPeriodPoints,
  listReminderGrants,
  type ReminderPeriod,
} from "./reminders.repository.js";

/** The job key of one reminder: once per period, kind and due date. */
export function reminderJobKey(periodId: string, kind: string, dueOn: string): string {
  return `reminder:${periodId}:${kind}:${dueOn}`;
}

/** The job key of the daily scan. */
export function reminderScanKey(date: string): string {
  return `reminders:scan:${date}`;
}

/** Deadlines further ahead than this never have a reminder due today (reminder_days_before ≤ 60). */
const MAX_DAYS_BEFORE = 60;

/**
 * The open periods (of every partnership) with a reminder due on `date`, each with its reminders.
 * The round's scan asks it, and so do modules that remind in step with it (the åtgärdsplan's
 * measures).
 */
export async function remindersDueOn(
  ex: Executor,
  date: string,
): Promise<{ period: ReminderPeriod; due: DueReminder }[]> {
  const periods = await listOpenPeriodsWithDeadlineBetween(
    ex,
    addDays(date, -(1 + OVERDUE_CATCH_UP_DAYS)),
    addDays(date, MAX_DAYS_BEFORE),
  );
  return periods.flatMap((period) =>
    dueReminders(date, period.deadline, period.reminderDaysBefore).map((due) => ({ period, due })),
  );
}

/**
 * Sends the reminders of one period of one kind: computes the recipients when it runs and writes
 * each mail to the outbox in the job's transaction, so each is written exactly once.
 */
export const sendRemindersJob = defineJob({
  kind: "reminders.send",
  payload: z.object({ periodId: z.uuid(), kind: z.enum(REMINDER_KINDS), dueOn: IsoDateSchema }),
  async handle({ tx, payload, deps, audit }) {
    const period = await findReminderPeriod(tx, payload.periodId);
    if (!period || period.closed) return;
    const [points, grants] = await Promise.all([
      listPeriodPoints(tx, period),
      listReminderGrants(tx, period.partnershipId),
    ]);
    const ctx: ReminderMailContext = {
      publicUrl: deps.config.publicUrl,
      partnership: { name: period.partnershipName, slug: period.partnershipSlug },
      period: { code: period.code, deadline: period.deadline },
    };
    const mails: { to: string; subject: string; text: string }[] = [];
    if (payload.kind === "coordinator_overdue") {
      const late = latePoints(points, grants);
      if (late.length > 0) {
        const partyNames = await listPartyNames(tx, period.partnershipId);
        for (const c of coordinatorsOf(grants))
          mails.push({ to: c.email, ...coordinatorMail(ctx, c, late, partyNames) });
      }
    } else {
      for (const r of reportersToRemind(points, grants)) {
        mails.push({ to: r.email, ...reporterMail(ctx, payload.kind, r) });
      }
    }
    for (const mail of mails) {
      await queueMail(tx, deps, {
        partnershipId: period.partnershipId,
        kind: `reminder.${payload.kind}`,
        ...mail,
      });
    }
    if (mails.length > 0) {
      audit({
        action: "reminders.sent",
        entityType: "reporting_period",
        entityId: period.id,
        partnershipId: period.partnershipId,
        after: { kind: payload.kind, dueOn: payload.dueOn, recipients: mails.map((m) => m.to) },
      });
    }
  },
});

/**
 * The daily scan: finds the periods with a reminder due on `date` and schedules one
 * `reminders.send` job for each (idempotent by key).
 */
export const scanRemindersJob = defineJob({
  kind: "reminders.scan",
  payload: z.object({ date: IsoDateSchema }),
  async handle({ tx, payload, deps }) {
    for (const { period, due } of await remindersDueOn(tx, payload.date)) {
      await scheduleJob(tx, {
        job: sendRemindersJob,
        uniqueKey: reminderJobKey(period.id, due.kind, due.dueOn),
        runAt: deps.clock.now(),
        payload: { periodId: period.id, kind: due.kind, dueOn: due.dueOn },
      });
    }
  },
});

/** The hour (Swedish time) from which the day's reminders are sent. */
export const REMINDER_HOUR = 7;

/**
 * Schedules today's reminder scan (idempotent: one key per day). Called by every scheduler tick,
 * in every server process; only the first insert of a key wins. The scan runs from 07:00 Swedish
 * time, so reminders arrive in the morning.
 */
export async function scheduleReminderScan(ex: Executor, clock: Clock): Promise<void> {
  const today = clock.today();
  await scheduleJob(ex, {
    job: scanRemindersJob,
    uniqueKey: reminderScanKey(today),
    runAt: swedishHourOn(today, REMINDER_HOUR),
    payload: { date: today },
  });
}
