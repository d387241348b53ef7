/**
 * Queries of the follow-up round: one follow-up with its measurements and links, guarded
 * updates (optimistic concurrency), periods opened and closed, and the audit trail of a point.
 */
import { and, asc, desc, eq, inArray, isNull, or, sql } from "drizzle-orm";
import { accounts } from "../accounts/accounts.schema.js";
import { partnerships, people } from "../partnerships/partnerships.schema.js";
import { reportingPeriods } from "../periods/periods.schema.js";
import { auditEvents } from "../platform/audit/audit.schema.js";
import type { Executor } from "../platform/db/client.js";
import { commitmentParties, commitments, commitmentUnits, promises } from "../promises/promises.schema.js";
import { followUpLinks, followUpMeasurements, followUps } from "./followups.schema.js";

export type FollowUpRow = typeof followUps.$inferSelect;
export type LinkRow = typeof followUpLinks.$inferSelect;
export type PeriodRow = typeof reportingPeriods.$inferSelect;

/** A point with what decides who may write it. */
export interface PointContext {
  id: string;
  number: number;
  text: { sv: string; [lang: string]: string };
  responsibleKind: string;
  promiseId: string;
  promiseRef: string;
  promiseStatus: string;
  partnershipId: string;
  responsiblePartyIds: string[];
  unitIds: string[];
}

export async function findPointContext(ex: Executor, commitmentId: string): Promise<PointContext | null> {
  const [row] = await ex
    .select({
      id: commitments.id,
      number: commitments.number,
      text: commitments.text,
      responsibleKind: commitments.responsibleKind,
      promiseId: promises.id,
      promiseRef: promises.ref,
      promiseStatus: promises.status,
      partnershipId: promises.partnershipId,
    })
    .from(commitments)
    .innerJoin(promises, eq(promises.id, commitments.promiseId))
    .where(eq(commitments.id, commitmentId));
  if (!row) return null;
  const [parties, units] = await Promise.all([
    ex
      .select({ partyId: commitmentParties.partyId })
      .from(commitmentParties)
      .where(
        and(eq(commitmentParties.commitmentId, commitmentId), eq(commitmentParties.role, "responsible")),
      ),
    ex
      .select({ unitId: commitmentUnits.unitId })
      .from(commitmentUnits)
      .where(eq(commitmentUnits.commitmentId, commitmentId)),
  ]);
  return {
    ...row,
    responsiblePartyIds: parties.map((p) => p.partyId),
    unitIds: units.map((u) => u.unitId),
  };
}

export async function findPeriodById(ex: Executor, id: string): Promise<PeriodRow | null> {
  const [row] = await ex.select().from(reportingPeriods).where(eq(reportingPeriods.id, id));
  return row ?? null;
}

/**
 * Reads a period inside a transaction and locks its row: `update` for a close or a reopen,
 * `share` for a write that must not land in a period being closed. A close and a save of the
 * same period therefore serialise (on PGlite transactions are serial anyway).
 */
export async function lockPeriod(
  ex: Executor,
  id: string,
  mode: "update" | "share",
): Promise<PeriodRow | null> {
  const [row] = await ex.select().from(reportingPeriods).where(eq(reportingPeriods.id, id)).for(mode);
  return row ?? null;
}

/** Sets or clears `closed_at`; returns the updated row. */
export async function setPeriodClosedAt(ex: Executor, id: string, closedAt: Date | null): Promise<PeriodRow> {
  const [row] = await ex
    .update(reportingPeriods)
    .set({ closedAt })
    .where(eq(reportingPeriods.id, id))
    .returning();
  if (!row) throw new Error(`period ${id} vanished inside its transaction`);
  return row;
}

export async function findFollowUp(
  ex: Executor,
  key: { id: string } | { commitmentId: string; periodId: string },
): Promise<FollowUpRow | null> {
  const where =
    "id" in key
      ? eq(followUps.id, key.id)
      : and(eq(followUps.commitmentId, key.commitmentId), eq(followUps.periodId, key.periodId));
  const [row] = await ex.select().from(followUps).where(where);
  return row ?? null;
}

export function listFollowUpsByIds(ex: Executor, ids: string[]): Promise<FollowUpRow[]> {
  if (ids.length === 0) return Promise.resolve([]);
  return ex.select().from(followUps).where(inArray(followUps.id, ids));
}

export function listFollowUpsOfPeriod(ex: Executor, periodIds: string[]): Promise<FollowUpRow[]> {
  if (periodIds.length === 0) return Promise.resolve([]);
  return ex.select().from(followUps).where(inArray(followUps.periodId, periodIds));
}

export async function insertFollowUp(
  ex: Executor,
  values: typeof followUps.$inferInsert,
): Promise<FollowUpRow | null> {
  const rows = await ex.insert(followUps).values(values).onConflictDoNothing().returning();
  return rows[0] ?? null;
}

/**
 * Updates a follow-up only if it still has the version the caller read, bumping the version.
 * Null when someone else changed it in between.
 */
export async function updateFollowUpIfVersion(
  ex: Executor,
  id: string,
  expectedVersion: number,
  values: Partial<typeof followUps.$inferInsert>,
): Promise<FollowUpRow | null> {
  const [row] = await ex
    .update(followUps)
    .set({ ...values, version: sql`${followUps.version} + 1`, updatedAt: new Date() })
    .where(and(eq(followUps.id, id), eq(followUps.version, expectedVersion)))
    .returning();
  return row ?? null;
}

