/**
 * The SQL of safety walks: walks, their findings and the findings' photos. Only this file writes
 * these rows (the public reader in publishing/ reads them through its own, narrower query).
 */
import { and, asc, desc, eq, inArray, lt, sql } from "drizzle-orm";
import { areas } from "../areas/areas.schema.js";
import { parties, partnerships, units } from "../partnerships/partnerships.schema.js";
import type { Executor } from "../platform/db/client.js";
import { queryRows } from "../platform/db/rows.js";
import { safetyWalks, walkFindingPhotos, walkFindings, walkSettings } from "./walks.schema.js";
import { DEFAULT_PHOTO_RETENTION_MONTHS } from "./walks.types.js";

export type WalkRow = typeof safetyWalks.$inferSelect;
export type FindingRow = typeof walkFindings.$inferSelect;

export async function findPartnershipIdBySlug(ex: Executor, slug: string): Promise<string | null> {
  const [row] = await ex
    .select({ id: partnerships.id })
    .from(partnerships)
    .where(eq(partnerships.slug, slug));
  return row?.id ?? null;
}

export const listAreaChoices = (ex: Executor, partnershipId: string) =>
  ex
    .select({ id: areas.id, name: areas.name, geojson: areas.geojson })
    .from(areas)
    .where(eq(areas.partnershipId, partnershipId))
    .orderBy(asc(areas.name));

export async function listPartyChoices(ex: Executor, partnershipId: string) {
  const rows = await ex
    .select({ id: parties.id, name: parties.name, kind: parties.kind })
    .from(parties)
    .where(eq(parties.partnershipId, partnershipId))
    .orderBy(asc(parties.name));
  const unitRows =
    rows.length === 0
      ? []
      : await ex
          .select({ id: units.id, name: units.name, partyId: units.partyId })
          .from(units)
          .where(
            inArray(
              units.partyId,
              rows.map((r) => r.id),
            ),
          )
          .orderBy(asc(units.name));
  return rows.map((p) => ({ ...p, units: unitRows.filter((u) => u.partyId === p.id) }));
}

const walkColumns = {
  id: safetyWalks.id,
  partnershipId: safetyWalks.partnershipId,
  areaId: safetyWalks.areaId,
  areaName: areas.name,
  areaBoundary: areas.geojson,
  walkedOn: safetyWalks.walkedOn,
  route: safetyWalks.route,
  residents: safetyWalks.residents,
  youth: safetyWalks.youth,
  propertyOwners: safetyWalks.propertyOwners,
  staff: safetyWalks.staff,
  version: safetyWalks.version,
  findings: sql<number>`(select count(*)::int from walk_findings f where f.walk_id = ${safetyWalks.id})`,
  openFindings: sql<number>`(select count(*)::int from walk_findings f where f.walk_id = ${safetyWalks.id} and f.status in ('new', 'in_progress'))`,
};

export const listWalks = (ex: Executor, partnershipId: string) =>
  ex
    .select(walkColumns)
    .from(safetyWalks)
    .innerJoin(areas, eq(areas.id, safetyWalks.areaId))
    .where(eq(safetyWalks.partnershipId, partnershipId))
    .orderBy(desc(safetyWalks.walkedOn), asc(areas.name));

export type WalkListRow = Awaited<ReturnType<typeof listWalks>>[number];

export async function findWalk(
  ex: Executor,
  partnershipId: string,
  walkId: string,
): Promise<WalkListRow | null> {
  const [row] = await ex
    .select(walkColumns)
    .from(safetyWalks)
    .innerJoin(areas, eq(areas.id, safetyWalks.areaId))
    .where(and(eq(safetyWalks.partnershipId, partnershipId), eq(safetyWalks.id, walkId)));
  return row ?? null;
}

export async function insertWalk(ex: Executor, values: typeof safetyWalks.$inferInsert): Promise<WalkRow> {
  const [row] = await ex.insert(safetyWalks).values(values).returning();
  if (!row) throw new Error("insert into safety_walks returned no row");
  return row;
}

const findingColumns = {
  id: walkFindings.id,
  walkId: walkFindings.walkId,
  partnershipId: walkFindings.partnershipId,
  number: walkFindings.number,
  category: walkFindings.category,
  description: walkFindings.description,
  descriptionPublic: walkFindings.descriptionPublic,
  latitude: walkFindings.latitude,
  longitude: walkFindings.longitude,
  address: walkFindings.address,
  responsiblePartyId: walkFindings.responsiblePartyId,
  responsiblePartyName: parties.name,
  responsiblePartyKind: parties.kind,
  unitId: walkFindings.unitId,
  unitName: units.name,
  status: walkFindings.status,
  rejectionReason: walkFindings.rejectionReason,
  targetDate: walkFindings.targetDate,
  version: walkFindings.version,
  hasPhoto: sql<boolean>`exists (select 1 from walk_finding_photos p where p.finding_id = ${walkFindings.id})`,
};

const findingQuery = (ex: Executor) =>
  ex
    .select(findingColumns)
    .from(walkFindings)
    .innerJoin(parties, eq(parties.id, walkFindings.responsiblePartyId))
    .leftJoin(units, eq(units.id, walkFindings.unitId));

export type FindingListRow = Awaited<ReturnType<typeof listFindings>>[number];

export const listFindings = (ex: Executor, walkId: string) =>
  findingQuery(ex).where(eq(walkFindings.walkId, walkId)).orderBy(asc(walkFindings.number));

export async function findFinding(
  ex: Executor,
  walkId: string,
  findingId: string,
): Promise<FindingListRow | null> {
  const [row] = await findingQuery(ex).where(
    and(eq(walkFindings.walkId, walkId), eq(walkFindings.id, findingId)),
  );
  return row ?? null;
}

