/**
 * Which printed values of a report the demo invented: read from demo_markers (the demo writes one
 * per invented field) and named the way the document model asks (DemoMarks). Outside the demo
 * there are no markers and the documents print no "exempeldata" sign.
 */
import { and, eq, inArray } from "drizzle-orm";
import { listFollowUpsOfCommitments, listMeasurements } from "../followups/followups.repository.js";
import type { Executor } from "../platform/db/client.js";
import { rowsWithDemoMarkers } from "../platform/markers/markers.repository.js";
import { demoMarkers } from "../platform/markers/markers.schema.js";
import { type DemoMarks, NO_DEMO_MARKS, type PromiseData } from "./model/report-data.js";

/** report_backs columns as the model's field names. */
const REPORT_FIELDS: Record<string, string> = {
  registration_number: "registrationNumber",
  dated_on: "datedOn",
  officer_name: "handlingOfficer",
  officer_title: "handlingOfficer",
  officer_phone: "handlingOfficer",
  officer_email: "handlingOfficer",
};

export async function loadDemoMarks(
  db: Executor,
  promise: PromiseData,
  report: { id: string; attachments: { id?: string }[] } | null,
): Promise<DemoMarks> {
  const commitmentIds = promise.commitments.map((c) => c.id);
  const targetIds = promise.commitments.flatMap((c) => c.targets.map((t) => t.id));
  const followUps = await listFollowUpsOfCommitments(db, commitmentIds, { approvedOnly: false });
  const followUpField = (field: string) =>
    db
      .select({ rowId: demoMarkers.rowId })
      .from(demoMarkers)
      .where(
        and(
          eq(demoMarkers.tableName, "follow_ups"),
          eq(demoMarkers.field, field),
          inArray(
            demoMarkers.rowId,
            followUps.map((f) => f.id),
          ),
        ),
      );
  const [reportRows, attachments, targets, statuses, narratives, measurements] = await Promise.all([
    report
      ? db
          .select({ field: demoMarkers.field })
          .from(demoMarkers)
          .where(and(eq(demoMarkers.tableName, "report_backs"), eq(demoMarkers.rowId, report.id)))
      : Promise.resolve([]),
    rowsWithDemoMarkers(
      db,
      "report_attachments",
      (report?.attachments ?? []).flatMap((a) => (a.id ? [a.id] : [])),
    ),
    rowsWithDemoMarkers(db, "targets", targetIds),
    followUps.length ? followUpField("status") : Promise.resolve([]),
    followUps.length ? followUpField("narrative") : Promise.resolve([]),
    listMeasurements(
      db,
      followUps.map((f) => f.id),
    ),
  ]);
  if (
    reportRows.length + attachments.size + targets.size + statuses.length + narratives.length === 0 &&
    measurements.length === 0
  ) {
    return NO_DEMO_MARKS;
  }
  const inventedMeasurements = await rowsWithDemoMarkers(
    db,
    "follow_up_measurements",
    measurements.map((m) => m.id),
  );
  const followUp = new Map(followUps.map((f) => [f.id, f]));
  const statusIds = new Set(statuses.map((s) => s.rowId));
  const narrativeIds = new Set(narratives.map((s) => s.rowId));
  return {
    reportFields: [...new Set(reportRows.flatMap((r) => REPORT_FIELDS[r.field] ?? []))],
    attachmentIds: [...attachments],
    targetIds: [...targets],
    followUpStatuses: followUps
      .filter((f) => statusIds.has(f.id))
      .map((f) => `${f.commitmentId}/${f.periodCode}`),
    measurements: measurements
      .filter((m) => inventedMeasurements.has(m.id))
      .flatMap((m) => {
        const f = followUp.get(m.followUpId);
        return f ? [`${f.commitmentId}/${f.periodCode}/${m.targetId}`] : [];
      }),
  };
}
