import type { Executor } from "../platform/db/client.js";
import { type FollowUpRow, listLinksOf, listMeasurementsOf } from "./round.repository.js";
import type { FollowUpSnapshot, RoundState } from "./round.types.js";
import type { FollowUpStatus } from "./statuses.js";

/** Presents a follow-up row with its measurements and links (also the audit before/after). */
export async function snapshotFollowUp(ex: Executor, row: FollowUpRow): Promise<FollowUpSnapshot> {
  const [measurements, links] = await Promise.all([
    listMeasurementsOf(ex, [row.id]),
    listLinksOf(ex, [row.id]),
  ]);
  return {
    id: row.id,
    commitmentId: row.commitmentId,
    periodId: row.periodId,
    version: row.version,
    state: row.state as RoundState,
    status: row.status as FollowUpStatus | null,
    narrative: row.narrative?.sv ?? null,
    measurements: measurements
      .map(({ targetId, value }) => ({ targetId, value }))
      .sort((a, b) => a.targetId.localeCompare(b.targetId)),
    links: links.map(({ url, label }) => ({ url, label })),
    returnComment: row.returnComment,
    authorId: row.authorId,
    submittedAt: row.submittedAt?.toISOString() ?? null,
    approvedAt: row.approvedAt?.toISOString() ?? null,
  };
}
