/**
 * Reminders of overdue findings (open past their target date), with the reminders' mechanism
 * (src/reminders/: the daily scan hour, the grants of who reports, the outbox): a daily scan
 * schedules one `walks.remindOverdue` job per overdue finding and ISO week — the job key names the
 * week's Monday, so each finding is reminded once a week, exactly once however often the scan
 * runs. The job mails the finding's owners (reporters by the walks' table); when nobody owns it,
 * the samordnare.
 */
import { z } from "zod";
import { addDays, parseIsoDate } from "../periods/iso-date.js";
import { type Clock, swedishHourOn } from "../platform/clock.js";
import type { Executor } from "../platform/db/client.js";
import { IsoDateSchema } from "../platform/http/schemas.js";
import { translator } from "../platform/i18n/index.js";
import { defineJob } from "../platform/jobs/job.js";
import { scheduleJob } from "../platform/jobs/schedule-job.js";
import { queueMail } from "../platform/mail/queue-mail.js";
import type { RoleGrant } from "../platform/viewer.js";
import { REMINDER_HOUR } from "../reminders/reminders.jobs.js";
import { listReminderGrants } from "../reminders/reminders.repository.js";
import { OWNER_ROLES } from "./my-findings.js";
import { ownershipOf } from "./walks.js";
import { walksPolicy } from "./walks.policy.js";
import * as repo from "./walks.repository.js";

/** The Monday of the ISO week of a date. */
export function weekMonday(iso: string): string {
  const { year, month, day } = parseIsoDate(iso);
  const weekday = (new Date(Date.UTC(year, month - 1, day)).getUTCDay() + 6) % 7;
  return addDays(iso, -weekday);
}

export const overdueReminderKey = (findingId: string, date: string) =>
  `walks:overdue:${findingId}:${weekMonday(date)}`;

export const remindOverdueFindingJob = defineJob({
  kind: "walks.remindOverdue",
  payload: z.object({ findingId: z.uuid(), walkId: z.uuid(), week: IsoDateSchema }),
  async handle({ tx, payload, deps, audit }) {
    const finding = await repo.findFinding(tx, payload.walkId, payload.findingId);
    if (!finding || (finding.status !== "new" && finding.status !== "in_progress")) return;
    const walk = await repo.findWalk(tx, finding.partnershipId, finding.walkId);
    const grants = await listReminderGrants(tx, finding.partnershipId);
    const asGrant = (g: (typeof grants)[number]): RoleGrant => ({
      partnershipId: finding.partnershipId,
      role: g.role as RoleGrant["role"],
      partyId: g.partyId,
      unitIds: g.unitIds,
    });
    const allows = (g: (typeof grants)[number]) =>
      walksPolicy.allows(
        {
          kind: "account",
          accountId: g.accountId,
          personId: null,
          name: g.name,
          email: g.email,
          grants: [asGrant(g)],
          mustChangePassword: false,
        },
        "updateStatus",
        ownershipOf(finding),
      );
    let recipients = grants.filter((g) => OWNER_ROLES.includes(g.role) && allows(g));
    if (recipients.length === 0) recipients = grants.filter((g) => g.role === "coordinator");
    const to = [...new Set(recipients.map((r) => r.email))];
    if (to.length === 0) return;
    const t = translator("sv");
    const slug = await repo.findPartnershipSlug(tx, finding.partnershipId);
    const link = `${deps.config.publicUrl}/arbete/${slug}/trygghetsvandringar/${finding.walkId}#fynd-${finding.number}`;
    for (const address of to)
      await queueMail(tx, deps, {
        partnershipId: finding.partnershipId,
        kind: "reminder.walk_finding_overdue",
        to: address,
        subject: t("walks.reminder.subject", { number: finding.number, area: walk?.areaName ?? "" }),
        text: t("walks.reminder.text", {
          number: finding.number,
          area: walk?.areaName ?? "",
          walkedOn: walk?.walkedOn ?? "",
          category: t(`walks.category.${finding.category}` as never),
          targetDate: finding.targetDate,
          status: t(`walks.status.${finding.status}` as never),
          link,
        }),
      });
    audit({
      action: "walk_finding.reminded",
      entityType: "walk_finding",
      entityId: finding.id,
      partnershipId: finding.partnershipId,
      after: { week: payload.week, recipients: to },
    });
  },
});

export const scanOverdueFindingsJob = defineJob({
  kind: "walks.scanOverdue",
  payload: z.object({ date: IsoDateSchema }),
  async handle({ tx, payload, deps }) {
    for (const f of await repo.listOverdueFindings(tx, payload.date)) {
      await scheduleJob(tx, {
        job: remindOverdueFindingJob,
        uniqueKey: overdueReminderKey(f.id, payload.date),
        runAt: deps.clock.now(),
        payload: { findingId: f.id, walkId: f.walkId, week: weekMonday(payload.date) },
      });
    }
  },
});

/** Schedules today's scan (one key per day) from the reminders' hour. */
export async function scheduleOverdueScan(ex: Executor, clock: Clock): Promise<void> {
  const today = clock.today();
  await scheduleJob(ex, {
    job: scanOverdueFindingsJob,
    uniqueKey: `walks:scan:${today}`,
    runAt: swedishHourOn(today, REMINDER_HOUR),
    payload: { date: today },
  });
}
