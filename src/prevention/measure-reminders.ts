/**
 * Reminders of the åtgärdsplan's measures, in step with the round's reminders of points: on the
 * same days (`dueReminders`: the partnership's days before the deadline, and the day after it) a
 * daily scan schedules one `prevention.remindMeasures` job per period and kind, keyed by period,
 * kind and due date, so each is sent exactly once however often the scan runs. The job mails each
 * owner (the reporting roles, by `prevention.followUp`'s ownership rule) the measures they have not
 * followed up in the period; after the deadline, measures nobody can report on go to the
 * samordnare. Measures that are promise points are reminded as points.
 */
import { z } from "zod";
import { periodName } from "../periods/calendar.js";
import { listPeriods } from "../periods/periods.repository.js";
import { type Clock, swedishHourOn } from "../platform/clock.js";
import type { Executor } from "../platform/db/client.js";
import { IsoDateSchema } from "../platform/http/schemas.js";
import { translator } from "../platform/i18n/index.js";
import { defineJob } from "../platform/jobs/job.js";
import { scheduleJob } from "../platform/jobs/schedule-job.js";
import { queueMail } from "../platform/mail/queue-mail.js";
import type { RoleGrant } from "../platform/viewer.js";
import { coordinatorsOf, type GrantHolder } from "../reminders/due.js";
import { swedishLongDate } from "../reminders/reminder-mail.js";
import { REMINDER_HOUR, remindersDueOn } from "../reminders/reminders.jobs.js";
import { findReminderPeriod, listReminderGrants } from "../reminders/reminders.repository.js";
import { OWNER_ROLES, pendingFollowUps } from "./my-measures.js";
import { ownsMeasure } from "./prevention.policy.js";
import * as repo from "./prevention.repository.js";

const MEASURE_REMINDER_KINDS = ["before_deadline", "overdue"] as const;

/** The job key of one period's measure reminders of one kind and due date. */
export const measureReminderKey = (periodId: string, kind: string, dueOn: string) =>
  `prevention:reminder:${periodId}:${kind}:${dueOn}`;

type Measure = Awaited<ReturnType<typeof repo.listReportableMeasures>>[number];

const asGrant = (partnershipId: string, g: GrantHolder): RoleGrant => ({
  partnershipId,
  role: g.role as RoleGrant["role"],
  partyId: g.partyId,
  unitIds: g.unitIds,
});

export const remindMeasuresJob = defineJob({
  kind: "prevention.remindMeasures",
  payload: z.object({ periodId: z.uuid(), kind: z.enum(MEASURE_REMINDER_KINDS), dueOn: IsoDateSchema }),
  async handle({ tx, payload, deps, audit }) {
    const period = await findReminderPeriod(tx, payload.periodId);
    if (!period || period.closed) return;
    const { partnershipId } = period;
    const measures = await repo.listReportableMeasures(tx, partnershipId);
    const [periods, followUps, grants] = await Promise.all([
      listPeriods(tx, partnershipId),
      repo.listMeasureFollowUps(
        tx,
        measures.map((m) => m.id),
      ),
      listReminderGrants(tx, partnershipId),
    ]);
    const pending = pendingFollowUps(measures, followUps, periods, deps.clock.today())
      .filter((p) => p.period.id === period.id)
      .map((p) => p.measure);
    if (pending.length === 0) return;

    const owners = (m: Measure) =>
      grants.filter(
        (g) =>
          OWNER_ROLES.includes(g.role) && ownsMeasure(asGrant(partnershipId, g), { ...m, partnershipId }),
      );
    const byRecipient = new Map<string, { name: string; email: string; measures: Measure[] }>();
    const add = (g: { accountId: string; name: string; email: string }, m: Measure) => {
      const entry = byRecipient.get(g.accountId) ?? { name: g.name, email: g.email, measures: [] };
      if (!entry.measures.includes(m)) entry.measures.push(m);
      byRecipient.set(g.accountId, entry);
    };
    for (const m of pending) for (const g of owners(m)) add(g, m);
    const unowned = pending.filter((m) => owners(m).length === 0);

    const t = translator("sv");
    const params = { period: periodName(period.code, "sv"), deadline: swedishLongDate(period.deadline) };
    const base = `${deps.config.publicUrl}/arbete/${period.partnershipSlug}`;
    const text = (name: string, kind: string, measuresOf: Measure[], url: string) =>
      [
        t("reminders.mail.greeting", { name }),
        "",
        t(`prevention.reminder.${kind}.intro` as never, params),
        "",
        ...measuresOf.map((m) =>
          t("prevention.reminder.line", { title: m.title, year: m.year, party: m.responsiblePartyName }),
        ),
        "",
        kind === "unowned"
          ? t("prevention.reminder.unowned.action", { url })
          : t("prevention.reminder.action", { url }),
        "",
        "-- ",
        t("reminders.mail.footer", { partnership: period.partnershipName }),
        "",
      ].join("\n");
    const mails: { kind: string; to: string; subject: string; text: string }[] = [];
    for (const r of byRecipient.values()) {
      mails.push({
        kind: `reminder.measure_${payload.kind}`,
        to: r.email,
        subject: t(`prevention.reminder.${payload.kind}.subject`, params),
        text: text(r.name, payload.kind, r.measures, base),
      });
    }
    if (payload.kind === "overdue" && unowned.length > 0) {
      for (const c of coordinatorsOf(grants)) {
        mails.push({
          kind: "reminder.measure_unowned",
          to: c.email,
          subject: t("prevention.reminder.unowned.subject", params),
          text: text(c.name, "unowned", unowned, `${base}/lagesbild`),
        });
      }
    }
    for (const mail of mails) {
      await queueMail(tx, deps, { partnershipId, ...mail });
    }
    if (mails.length > 0) {
      audit({
        action: "measure_reminders.sent",
        entityType: "reporting_period",
        entityId: period.id,
        partnershipId,
        after: {
          kind: payload.kind,
          dueOn: payload.dueOn,
          measures: pending.map((m) => m.id),
          recipients: mails.map((m) => m.to),
        },
      });
    }
  },
});

export const scanMeasureRemindersJob = defineJob({
  kind: "prevention.scanReminders",
  payload: z.object({ date: IsoDateSchema }),
  async handle({ tx, payload, deps }) {
    for (const { period, due } of await remindersDueOn(tx, payload.date)) {
      if (due.kind === "coordinator_overdue") continue;
      await scheduleJob(tx, {
        job: remindMeasuresJob,
        uniqueKey: measureReminderKey(period.id, due.kind, due.dueOn),
        runAt: deps.clock.now(),
        payload: { periodId: period.id, kind: due.kind, dueOn: due.dueOn },
      });
    }
  },
});

/** Schedules today's scan (one key per day) from the reminders' hour. */
export async function scheduleMeasureReminderScan(ex: Executor, clock: Clock): Promise<void> {
  const today = clock.today();
  await scheduleJob(ex, {
    job: scanMeasureRemindersJob,
    uniqueKey: `prevention:scan:${today}`,
    runAt: swedishHourOn(today, REMINDER_HOUR),
    payload: { date: today },
  });
}
