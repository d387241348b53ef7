import { and, asc, desc, eq, inArray, sql } from "drizzle-orm";
import { areas } from "../areas/areas.schema.js";
import { councilGoalSets, councilGoals } from "../goals/goals.schema.js";
import { parties, units } from "../partnerships/partnerships.schema.js";
import type { Executor } from "../platform/db/client.js";
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

export type PromiseRow = typeof promises.$inferSelect;
export type CommitmentRow = typeof commitments.$inferSelect;
export type TargetRow = typeof targets.$inferSelect;

export interface PromiseFilter {
  partnershipId?: string;
  year?: number;
  statuses?: readonly string[];
}

/** Promises matching the filter, newest first. `year` matches promises whose years include it. */
export function listPromises(ex: Executor, filter: PromiseFilter): Promise<PromiseRow[]> {
  const conditions = [];
  if (filter.partnershipId) conditions.push(eq(promises.partnershipId, filter.partnershipId));
  if (filter.year !== undefined) {
    conditions.push(sql`${filter.year} between ${promises.fromYear} and ${promises.toYear}`);
  }
  if (filter.statuses) conditions.push(inArray(promises.status, [...filter.statuses]));
  return ex
    .select()
    .from(promises)
    .where(and(...conditions))
    .orderBy(desc(promises.fromYear), asc(promises.ref));
}

export async function findPromise(
  ex: Executor,
  key: { id: string } | { partnershipId: string; ref: string },
): Promise<PromiseRow | null> {
  const where =
    "id" in key
      ? eq(promises.id, key.id)
      : and(eq(promises.partnershipId, key.partnershipId), eq(promises.ref, key.ref));
  const [row] = await ex.select().from(promises).where(where);
  return row ?? null;
}

/** Every promise with a reference, in any partnership (the command line, which names no partnership). */
export function listPromisesByRef(ex: Executor, ref: string): Promise<PromiseRow[]> {
  return ex.select().from(promises).where(eq(promises.ref, ref));
}

export function listAreasOfPromises(ex: Executor, promiseIds: string[]) {
  if (promiseIds.length === 0) return Promise.resolve([]);
  return ex
    .select({ promiseId: promiseAreas.promiseId, id: areas.id, name: areas.name })
    .from(promiseAreas)
    .innerJoin(areas, eq(areas.id, promiseAreas.areaId))
    .where(inArray(promiseAreas.promiseId, promiseIds))
    .orderBy(asc(areas.name));
}

export function listPartiesOfPromises(ex: Executor, promiseIds: string[]) {
  if (promiseIds.length === 0) return Promise.resolve([]);
  return ex
    .select({ promiseId: promiseParties.promiseId, id: parties.id, name: parties.name, kind: parties.kind })
    .from(promiseParties)
    .innerJoin(parties, eq(parties.id, promiseParties.partyId))
    .where(inArray(promiseParties.promiseId, promiseIds))
    .orderBy(asc(parties.kind), asc(parties.name));
}

export function countCommitmentsOfPromises(ex: Executor, promiseIds: string[]) {
  if (promiseIds.length === 0) return Promise.resolve([]);
  return ex
    .select({ promiseId: commitments.promiseId, count: sql<number>`count(*)::int` })
    .from(commitments)
    .where(inArray(commitments.promiseId, promiseIds))
    .groupBy(commitments.promiseId);
}

export function listCommitments(ex: Executor, promiseIds: string[]): Promise<CommitmentRow[]> {
  if (promiseIds.length === 0) return Promise.resolve([]);
  return ex
    .select()
    .from(commitments)
    .where(inArray(commitments.promiseId, promiseIds))
    .orderBy(asc(commitments.number));
}

export async function findCommitment(ex: Executor, id: string): Promise<CommitmentRow | null> {
  const [row] = await ex.select().from(commitments).where(eq(commitments.id, id));
  return row ?? null;
}

export function listCommitmentParties(ex: Executor, commitmentIds: string[]) {
  if (commitmentIds.length === 0) return Promise.resolve([]);
  return ex
    .select({
      commitmentId: commitmentParties.commitmentId,
      role: commitmentParties.role,
      id: parties.id,
      name: parties.name,
      kind: parties.kind,
    })
    .from(commitmentParties)
    .innerJoin(parties, eq(parties.id, commitmentParties.partyId))
    .where(inArray(commitmentParties.commitmentId, commitmentIds))
    .orderBy(asc(parties.kind), asc(parties.name));
}

export function listCommitmentUnits(ex: Executor, commitmentIds: string[]) {
  if (commitmentIds.length === 0) return Promise.resolve([]);
  return ex
    .select({
      commitmentId: commitmentUnits.commitmentId,
      id: units.id,
      name: units.name,
      partyId: units.partyId,
    })
    .from(commitmentUnits)
    .innerJoin(units, eq(units.id, commitmentUnits.unitId))
    .where(inArray(commitmentUnits.commitmentId, commitmentIds))
    .orderBy(asc(units.name));
}

export function listCommitmentGoals(ex: Executor, commitmentIds: string[]) {
  if (commitmentIds.length === 0) return Promise.resolve([]);
  return ex
    .select({
      commitmentId: commitmentGoals.commitmentId,
      id: councilGoals.id,
      number: councilGoals.number,
      text: councilGoals.text,
      setName: councilGoalSets.name,
    })
    .from(commitmentGoals)
    .innerJoin(councilGoals, eq(councilGoals.id, commitmentGoals.goalId))
    .innerJoin(councilGoalSets, eq(councilGoalSets.id, councilGoals.setId))
    .where(inArray(commitmentGoals.commitmentId, commitmentIds))
    .orderBy(asc(councilGoals.number));
}

export function listTargets(ex: Executor, commitmentIds: string[]): Promise<TargetRow[]> {
  if (commitmentIds.length === 0) return Promise.resolve([]);
  return ex
    .select()
    .from(targets)
    .where(inArray(targets.commitmentId, commitmentIds))
    .orderBy(asc(targets.position));
}

/** Lineage in both directions: for each given commitment, what it came from and what it went to. */
export async function listLineage(ex: Executor, commitmentIds: string[]) {
  if (commitmentIds.length === 0) return [];
  const linked = await ex
    .select({
      id: commitments.id,
      number: commitments.number,
      carriedFromId: commitments.carriedFromId,
      promiseId: promises.id,
      promiseRef: promises.ref,
      promiseStatus: promises.status,
      promisePartnershipId: promises.partnershipId,
    })
    .from(commitments)
    .innerJoin(promises, eq(promises.id, commitments.promiseId))
    .where(
      sql`${commitments.carriedFromId} in ${commitmentIds} or ${commitments.id} in (
        select c.carried_from_id from commitments c where c.id in ${commitmentIds}
      )`,
    );
  return linked;
}
