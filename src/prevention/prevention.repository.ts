import { and, asc, desc, eq, inArray, sql } from "drizzle-orm";
import { areas } from "../areas/areas.schema.js";
import { followUps } from "../followups/followups.schema.js";
import { parties } from "../partnerships/partnerships.schema.js";
import { reportingPeriods } from "../periods/periods.schema.js";
import type { Executor } from "../platform/db/client.js";
import { queryRows } from "../platform/db/rows.js";
import { commitments, promises } from "../promises/promises.schema.js";
import {
  actionMeasureCommitments,
  actionMeasureFollowUps,
  actionMeasureProblems,
  actionMeasures,
  assessmentProblems,
  assessments,
  type PoliceFigure,
} from "./prevention.schema.js";

export type AssessmentRow = typeof assessments.$inferSelect;
export type ProblemRow = typeof assessmentProblems.$inferSelect & { areaName: string | null };
export type MeasureRow = typeof actionMeasures.$inferSelect & { responsiblePartyName: string | null };

export async function findAssessment(ex: Executor, partnershipId: string, year: number) {
  const [row] = await ex
    .select()
    .from(assessments)
    .where(and(eq(assessments.partnershipId, partnershipId), eq(assessments.year, year)));
  return row ?? null;
}

/** The lägesbild of the year, created empty the first time someone writes to it. */
export async function ensureAssessment(ex: Executor, partnershipId: string, year: number) {
  await ex.insert(assessments).values({ partnershipId, year }).onConflictDoNothing();
  const row = await findAssessment(ex, partnershipId, year);
  if (!row) throw new Error("assessment not created");
  return row;
}

export async function listAssessmentYears(ex: Executor, partnershipId: string) {
  return ex
    .select({ year: assessments.year, id: assessments.id })
    .from(assessments)
    .where(eq(assessments.partnershipId, partnershipId))
    .orderBy(desc(assessments.year));
}

export async function lockAssessment(ex: Executor, id: string) {
  const [row] = await ex.select().from(assessments).where(eq(assessments.id, id)).for("update");
  return row ?? null;
}

export async function updateAssessmentTexts(
  ex: Executor,
  id: string,
  version: number,
  values: { summary: string; planSummary: string },
) {
  const [row] = await ex
    .update(assessments)
    .set({ ...values, version: sql`${assessments.version} + 1`, updatedAt: sql`now()` })
    .where(and(eq(assessments.id, id), eq(assessments.version, version)))
    .returning();
  return row ?? null;
}

/** Marks the lägesbild as changed (its version moves with every change of its parts). */
export async function touchAssessment(ex: Executor, id: string) {
  await ex
    .update(assessments)
    .set({ version: sql`${assessments.version} + 1`, updatedAt: sql`now()` })
    .where(eq(assessments.id, id));
}

export async function listProblems(ex: Executor, assessmentId: string): Promise<ProblemRow[]> {
  return ex
    .select({
      id: assessmentProblems.id,
      assessmentId: assessmentProblems.assessmentId,
      title: assessmentProblems.title,
      category: assessmentProblems.category,
      areaId: assessmentProblems.areaId,
      analysis: assessmentProblems.analysis,
      evidence: assessmentProblems.evidence,
      policeFigures: assessmentProblems.policeFigures,
      position: assessmentProblems.position,
      version: assessmentProblems.version,
      createdAt: assessmentProblems.createdAt,
      areaName: areas.name,
    })
    .from(assessmentProblems)
    .leftJoin(areas, eq(areas.id, assessmentProblems.areaId))
    .where(eq(assessmentProblems.assessmentId, assessmentId))
    .orderBy(asc(assessmentProblems.position), asc(assessmentProblems.createdAt));
}

export interface ProblemValues {
  title: string;
  category: string;
  areaId: string | null;
  analysis: string;
  evidence: string;
  policeFigures: PoliceFigure[];
}

export async function insertProblem(ex: Executor, assessmentId: string, values: ProblemValues) {
  const [row] = await ex
    .insert(assessmentProblems)
    .values({
      assessmentId,
      ...values,
      position: sql`coalesce((select max(position) from assessment_problems where assessment_id = ${assessmentId}), 0) + 1`,
    })
    .returning();
  if (!row) throw new Error("problem not inserted");
  return row;
}

