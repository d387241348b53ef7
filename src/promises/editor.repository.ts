/**
 * Writes of the promise editor (promises, points, targets).
 * Updates name the version they read and return null when it is stale.
 */
import { and, asc, eq, inArray, sql } from "drizzle-orm";
import { areas } from "../areas/areas.schema.js";
import { followUpMeasurements, followUps } from "../followups/followups.schema.js";
import { councilGoalSets, councilGoals } from "../goals/goals.schema.js";
import type { Executor } from "../platform/db/client.js";
import type { CommitmentRow, PromiseRow, TargetRow } from "./promises.repository.js";
import {
  commitmentGoals,
  commitmentParties,
  commitments,
  commitmentUnits,
  promiseAreas,
  promiseParties,
  promises,
  targets,
} from "./promises.schema.js";

type PromiseInsert = typeof promises.$inferInsert;
type CommitmentInsert = typeof commitments.$inferInsert;
type TargetInsert = typeof targets.$inferInsert;

export async function insertPromise(ex: Executor, values: PromiseInsert): Promise<PromiseRow> {
  const [row] = await ex.insert(promises).values(values).returning();
  if (!row) throw new Error("insert into promises returned nothing");
  return row;
}

/** Updates a promise if it still has `version`; bumps the version. */
export async function updatePromiseRow(
  ex: Executor,
  id: string,
  version: number,
  values: Partial<PromiseInsert>,
): Promise<PromiseRow | null> {
  const [row] = await ex
    .update(promises)
    .set({ ...values, version: sql`${promises.version} + 1`, updatedAt: new Date() })
    .where(and(eq(promises.id, id), eq(promises.version, version)))
    .returning();
  return row ?? null;
}

export async function replacePromiseAreas(ex: Executor, promiseId: string, areaIds: string[]): Promise<void> {
  await ex.delete(promiseAreas).where(eq(promiseAreas.promiseId, promiseId));
  if (areaIds.length > 0)
    await ex.insert(promiseAreas).values(areaIds.map((areaId) => ({ promiseId, areaId })));
}

export async function replacePromiseParties(
  ex: Executor,
  promiseId: string,
  partyIds: string[],
): Promise<void> {
  await ex.delete(promiseParties).where(eq(promiseParties.promiseId, promiseId));
  if (partyIds.length > 0) {
    await ex.insert(promiseParties).values(partyIds.map((partyId) => ({ promiseId, partyId })));
  }
}

export async function listPromiseAreaIds(ex: Executor, promiseId: string): Promise<string[]> {
  const rows = await ex.select().from(promiseAreas).where(eq(promiseAreas.promiseId, promiseId));
  return rows.map((r) => r.areaId);
}

export async function listPromisePartyIds(ex: Executor, promiseId: string): Promise<string[]> {
  const rows = await ex.select().from(promiseParties).where(eq(promiseParties.promiseId, promiseId));
  return rows.map((r) => r.partyId);
}

export async function insertCommitment(ex: Executor, values: CommitmentInsert): Promise<CommitmentRow> {
  const [row] = await ex.insert(commitments).values(values).returning();
  if (!row) throw new Error("insert into commitments returned nothing");
  return row;
}

/** Updates a point if it still has `version`; bumps the version. */
export async function updateCommitmentRow(
  ex: Executor,
  id: string,
  version: number,
  values: Partial<CommitmentInsert>,
): Promise<CommitmentRow | null> {
  const [row] = await ex
    .update(commitments)
    .set({ ...values, version: sql`${commitments.version} + 1`, updatedAt: new Date() })
    .where(and(eq(commitments.id, id), eq(commitments.version, version)))
    .returning();
  return row ?? null;
}

/**
 * Gives the points of a promise new numbers. Two steps, because (promise_id, number) is unique
 * and a swap would collide half-way: first move every point out of the way (negated numbers are
 * refused by the check constraint, so large offsets are used), then set the final numbers.
 */
export async function renumberCommitments(
  ex: Executor,
  promiseId: string,
  numbers: Array<{ id: string; number: number }>,
): Promise<void> {
  if (numbers.length === 0) return;
  await ex
    .update(commitments)
    .set({ number: sql`${commitments.number} + 100000` })
    .where(
      and(
        eq(commitments.promiseId, promiseId),
        inArray(
          commitments.id,
          numbers.map((n) => n.id),
        ),
      ),
    );
  for (const { id, number } of numbers) {
    await ex
      .update(commitments)
      .set({ number, version: sql`${commitments.version} + 1`, updatedAt: new Date() })
      .where(eq(commitments.id, id));
  }
}

