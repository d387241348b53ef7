/** SQL of the reports module (report-backs and their parts). */
import { and, asc, desc, eq, isNull, ne, sql } from "drizzle-orm";
import type { Executor } from "../platform/db/client.js";
import {
  reportAttachments,
  reportBacks,
  reportConsultations,
  reportDecisionItems,
  reportDecisions,
  reportDefaults,
  reportDistribution,
  reportLinks,
  reportSignatories,
} from "./reports.schema.js";

export type ReportBackRow = typeof reportBacks.$inferSelect;
export type ConsultationRow = typeof reportConsultations.$inferSelect;
export type ReportDefaultsRow = typeof reportDefaults.$inferSelect;

/** The newest edition of a promise's report-back. */
export async function findLatestReportBack(ex: Executor, promiseId: string): Promise<ReportBackRow | null> {
  const [row] = await ex
    .select()
    .from(reportBacks)
    .where(eq(reportBacks.promiseId, promiseId))
    .orderBy(desc(reportBacks.edition))
    .limit(1);
  return row ?? null;
}

/**
 * Reads a report-back inside a transaction and locks its row (FOR UPDATE): two concurrent steps
 * of the decision chain on one report serialise, and the second sees the first's version.
 */
export async function lockReportBack(ex: Executor, id: string): Promise<ReportBackRow | null> {
  const [row] = await ex.select().from(reportBacks).where(eq(reportBacks.id, id)).for("update");
  return row ?? null;
}

export async function reportBackById(ex: Executor, id: string): Promise<ReportBackRow | null> {
  const [row] = await ex.select().from(reportBacks).where(eq(reportBacks.id, id));
  return row ?? null;
}

export async function findReportBackEdition(
  ex: Executor,
  promiseId: string,
  edition: number,
): Promise<ReportBackRow | null> {
  const [row] = await ex
    .select()
    .from(reportBacks)
    .where(and(eq(reportBacks.promiseId, promiseId), eq(reportBacks.edition, edition)));
  return row ?? null;
}

export function listEditions(ex: Executor, promiseId: string) {
  return ex
    .select({
      id: reportBacks.id,
      edition: reportBacks.edition,
      status: reportBacks.status,
      replacedAt: reportBacks.replacedAt,
      supersedesId: reportBacks.supersedesId,
    })
    .from(reportBacks)
    .where(eq(reportBacks.promiseId, promiseId))
    .orderBy(asc(reportBacks.edition));
}

export async function listReportParts(ex: Executor, reportId: string) {
  const [decisionItems, consultations, signatories, distribution, links, attachments, decisions] =
    await Promise.all([
      ex
        .select()
        .from(reportDecisionItems)
        .where(eq(reportDecisionItems.reportId, reportId))
        .orderBy(asc(reportDecisionItems.position)),
      ex
        .select()
        .from(reportConsultations)
        .where(eq(reportConsultations.reportId, reportId))
        .orderBy(asc(reportConsultations.position)),
      ex
        .select()
        .from(reportSignatories)
        .where(eq(reportSignatories.reportId, reportId))
        .orderBy(asc(reportSignatories.position)),
      ex
        .select()
        .from(reportDistribution)
        .where(eq(reportDistribution.reportId, reportId))
        .orderBy(asc(reportDistribution.position)),
      ex
        .select()
        .from(reportLinks)
        .where(eq(reportLinks.reportId, reportId))
        .orderBy(asc(reportLinks.position)),
      ex
        .select()
        .from(reportAttachments)
        .where(eq(reportAttachments.reportId, reportId))
        .orderBy(asc(reportAttachments.position)),
      ex
        .select()
        .from(reportDecisions)
        .where(eq(reportDecisions.reportId, reportId))
        .orderBy(asc(reportDecisions.decidedOn), asc(reportDecisions.createdAt)),
    ]);
  return { decisionItems, consultations, signatories, distribution, links, attachments, decisions };
}

export type ReportParts = Awaited<ReturnType<typeof listReportParts>>;

/** Sets fields of a report-back if it still has `version`; returns the new row or null (conflict). */
export async function updateReportBack(
  ex: Executor,
  id: string,
  version: number,
  values: Partial<typeof reportBacks.$inferInsert>,
): Promise<ReportBackRow | null> {
  const [row] = await ex
    .update(reportBacks)
    .set({ ...values, version: sql`${reportBacks.version} + 1`, updatedAt: new Date() })
    .where(and(eq(reportBacks.id, id), eq(reportBacks.version, version)))
    .returning();
  return row ?? null;
}