export async function findProblem(ex: Executor, id: string) {
  const [row] = await ex.select().from(assessmentProblems).where(eq(assessmentProblems.id, id));
  return row ?? null;
}

export async function updateProblem(ex: Executor, id: string, version: number, values: ProblemValues) {
  const [row] = await ex
    .update(assessmentProblems)
    .set({ ...values, version: sql`${assessmentProblems.version} + 1` })
    .where(and(eq(assessmentProblems.id, id), eq(assessmentProblems.version, version)))
    .returning();
  return row ?? null;
}

export async function deleteProblem(ex: Executor, id: string, version: number) {
  const [row] = await ex
    .delete(assessmentProblems)
    .where(and(eq(assessmentProblems.id, id), eq(assessmentProblems.version, version)))
    .returning();
  return row ?? null;
}

export async function listMeasures(ex: Executor, assessmentId: string): Promise<MeasureRow[]> {
  return ex
    .select({
      id: actionMeasures.id,
      assessmentId: actionMeasures.assessmentId,
      title: actionMeasures.title,
      description: actionMeasures.description,
      responsiblePartyId: actionMeasures.responsiblePartyId,
      dueOn: actionMeasures.dueOn,
      position: actionMeasures.position,
      version: actionMeasures.version,
      createdAt: actionMeasures.createdAt,
      responsiblePartyName: parties.name,
    })
    .from(actionMeasures)
    .leftJoin(parties, eq(parties.id, actionMeasures.responsiblePartyId))
    .where(eq(actionMeasures.assessmentId, assessmentId))
    .orderBy(asc(actionMeasures.position), asc(actionMeasures.createdAt));
}

export interface MeasureValues {
  title: string;
  description: string;
  responsiblePartyId: string | null;
  dueOn: string | null;
}

export async function insertMeasure(ex: Executor, assessmentId: string, values: MeasureValues) {
  const [row] = await ex
    .insert(actionMeasures)
    .values({
      assessmentId,
      ...values,
      position: sql`coalesce((select max(position) from action_measures where assessment_id = ${assessmentId}), 0) + 1`,
    })
    .returning();
  if (!row) throw new Error("measure not inserted");
  return row;
}

export async function findMeasure(ex: Executor, id: string) {
  const [row] = await ex.select().from(actionMeasures).where(eq(actionMeasures.id, id));
  return row ?? null;
}

export async function updateMeasure(ex: Executor, id: string, version: number, values: MeasureValues) {
  const [row] = await ex
    .update(actionMeasures)
    .set({ ...values, version: sql`${actionMeasures.version} + 1` })
    .where(and(eq(actionMeasures.id, id), eq(actionMeasures.version, version)))
    .returning();
  return row ?? null;
}

/** A measure's ownership facts: its lägesbild's partnership, its responsible party and the party's kind. */
export async function findMeasureOwnership(ex: Executor, id: string) {
  const [row] = await ex
    .select({
      partnershipId: assessments.partnershipId,
      responsiblePartyId: actionMeasures.responsiblePartyId,
      responsiblePartyKind: parties.kind,
    })
    .from(actionMeasures)
    .innerJoin(assessments, eq(assessments.id, actionMeasures.assessmentId))
    .leftJoin(parties, eq(parties.id, actionMeasures.responsiblePartyId))
    .where(eq(actionMeasures.id, id));
  return row ?? null;
}

/**
 * The partnership's measures that have a responsible party and are not promise points (those are
 * followed up through the point), with their lägesbild's year: what owners report on in the round.
 */
export function listReportableMeasures(ex: Executor, partnershipId: string) {
  return ex
    .select({
      id: actionMeasures.id,
      title: actionMeasures.title,
      description: actionMeasures.description,
      dueOn: actionMeasures.dueOn,
      year: assessments.year,
      responsiblePartyId: actionMeasures.responsiblePartyId,
      responsiblePartyName: parties.name,
      responsiblePartyKind: parties.kind,
    })
    .from(actionMeasures)
    .innerJoin(assessments, eq(assessments.id, actionMeasures.assessmentId))
    .innerJoin(parties, eq(parties.id, actionMeasures.responsiblePartyId))
    .where(
      and(
        eq(assessments.partnershipId, partnershipId),
        sql`NOT EXISTS (SELECT 1 FROM action_measure_commitments c WHERE c.measure_id = ${actionMeasures.id})`,
      ),
    )
    .orderBy(asc(assessments.year), asc(actionMeasures.position), asc(actionMeasures.createdAt));
}

