import type { FollowUpWithPeriod, MeasurementRow } from "./followups.repository.js";
import type { FollowUp } from "./followups.types.js";
import type { FollowUpStatus } from "./statuses.js";

/** Presents a follow-up row with its measurements (never the raw row). */
export function presentFollowUp(row: FollowUpWithPeriod, measurements: MeasurementRow[]): FollowUp {
  return {
    id: row.id,
    commitmentId: row.commitmentId,
    period: row.periodCode,
    status: row.status as FollowUpStatus,
    state: row.state as FollowUp["state"],
    narrative: row.narrative,
    submittedAt: row.submittedAt?.toISOString() ?? null,
    approvedAt: row.approvedAt?.toISOString() ?? null,
    measurements: measurements
      .filter((m) => m.followUpId === row.id)
      .map((m) => ({ targetId: m.targetId, value: m.value })),
  };
}
