import { and, asc, eq, inArray, sql } from "drizzle-orm";
import type { Executor } from "../platform/db/client.js";
import { parties, partnerships, type people, units } from "./partnerships.schema.js";

export type PartnershipRow = typeof partnerships.$inferSelect;
export type PartyRow = typeof parties.$inferSelect;
export type UnitRow = typeof units.$inferSelect;
export type PersonRow = typeof people.$inferSelect;

export async function findPartnership(ex: Executor, id: string): Promise<PartnershipRow | null> {
  const [row] = await ex.select().from(partnerships).where(eq(partnerships.id, id));
  return row ?? null;
}

export function listParties(ex: Executor, partnershipId: string): Promise<PartyRow[]> {
  return ex
    .select()
    .from(parties)
    .where(eq(parties.partnershipId, partnershipId))
    .orderBy(asc(parties.kind), asc(parties.name));
}

export function listUnitsOfParties(ex: Executor, partyIds: string[]): Promise<UnitRow[]> {
  if (partyIds.length === 0) return Promise.resolve([]);
  return ex.select().from(units).where(inArray(units.partyId, partyIds)).orderBy(asc(units.name));
}

export async function findPartnershipBySlug(ex: Executor, slug: string): Promise<PartnershipRow | null> {
  const [row] = await ex.select().from(partnerships).where(eq(partnerships.slug, slug));
  return row ?? null;
}

export async function insertPartnership(
  ex: Executor,
  values: typeof partnerships.$inferInsert,
): Promise<PartnershipRow> {
  const [row] = await ex.insert(partnerships).values(values).returning();
  if (!row) throw new Error("insert into partnerships returned no row");
  return row;
}

export async function insertParty(ex: Executor, values: typeof parties.$inferInsert): Promise<PartyRow> {
  const [row] = await ex.insert(parties).values(values).returning();
  if (!row) throw new Error("insert into parties returned no row");
  return row;
}

/** Changes a partnership's reporting rhythm if it is still at `version`; null when it is not. */
export async function updatePartnershipReporting(
  ex: Executor,
  id: string,
  version: number,
  values: { periodScheme: string; deadlineOffsetDays: number; reminderDaysBefore: number },
): Promise<PartnershipRow | null> {
  const [row] = await ex
    .update(partnerships)
    .set({ ...values, version: sql`${partnerships.version} + 1`, updatedAt: new Date() })
    .where(and(eq(partnerships.id, id), eq(partnerships.version, version)))
    .returning();
  return row ?? null;
}
