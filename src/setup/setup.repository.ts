/**
 * The SQL of a partnership's setup: parties, units, people, areas with their classifications,
 * council goal sets and agreements. Only this file (and the tables' own modules) writes these rows.
 */
import { and, asc, eq, inArray, sql } from "drizzle-orm";
import { agreementFocusProblems, agreementParties, agreements } from "../agreements/agreements.schema.js";
import { areaClassifications, areas } from "../areas/areas.schema.js";
import { councilGoalSets, councilGoals } from "../goals/goals.schema.js";
import { parties, partnerships, people, units } from "../partnerships/partnerships.schema.js";
import type { Executor } from "../platform/db/client.js";

export type PartyRow = typeof parties.$inferSelect;
export type UnitRow = typeof units.$inferSelect;
export type PersonRow = typeof people.$inferSelect;
export type AreaRow = typeof areas.$inferSelect;
export type ClassificationRow = typeof areaClassifications.$inferSelect;
export type GoalSetRow = typeof councilGoalSets.$inferSelect;
export type GoalRow = typeof councilGoals.$inferSelect;
export type AgreementRow = typeof agreements.$inferSelect;

async function one<T>(rows: Promise<T[]>, table: string): Promise<T> {
  const [row] = await rows;
  if (!row) throw new Error(`insert into ${table} returned no row`);
  return row;
}

export const listParties = (ex: Executor, partnershipId: string) =>
  ex.select().from(parties).where(eq(parties.partnershipId, partnershipId)).orderBy(asc(parties.name));

export async function listUnits(ex: Executor, partyIds: string[]): Promise<UnitRow[]> {
  if (partyIds.length === 0) return [];
  return ex.select().from(units).where(inArray(units.partyId, partyIds)).orderBy(asc(units.name));
}

export const listPeople = (ex: Executor, partnershipId: string) =>
  ex.select().from(people).where(eq(people.partnershipId, partnershipId)).orderBy(asc(people.name));

export const listAreas = (ex: Executor, partnershipId: string) =>
  ex.select().from(areas).where(eq(areas.partnershipId, partnershipId)).orderBy(asc(areas.name));

export async function listClassifications(ex: Executor, areaIds: string[]): Promise<ClassificationRow[]> {
  if (areaIds.length === 0) return [];
  return ex
    .select()
    .from(areaClassifications)
    .where(inArray(areaClassifications.areaId, areaIds))
    .orderBy(asc(areaClassifications.validFrom), asc(areaClassifications.classification));
}

export const listGoalSets = (ex: Executor, partnershipId: string) =>
  ex
    .select()
    .from(councilGoalSets)
    .where(eq(councilGoalSets.partnershipId, partnershipId))
    .orderBy(asc(councilGoalSets.fromYear));

export async function listGoals(ex: Executor, setIds: string[]): Promise<GoalRow[]> {
  if (setIds.length === 0) return [];
  return ex
    .select()
    .from(councilGoals)
    .where(inArray(councilGoals.setId, setIds))
    .orderBy(asc(councilGoals.number));
}

export const listAgreements = (ex: Executor, partnershipId: string) =>
  ex
    .select()
    .from(agreements)
    .where(eq(agreements.partnershipId, partnershipId))
    .orderBy(asc(agreements.validFrom));

export async function listAgreementParties(ex: Executor, agreementIds: string[]) {
  if (agreementIds.length === 0) return [];
  return ex.select().from(agreementParties).where(inArray(agreementParties.agreementId, agreementIds));
}

export async function listFocusProblems(ex: Executor, agreementIds: string[]) {
  if (agreementIds.length === 0) return [];
  return ex
    .select()
    .from(agreementFocusProblems)
    .where(inArray(agreementFocusProblems.agreementId, agreementIds))
    .orderBy(asc(agreementFocusProblems.position));
}

export const insertParty = (ex: Executor, values: typeof parties.$inferInsert) =>
  one(ex.insert(parties).values(values).returning(), "parties");

export const updateParty = (ex: Executor, id: string, values: Partial<typeof parties.$inferInsert>) =>
  one(ex.update(parties).set(values).where(eq(parties.id, id)).returning(), "parties");

export const insertUnit = (ex: Executor, values: typeof units.$inferInsert) =>
  one(ex.insert(units).values(values).returning(), "units");

export const updateUnit = (ex: Executor, id: string, values: Partial<typeof units.$inferInsert>) =>
  one(ex.update(units).set(values).where(eq(units.id, id)).returning(), "units");