export function listMeasurementsOf(ex: Executor, followUpIds: string[]) {
  if (followUpIds.length === 0) return Promise.resolve([]);
  return ex
    .select({
      followUpId: followUpMeasurements.followUpId,
      targetId: followUpMeasurements.targetId,
      value: followUpMeasurements.value,
    })
    .from(followUpMeasurements)
    .where(inArray(followUpMeasurements.followUpId, followUpIds));
}

export async function replaceMeasurements(
  ex: Executor,
  followUpId: string,
  values: { targetId: string; value: number }[],
): Promise<void> {
  await ex.delete(followUpMeasurements).where(eq(followUpMeasurements.followUpId, followUpId));
  if (values.length > 0) {
    await ex.insert(followUpMeasurements).values(values.map((v) => ({ followUpId, ...v })));
  }
}

export function listLinksOf(ex: Executor, followUpIds: string[]): Promise<LinkRow[]> {
  if (followUpIds.length === 0) return Promise.resolve([]);
  return ex
    .select()
    .from(followUpLinks)
    .where(inArray(followUpLinks.followUpId, followUpIds))
    .orderBy(asc(followUpLinks.position));
}

export async function replaceLinks(
  ex: Executor,
  followUpId: string,
  links: { url: string; label: string | null }[],
): Promise<void> {
  await ex.delete(followUpLinks).where(eq(followUpLinks.followUpId, followUpId));
  if (links.length > 0) {
    await ex
      .insert(followUpLinks)
      .values(links.map((l, i) => ({ followUpId, position: i + 1, url: l.url, label: l.label })));
  }
}

export async function personNames(ex: Executor, ids: string[]): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const rows = await ex
    .select({ id: people.id, name: people.name })
    .from(people)
    .where(inArray(people.id, ids));
  return new Map(rows.map((r) => [r.id, r.name]));
}

export type AuditRow = typeof auditEvents.$inferSelect;

/** The audit events of a point and of its follow-ups, oldest first. */
export function listPointAudit(
  ex: Executor,
  commitmentId: string,
  followUpIds: string[],
): Promise<AuditRow[]> {
  const conditions = [and(eq(auditEvents.entityType, "commitment"), eq(auditEvents.entityId, commitmentId))];
  if (followUpIds.length > 0) {
    conditions.push(and(eq(auditEvents.entityType, "follow_up"), inArray(auditEvents.entityId, followUpIds)));
  }
  return ex
    .select()
    .from(auditEvents)
    .where(or(...conditions))
    .orderBy(asc(auditEvents.seq));
}

/** The latest audit event of a follow-up: who changed it last, and when. */
export async function latestFollowUpEvent(ex: Executor, followUpId: string): Promise<AuditRow | null> {
  const [row] = await ex
    .select()
    .from(auditEvents)
    .where(and(eq(auditEvents.entityType, "follow_up"), eq(auditEvents.entityId, followUpId)))
    .orderBy(desc(auditEvents.seq))
    .limit(1);
  return row ?? null;
}

/** Every follow-up of the given points, in every state and period. */
export function listFollowUpsOfPoints(ex: Executor, commitmentIds: string[]): Promise<FollowUpRow[]> {
  if (commitmentIds.length === 0) return Promise.resolve([]);
  return ex.select().from(followUps).where(inArray(followUps.commitmentId, commitmentIds));
}

/** The round's settings of a partnership and what mails name it by. */
export async function findRoundSettings(
  ex: Executor,
  partnershipId: string,
): Promise<{ id: string; slug: string; name: string; fourEyes: boolean; version: number } | null> {
  const [row] = await ex
    .select({
      id: partnerships.id,
      slug: partnerships.slug,
      name: partnerships.name,
      fourEyes: partnerships.fourEyes,
      version: partnerships.version,
    })
    .from(partnerships)
    .where(eq(partnerships.id, partnershipId));
  return row ?? null;
}

/** Sets the four-eyes setting if the partnership still has `version`; null on a stale version. */
export async function updateFourEyes(
  ex: Executor,
  partnershipId: string,
  version: number,
  fourEyes: boolean,
) {
  const [row] = await ex
    .update(partnerships)
    .set({ fourEyes, version: sql`${partnerships.version} + 1`, updatedAt: new Date() })
    .where(and(eq(partnerships.id, partnershipId), eq(partnerships.version, version)))
    .returning({ fourEyes: partnerships.fourEyes, version: partnerships.version });
  return row ?? null;
}

/**
 * Where the reporter of a follow-up gets mail: the account that submitted it, else an active
 * account of its author. Null when neither has one.
 */
export async function findReporterAddress(
  ex: Executor,
  row: Pick<FollowUpRow, "submittedByAccountId" | "authorId">,
): Promise<{ email: string; name: string } | null> {
  const where = row.submittedByAccountId
    ? eq(accounts.id, row.submittedByAccountId)
    : row.authorId
      ? eq(accounts.personId, row.authorId)
      : null;
  if (!where) return null;
  const [found] = await ex
    .select({ email: accounts.email, name: accounts.name })
    .from(accounts)
    .where(and(where, isNull(accounts.disabledAt)))
    .limit(1);
  return found ?? null;
}

/** The closes and reopens of a period (with the reopen reasons), oldest first. */
export function listPeriodEvents(ex: Executor, periodId: string): Promise<AuditRow[]> {
  return ex
    .select()
    .from(auditEvents)
    .where(
      and(
        eq(auditEvents.entityType, "reporting_period"),
        eq(auditEvents.entityId, periodId),
        inArray(auditEvents.action, ["period.closed", "period.reopened"]),
      ),
    )
    .orderBy(asc(auditEvents.seq));
}