/** Replaces a measure's links to problems and to promise points. */
export async function setMeasureLinks(
  ex: Executor,
  measureId: string,
  problemIds: string[],
  commitmentIds: string[],
) {
  await ex.delete(actionMeasureProblems).where(eq(actionMeasureProblems.measureId, measureId));
  await ex.delete(actionMeasureCommitments).where(eq(actionMeasureCommitments.measureId, measureId));
  if (problemIds.length > 0)
    await ex.insert(actionMeasureProblems).values(problemIds.map((problemId) => ({ measureId, problemId })));
  if (commitmentIds.length > 0)
    await ex
      .insert(actionMeasureCommitments)
      .values(commitmentIds.map((commitmentId) => ({ measureId, commitmentId })));
}

export async function listMeasureProblemLinks(ex: Executor, measureIds: string[]) {
  if (measureIds.length === 0) return [];
  return ex.select().from(actionMeasureProblems).where(inArray(actionMeasureProblems.measureId, measureIds));
}

/** The promise points linked to measures, with their promise's reference and number. */
export async function listMeasureCommitmentLinks(ex: Executor, measureIds: string[]) {
  if (measureIds.length === 0) return [];
  return ex
    .select({
      measureId: actionMeasureCommitments.measureId,
      commitmentId: commitments.id,
      number: commitments.number,
      text: commitments.text,
      promiseRef: promises.ref,
    })
    .from(actionMeasureCommitments)
    .innerJoin(commitments, eq(commitments.id, actionMeasureCommitments.commitmentId))
    .innerJoin(promises, eq(promises.id, commitments.promiseId))
    .where(inArray(actionMeasureCommitments.measureId, measureIds))
    .orderBy(asc(promises.ref), asc(commitments.number));
}

/** The approved follow-ups of points, newest period last (a measure that is a point shows the newest). */
export async function listApprovedPointFollowUps(ex: Executor, commitmentIds: string[]) {
  if (commitmentIds.length === 0) return [];
  return ex
    .select({
      commitmentId: followUps.commitmentId,
      period: reportingPeriods.code,
      endsOn: reportingPeriods.endsOn,
      status: followUps.status,
      narrative: followUps.narrative,
    })
    .from(followUps)
    .innerJoin(reportingPeriods, eq(reportingPeriods.id, followUps.periodId))
    .where(and(inArray(followUps.commitmentId, commitmentIds), eq(followUps.state, "approved")))
    .orderBy(asc(reportingPeriods.endsOn));
}

export async function listMeasureFollowUps(ex: Executor, measureIds: string[]) {
  if (measureIds.length === 0) return [];
  return ex
    .select({
      id: actionMeasureFollowUps.id,
      measureId: actionMeasureFollowUps.measureId,
      period: reportingPeriods.code,
      status: actionMeasureFollowUps.status,
      narrative: actionMeasureFollowUps.narrative,
      version: actionMeasureFollowUps.version,
    })
    .from(actionMeasureFollowUps)
    .innerJoin(reportingPeriods, eq(reportingPeriods.id, actionMeasureFollowUps.periodId))
    .where(inArray(actionMeasureFollowUps.measureId, measureIds))
    .orderBy(asc(reportingPeriods.endsOn));
}

export async function findMeasureFollowUp(ex: Executor, measureId: string, periodId: string) {
  const [row] = await ex
    .select()
    .from(actionMeasureFollowUps)
    .where(
      and(eq(actionMeasureFollowUps.measureId, measureId), eq(actionMeasureFollowUps.periodId, periodId)),
    )
    .for("update");
  return row ?? null;
}