export const insertPerson = (ex: Executor, values: typeof people.$inferInsert) =>
  one(ex.insert(people).values(values).returning(), "people");

export const updatePerson = (ex: Executor, id: string, values: Partial<typeof people.$inferInsert>) =>
  one(ex.update(people).set(values).where(eq(people.id, id)).returning(), "people");

export const insertArea = (ex: Executor, values: typeof areas.$inferInsert) =>
  one(ex.insert(areas).values(values).returning(), "areas");

export const updateArea = (ex: Executor, id: string, values: Partial<typeof areas.$inferInsert>) =>
  one(ex.update(areas).set(values).where(eq(areas.id, id)).returning(), "areas");

export const insertClassification = (ex: Executor, values: typeof areaClassifications.$inferInsert) =>
  one(ex.insert(areaClassifications).values(values).returning(), "area_classifications");

export async function deleteClassifications(ex: Executor, areaId: string) {
  await ex.delete(areaClassifications).where(eq(areaClassifications.areaId, areaId));
}

export const insertGoalSet = (ex: Executor, values: typeof councilGoalSets.$inferInsert) =>
  one(ex.insert(councilGoalSets).values(values).returning(), "council_goal_sets");

export const updateGoalSet = (
  ex: Executor,
  id: string,
  values: Partial<typeof councilGoalSets.$inferInsert>,
) =>
  one(
    ex.update(councilGoalSets).set(values).where(eq(councilGoalSets.id, id)).returning(),
    "council_goal_sets",
  );

export async function replaceGoals(ex: Executor, setId: string, texts: string[]) {
  await ex.delete(councilGoals).where(eq(councilGoals.setId, setId));
  if (texts.length > 0)
    await ex.insert(councilGoals).values(texts.map((t, i) => ({ setId, number: i + 1, text: { sv: t } })));
}

export const insertAgreement = (ex: Executor, values: typeof agreements.$inferInsert) =>
  one(ex.insert(agreements).values(values).returning(), "agreements");

export const updateAgreement = (ex: Executor, id: string, values: Partial<typeof agreements.$inferInsert>) =>
  one(ex.update(agreements).set(values).where(eq(agreements.id, id)).returning(), "agreements");

export async function replaceAgreementParts(
  ex: Executor,
  agreementId: string,
  partyIds: string[],
  focusProblems: string[],
) {
  await ex.delete(agreementParties).where(eq(agreementParties.agreementId, agreementId));
  await ex.delete(agreementFocusProblems).where(eq(agreementFocusProblems.agreementId, agreementId));
  if (partyIds.length > 0)
    await ex.insert(agreementParties).values(partyIds.map((partyId) => ({ agreementId, partyId })));
  if (focusProblems.length > 0)
    await ex
      .insert(agreementFocusProblems)
      .values(focusProblems.map((t, i) => ({ agreementId, position: i + 1, text: { sv: t } })));
}

export async function findPartnershipBySlug(ex: Executor, slug: string) {
  const [row] = await ex.select().from(partnerships).where(eq(partnerships.slug, slug));
  return row ?? null;
}

export async function findPartnershipById(ex: Executor, id: string) {
  const [row] = await ex.select().from(partnerships).where(eq(partnerships.id, id));
  return row ?? null;
}

export const insertPartnership = (ex: Executor, values: typeof partnerships.$inferInsert) =>
  one(ex.insert(partnerships).values(values).returning(), "partnerships");

export const updatePartnership = (
  ex: Executor,
  id: string,
  values: Partial<typeof partnerships.$inferInsert>,
) =>
  one(
    ex
      .update(partnerships)
      .set({ ...values, updatedAt: new Date() })
      .where(eq(partnerships.id, id))
      .returning(),
    "partnerships",
  );

export async function findArea(ex: Executor, partnershipId: string, areaId: string) {
  const [row] = await ex
    .select()
    .from(areas)
    .where(and(eq(areas.partnershipId, partnershipId), eq(areas.id, areaId)));
  return row ?? null;
}

/** Sets the contact address if the partnership is still at `version` (then one newer); null otherwise. */
export async function updatePartnershipContact(
  ex: Executor,
  id: string,
  version: number,
  values: { contactEmail: string | null; contactPhone: string | null },
) {
  const [row] = await ex
    .update(partnerships)
    .set({ ...values, version: sql`${partnerships.version} + 1`, updatedAt: new Date() })
    .where(and(eq(partnerships.id, id), eq(partnerships.version, version)))
    .returning();
  return row ?? null;
}