export async function replaceCommitmentParties(
  ex: Executor,
  commitmentId: string,
  responsible: string[],
  contributors: string[],
): Promise<void> {
  await ex.delete(commitmentParties).where(eq(commitmentParties.commitmentId, commitmentId));
  const rows = [
    ...responsible.map((partyId) => ({ commitmentId, partyId, role: "responsible" })),
    ...contributors
      .filter((p) => !responsible.includes(p))
      .map((partyId) => ({ commitmentId, partyId, role: "contributor" })),
  ];
  if (rows.length > 0) await ex.insert(commitmentParties).values(rows);
}

export async function replaceCommitmentUnits(
  ex: Executor,
  commitmentId: string,
  unitIds: string[],
): Promise<void> {
  await ex.delete(commitmentUnits).where(eq(commitmentUnits.commitmentId, commitmentId));
  if (unitIds.length > 0) {
    await ex.insert(commitmentUnits).values(unitIds.map((unitId) => ({ commitmentId, unitId })));
  }
}

export async function replaceCommitmentGoals(
  ex: Executor,
  commitmentId: string,
  goalIds: string[],
): Promise<void> {
  await ex.delete(commitmentGoals).where(eq(commitmentGoals.commitmentId, commitmentId));
  if (goalIds.length > 0) {
    await ex.insert(commitmentGoals).values(goalIds.map((goalId) => ({ commitmentId, goalId })));
  }
}

export async function insertTargets(ex: Executor, values: TargetInsert[]): Promise<TargetRow[]> {
  if (values.length === 0) return [];
  return ex.insert(targets).values(values).returning();
}

export async function updateTarget(ex: Executor, id: string, values: Partial<TargetInsert>): Promise<void> {
  await ex.update(targets).set(values).where(eq(targets.id, id));
}

/** Moves the targets of a point out of the way of new positions (unique per point). */
export async function shiftTargetPositions(ex: Executor, commitmentId: string): Promise<void> {
  await ex
    .update(targets)
    .set({ position: sql`${targets.position} + 100000` })
    .where(eq(targets.commitmentId, commitmentId));
}

export async function deleteTargets(ex: Executor, ids: string[]): Promise<void> {
  if (ids.length > 0) await ex.delete(targets).where(inArray(targets.id, ids));
}

export async function countMeasurementsOfTargets(ex: Executor, targetIds: string[]): Promise<number> {
  if (targetIds.length === 0) return 0;
  const [row] = await ex
    .select({ n: sql<number>`count(*)::int` })
    .from(followUpMeasurements)
    .where(inArray(followUpMeasurements.targetId, targetIds));
  return row?.n ?? 0;
}

/** How many follow-ups and later points refer to a point (it cannot be removed while any do). */
export async function countReferencesToCommitment(ex: Executor, commitmentId: string): Promise<number> {
  const [f] = await ex
    .select({ n: sql<number>`count(*)::int` })
    .from(followUps)
    .where(eq(followUps.commitmentId, commitmentId));
  const [c] = await ex
    .select({ n: sql<number>`count(*)::int` })
    .from(commitments)
    .where(eq(commitments.carriedFromId, commitmentId));
  return (f?.n ?? 0) + (c?.n ?? 0);
}

/** Deletes a point and what hangs on it (parties, units, goals, targets). */
export async function deleteCommitment(ex: Executor, commitmentId: string): Promise<void> {
  await ex.delete(commitmentParties).where(eq(commitmentParties.commitmentId, commitmentId));
  await ex.delete(commitmentUnits).where(eq(commitmentUnits.commitmentId, commitmentId));
  await ex.delete(commitmentGoals).where(eq(commitmentGoals.commitmentId, commitmentId));
  await ex.delete(targets).where(eq(targets.commitmentId, commitmentId));
  await ex.delete(commitments).where(eq(commitments.id, commitmentId));
}

/** The council goals of a partnership (all its goal sets), by number. */
export function listPartnershipGoals(ex: Executor, partnershipId: string) {
  return ex
    .select({
      id: councilGoals.id,
      number: councilGoals.number,
      text: councilGoals.text,
      setName: councilGoalSets.name,
    })
    .from(councilGoals)
    .innerJoin(councilGoalSets, eq(councilGoalSets.id, councilGoals.setId))
    .where(eq(councilGoalSets.partnershipId, partnershipId))
    .orderBy(asc(councilGoals.number));
}

export function listPartnershipAreaRows(ex: Executor, partnershipId: string) {
  return ex
    .select({ id: areas.id, name: areas.name })
    .from(areas)
    .where(eq(areas.partnershipId, partnershipId))
    .orderBy(asc(areas.name));
}