export async function updateConsultation(
  ex: Executor,
  reportId: string,
  id: string,
  values: { stance: string; comment: string | null; consultedOn: string | null },
): Promise<ConsultationRow | null> {
  const [row] = await ex
    .update(reportConsultations)
    .set(values)
    .where(and(eq(reportConsultations.id, id), eq(reportConsultations.reportId, reportId)))
    .returning();
  return row ?? null;
}

export async function insertDecision(ex: Executor, values: typeof reportDecisions.$inferInsert) {
  const [row] = await ex.insert(reportDecisions).values(values).returning();
  return row;
}

export async function insertReportBack(ex: Executor, values: typeof reportBacks.$inferInsert) {
  const [row] = await ex.insert(reportBacks).values(values).returning();
  if (!row) throw new Error("insert report_backs returned nothing");
  return row;
}

/**
 * Copies the parts of one edition to another (a correction starts from what was decided): every
 * list, the consultation statements included. Decisions are not copied: the correction is decided
 * anew, and the decisions of the edition it replaces stay with that edition.
 */
export async function copyReportParts(ex: Executor, parts: ReportParts, reportId: string) {
  const strip = <T extends { id: string; reportId: string }>(rows: T[]) =>
    rows.map(({ id: _id, reportId: _r, ...rest }) => ({ ...rest, reportId }));
  if (parts.decisionItems.length) await ex.insert(reportDecisionItems).values(strip(parts.decisionItems));
  if (parts.consultations.length) await ex.insert(reportConsultations).values(strip(parts.consultations));
  if (parts.signatories.length) await ex.insert(reportSignatories).values(strip(parts.signatories));
  if (parts.distribution.length) await ex.insert(reportDistribution).values(strip(parts.distribution));
  if (parts.links.length) await ex.insert(reportLinks).values(strip(parts.links));
  if (parts.attachments.length) await ex.insert(reportAttachments).values(strip(parts.attachments));
}

/** The report lists the workspace edits as a whole (add, remove, reorder). */
export const REPORT_LISTS = {
  decisionItems: reportDecisionItems,
  attachments: reportAttachments,
  consultations: reportConsultations,
  signatories: reportSignatories,
  distribution: reportDistribution,
  links: reportLinks,
} as const;
export type ReportListKind = keyof typeof REPORT_LISTS;

/** Replaces one list of a report with `rows` in the given order (positions 1…n). */
export async function replaceReportList(
  ex: Executor,
  kind: ReportListKind,
  reportId: string,
  rows: Record<string, unknown>[],
): Promise<void> {
  const table = REPORT_LISTS[kind];
  await ex.delete(table).where(eq(table.reportId, reportId));
  if (rows.length === 0) return;
  await ex.insert(table).values(rows.map((r, i) => ({ ...r, reportId, position: i + 1 })) as never);
}

/** Marks every other published edition of the promise as replaced (a newer one was published). */
export async function markOtherEditionsReplaced(ex: Executor, promiseId: string, keepId: string) {
  return ex
    .update(reportBacks)
    .set({ replacedAt: new Date(), updatedAt: new Date(), version: sql`${reportBacks.version} + 1` })
    .where(
      and(
        eq(reportBacks.promiseId, promiseId),
        ne(reportBacks.id, keepId),
        eq(reportBacks.status, "published"),
        isNull(reportBacks.replacedAt),
      ),
    )
    .returning({ id: reportBacks.id, edition: reportBacks.edition });
}

export async function findReportDefaults(
  ex: Executor,
  partnershipId: string,
): Promise<ReportDefaultsRow | null> {
  const [row] = await ex.select().from(reportDefaults).where(eq(reportDefaults.partnershipId, partnershipId));
  return row ?? null;
}

/** Inserts or updates a partnership's defaults if they still have `version` (0: none yet). */
export async function saveReportDefaults(
  ex: Executor,
  partnershipId: string,
  version: number,
  values: Partial<typeof reportDefaults.$inferInsert>,
): Promise<ReportDefaultsRow | null> {
  if (version === 0) {
    const [row] = await ex
      .insert(reportDefaults)
      .values({ ...values, partnershipId })
      .onConflictDoNothing()
      .returning();
    return row ?? null;
  }
  const [row] = await ex
    .update(reportDefaults)
    .set({ ...values, version: sql`${reportDefaults.version} + 1`, updatedAt: new Date() })
    .where(and(eq(reportDefaults.partnershipId, partnershipId), eq(reportDefaults.version, version)))
    .returning();
  return row ?? null;
}
