/**
 * The reporting calendar's use cases: a partnership's rhythm (its administrator: scheme, default
 * deadline and reminder days), and one period's deadline and reminder days (the coordinator, who
 * also closes and reopens periods). Both audited.
 */
import { type PeriodKey, resolvePeriod } from "../followups/round-access.js";
import { partnershipsPolicy } from "../partnerships/partnerships.policy.js";
import { findPartnership, updatePartnershipReporting } from "../partnerships/partnerships.repository.js";
import type { Db, Executor } from "../platform/db/client.js";
import { actorOf, mutate } from "../platform/db/mutation.js";
import { AppError } from "../platform/errors.js";
import type { Viewer } from "../platform/viewer.js";
import { periodName } from "./calendar.js";
import { type PeriodRow, updatePeriodSchedule } from "./periods.repository.js";
import type { PeriodScheduleInput, ReportingSettingsInput } from "./periods.types.js";
import { type PeriodSync, syncPartnershipPeriods } from "./sync-periods.js";

const scheduleOf = (p: PeriodRow, locale = "sv") => ({
  id: p.id,
  code: p.code,
  name: periodName(p.code, locale),
  endsOn: p.endsOn,
  deadline: p.deadline,
  reminderDaysBefore: p.reminderDaysBefore,
});

/**
 * Changes one period's deadline (not before the period ends) and its reminder days (null: the
 * partnership's setting). A closed period keeps its schedule (409).
 */
export async function changePeriodSchedule(options: {
  db: Db;
  viewer: Viewer;
  period: PeriodKey;
  input: PeriodScheduleInput;
  locale?: string;
}) {
  const { db, viewer, input } = options;
  const period = await resolvePeriod(db, viewer, options.period, "managePeriods");
  if (period.closedAt)
    throw new AppError("transition_refused", { entity: "period_closed", period: period.code });
  if (input.deadline < period.endsOn) {
    throw new AppError("invalid_body", {
      entity: "deadline_before_end",
      param: "deadline",
      value: input.deadline,
    });
  }
  return mutate(db, actorOf(viewer), async (tx, audit) => {
    const row = await updatePeriodSchedule(tx, period.id, input);
    if (!row) throw new AppError("not_found", { entity: "period", value: period.code });
    audit({
      action: "period.schedule_changed",
      entityType: "reporting_period",
      entityId: period.id,
      partnershipId: period.partnershipId,
      before: scheduleOf(period),
      after: scheduleOf(row),
    });
    return scheduleOf(row, options.locale);
  });
}

async function authorizedPartnership(ex: Executor, viewer: Viewer, partnershipId: string) {
  const notFound = { entity: "partnership", value: partnershipId };
  partnershipsPolicy.authorize(viewer, "configureReporting", { partnershipId }, notFound);
  const row = await findPartnership(ex, partnershipId);
  if (!row) throw new AppError("not_found", notFound);
  return row;
}

const settingsOf = (p: {
  periodScheme: string;
  deadlineOffsetDays: number;
  reminderDaysBefore: number;
  version: number;
}) => ({
  periodScheme: p.periodScheme as ReportingSettingsInput["periodScheme"],
  deadlineOffsetDays: p.deadlineOffsetDays,
  reminderDaysBefore: p.reminderDaysBefore,
  version: p.version,
});

/** The partnership's reporting rhythm (its administrator). */
export async function getReportingSettings(options: { db: Db; viewer: Viewer; partnershipId: string }) {
  return settingsOf(await authorizedPartnership(options.db, options.viewer, options.partnershipId));
}

/**
 * Changes the partnership's rhythm. The default deadline and reminder days apply to periods
 * created from now on (a period's own schedule is changed on the period). A new scheme brings
 * the calendar in line at once: the promises' periods in the new scheme are created, empty ones
 * of the old scheme removed; ones with follow-ups or closed are kept (and listed as kept).
 */
export async function changeReportingSettings(options: {
  db: Db;
  viewer: Viewer;
  partnershipId: string;
  version: number;
  input: ReportingSettingsInput;
}): Promise<ReturnType<typeof settingsOf> & { periods: PeriodSync }> {
  const { db, viewer, input } = options;
  const before = await authorizedPartnership(db, viewer, options.partnershipId);
  return mutate(db, actorOf(viewer), async (tx, audit) => {
    const row = await updatePartnershipReporting(tx, before.id, options.version, input);
    if (!row) throw new AppError("conflict", { entity: "reporting_settings", value: before.slug });
    const periods = await syncPartnershipPeriods(tx, row.id);
    audit({
      action: "partnership.reporting_changed",
      entityType: "partnership",
      entityId: row.id,
      partnershipId: row.id,
      before: settingsOf(before),
      after: { ...settingsOf(row), periods },
    });
    return { ...settingsOf(row), periods };
  });
}