export async function upsertMeasureFollowUp(
  ex: Executor,
  values: {
    measureId: string;
    periodId: string;
    status: string;
    narrative: string;
    updatedBy: string | null;
  },
  version: number,
) {
  if (version === 0) {
    const [row] = await ex.insert(actionMeasureFollowUps).values(values).onConflictDoNothing().returning();
    return row ?? null;
  }
  const [row] = await ex
    .update(actionMeasureFollowUps)
    .set({
      status: values.status,
      narrative: values.narrative,
      updatedBy: values.updatedBy,
      version: sql`${actionMeasureFollowUps.version} + 1`,
      updatedAt: sql`now()`,
    })
    .where(
      and(
        eq(actionMeasureFollowUps.measureId, values.measureId),
        eq(actionMeasureFollowUps.periodId, values.periodId),
        eq(actionMeasureFollowUps.version, version),
      ),
    )
    .returning();
  return row ?? null;
}

/** What the forms offer: the partnership's areas, parties and the points of its promises. */
export async function listChoices(ex: Executor, partnershipId: string) {
  const [areaRows, partyRows, pointRows] = await Promise.all([
    ex
      .select({ id: areas.id, name: areas.name })
      .from(areas)
      .where(eq(areas.partnershipId, partnershipId))
      .orderBy(asc(areas.name)),
    ex
      .select({ id: parties.id, name: parties.name })
      .from(parties)
      .where(eq(parties.partnershipId, partnershipId))
      .orderBy(asc(parties.name)),
    ex
      .select({
        id: commitments.id,
        number: commitments.number,
        text: commitments.text,
        promiseRef: promises.ref,
      })
      .from(commitments)
      .innerJoin(promises, eq(promises.id, commitments.promiseId))
      .where(eq(promises.partnershipId, partnershipId))
      .orderBy(desc(promises.fromYear), asc(promises.ref), asc(commitments.number)),
  ]);
  return { areas: areaRows, parties: partyRows, points: pointRows };
}

// --- the evidence the lägesbild's document assembles (counts only; the service suppresses < 5) ---

/** Problems raised in the partnership's dialogues held between two dates, by category. */
export function dialogueFindingCounts(ex: Executor, partnershipId: string, from: string, to: string) {
  return queryRows<{ category: string; raisedBy: number; dialogues: number }>(
    ex,
    sql`SELECT f.category, sum(f.raised_by)::int AS "raisedBy", count(DISTINCT f.dialogue_id)::int AS dialogues
          FROM dialogue_findings f JOIN dialogues d ON d.id = f.dialogue_id
         WHERE d.partnership_id = ${partnershipId} AND d.held_on BETWEEN ${from} AND ${to}
         GROUP BY f.category ORDER BY "raisedBy" DESC, f.category`,
  );
}

/** Findings of the partnership's safety walks between two dates, by category, and how many are done. */
export function walkFindingCounts(ex: Executor, partnershipId: string, from: string, to: string) {
  return queryRows<{ category: string; findings: number; done: number }>(
    ex,
    sql`SELECT f.category, count(*)::int AS findings, (count(*) FILTER (WHERE f.status = 'done'))::int AS done
          FROM walk_findings f JOIN safety_walks w ON w.id = f.walk_id
         WHERE w.partnership_id = ${partnershipId} AND w.walked_on BETWEEN ${from} AND ${to}
         GROUP BY f.category ORDER BY findings DESC, f.category`,
  );
}

/**
 * Incident reports (EST) of a year's weeks by category: raw reports and the weekly counts the
 * retention job left of deleted ones, with the category's stored name when it has one.
 */
export function incidentCounts(ex: Executor, partnershipId: string, year: number) {
  const from = `${year}-W01`;
  const to = `${year}-W53`;
  return queryRows<{ categoryKey: string; name: string | null; count: number }>(
    ex,
    sql`SELECT c.key AS "categoryKey", max(cat.name) AS name, sum(c.n)::int AS count FROM (
          SELECT category_key AS key, count(*)::int AS n FROM incident_reports
           WHERE partnership_id = ${partnershipId} AND week BETWEEN ${from} AND ${to} GROUP BY category_key
          UNION ALL
          SELECT category_key, count FROM incident_weekly_counts
           WHERE partnership_id = ${partnershipId} AND week BETWEEN ${from} AND ${to}
        ) c LEFT JOIN incident_categories cat ON cat.partnership_id = ${partnershipId} AND cat.key = c.key
        GROUP BY c.key ORDER BY count DESC, c.key`,
  );
}