/** Open findings of a partnership (for Att rapportera), oldest target date first. */
export const listOpenFindings = (ex: Executor, partnershipId: string) =>
  findingQuery(ex)
    .where(
      and(
        eq(walkFindings.partnershipId, partnershipId),
        inArray(walkFindings.status, ["new", "in_progress"]),
      ),
    )
    .orderBy(asc(walkFindings.targetDate), asc(walkFindings.number));

/** Open findings of every partnership whose target date is before `date` (for the reminders). */
export const listOverdueFindings = (ex: Executor, date: string) =>
  findingQuery(ex)
    .where(and(inArray(walkFindings.status, ["new", "in_progress"]), lt(walkFindings.targetDate, date)))
    .orderBy(asc(walkFindings.partnershipId), asc(walkFindings.targetDate));

export async function nextFindingNumber(ex: Executor, walkId: string): Promise<number> {
  const [row] = await ex
    .select({ n: sql<number>`coalesce(max(${walkFindings.number}), 0)::int + 1` })
    .from(walkFindings)
    .where(eq(walkFindings.walkId, walkId));
  return row?.n ?? 1;
}

export async function insertFinding(
  ex: Executor,
  values: typeof walkFindings.$inferInsert,
): Promise<FindingRow> {
  const [row] = await ex.insert(walkFindings).values(values).returning();
  if (!row) throw new Error("insert into walk_findings returned no row");
  return row;
}

/** Updates a finding if it still has `version`; null when someone else changed it first. */
export async function updateFinding(
  ex: Executor,
  findingId: string,
  version: number,
  values: Partial<typeof walkFindings.$inferInsert>,
): Promise<FindingRow | null> {
  const [row] = await ex
    .update(walkFindings)
    .set({ ...values, version: version + 1, updatedAt: new Date() })
    .where(and(eq(walkFindings.id, findingId), eq(walkFindings.version, version)))
    .returning();
  return row ?? null;
}

export async function insertPhoto(ex: Executor, findingId: string, contentType: string, data: string) {
  await ex.insert(walkFindingPhotos).values({ findingId, contentType, data });
}

export async function deletePhoto(ex: Executor, findingId: string): Promise<void> {
  await ex.delete(walkFindingPhotos).where(eq(walkFindingPhotos.findingId, findingId));
}

export async function findPhoto(ex: Executor, findingId: string) {
  const [row] = await ex
    .select({ contentType: walkFindingPhotos.contentType, data: walkFindingPhotos.data })
    .from(walkFindingPhotos)
    .where(eq(walkFindingPhotos.findingId, findingId));
  return row ?? null;
}

export async function findArea(ex: Executor, partnershipId: string, areaId: string) {
  const [row] = await ex
    .select({ id: areas.id, name: areas.name })
    .from(areas)
    .where(and(eq(areas.partnershipId, partnershipId), eq(areas.id, areaId)));
  return row ?? null;
}

export async function findPartnershipSlug(ex: Executor, partnershipId: string): Promise<string> {
  const [row] = await ex
    .select({ slug: partnerships.slug })
    .from(partnerships)
    .where(eq(partnerships.id, partnershipId));
  return row?.slug ?? "";
}

// --- settings and the photos' retention ----------------------------------------------------------

export type WalkSettingsRow = typeof walkSettings.$inferSelect;

export async function findSettings(ex: Executor, partnershipId: string): Promise<WalkSettingsRow | null> {
  const [row] = await ex.select().from(walkSettings).where(eq(walkSettings.partnershipId, partnershipId));
  return row ?? null;
}

export async function insertSettings(
  ex: Executor,
  values: { partnershipId: string; photoRetentionMonths: number },
): Promise<WalkSettingsRow | null> {
  const [row] = await ex
    .insert(walkSettings)
    .values({ ...values, version: 2 })
    .onConflictDoNothing()
    .returning();
  return row ?? null;
}

export async function updateSettings(
  ex: Executor,
  partnershipId: string,
  version: number,
  values: { photoRetentionMonths: number },
): Promise<WalkSettingsRow | null> {
  const [row] = await ex
    .update(walkSettings)
    .set({ ...values, version: sql`${walkSettings.version} + 1`, updatedAt: new Date() })
    .where(and(eq(walkSettings.partnershipId, partnershipId), eq(walkSettings.version, version)))
    .returning();
  return row ?? null;
}

/** Every partnership with its photo retention (months; 12 without settings). */
export function listPhotoRetentions(
  ex: Executor,
): Promise<{ partnershipId: string; photoRetentionMonths: number }[]> {
  return queryRows(
    ex,
    sql`SELECT p.id AS "partnershipId", coalesce(s.photo_retention_months, ${DEFAULT_PHOTO_RETENTION_MONTHS}::int) AS "photoRetentionMonths"
        FROM partnerships p LEFT JOIN walk_settings s ON s.partnership_id = p.id ORDER BY p.slug`,
  );
}

/**
 * Deletes the photos of the partnership's findings closed (åtgärdad, avvisad) before the cutoff —
 * by when their status last changed (when the finding was last changed, for findings closed
 * before that was recorded) — and says how many.
 */
export async function deleteClosedPhotosBefore(ex: Executor, partnershipId: string, cutoff: Date) {
  const rows = await queryRows<{ finding_id: string }>(
    ex,
    sql`DELETE FROM walk_finding_photos p USING walk_findings f
        WHERE p.finding_id = f.id AND f.partnership_id = ${partnershipId}
          AND f.status IN ('done', 'rejected')
          AND coalesce(f.status_changed_at, f.updated_at) < ${cutoff.toISOString()}
        RETURNING p.finding_id`,
  );
  return rows.length;
}
