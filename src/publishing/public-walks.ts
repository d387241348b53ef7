/**
 * The public reader of safety walks: what residents see of them, whoever asks (no viewer). Decided
 * (ARCHITECTURE.md, "Safety walks"): a walk's area, date and participant counts, and of each finding
 * its number, category, position on the map, responsible party (an organisation), status, target
 * date — and its description ONLY when staff has marked it public (`description_public`; it is free
 * text and may hold personal data). Never public: photos (stripping metadata does not remove faces,
 * number plates or house numbers in the picture, and nobody reviews them), the rejection reason
 * (free text), the address text (it may be a resident's home) and the unit. The query selects only
 * those columns, so nothing else leaves the database for a public page.
 */
import { and, asc, desc, eq, sql } from "drizzle-orm";
import { areas } from "../areas/areas.schema.js";
import { parties, partnerships } from "../partnerships/partnerships.schema.js";
import type { Executor } from "../platform/db/client.js";
import { AppError } from "../platform/errors.js";
import type { Boundary } from "../platform/maps/geojson.js";
import { rowsWithDemoMarkers } from "../platform/markers/markers.repository.js";
import { safetyWalks, walkFindings } from "../walks/walks.schema.js";

export interface PublicWalkSummary {
  id: string;
  areaName: string;
  walkedOn: string;
  participants: { residents: number; youth: number; propertyOwners: number; staff: number };
  findings: number;
  closedFindings: number;
}

export interface PublicFinding {
  number: number;
  category: string;
  status: string;
  targetDate: string;
  latitude: number | null;
  longitude: number | null;
  responsiblePartyName: string;
  /** Only when staff marked it public. */
  description: string | null;
}

export interface PublicWalks {
  partnershipName: string;
  slug: string;
  walks: PublicWalkSummary[];
}

export interface PublicWalk extends PublicWalkSummary {
  partnershipName: string;
  slug: string;
  boundary: Boundary | null;
  items: PublicFinding[];
  demo: boolean;
}

async function partnershipOf(ex: Executor, slug: string) {
  const [row] = await ex
    .select({ id: partnerships.id, name: partnerships.name, slug: partnerships.slug })
    .from(partnerships)
    .where(eq(partnerships.slug, slug));
  if (!row) throw new AppError("not_found", { entity: "partnership", value: slug });
  return row;
}

const summaryColumns = {
  id: safetyWalks.id,
  areaName: areas.name,
  boundary: areas.geojson,
  walkedOn: safetyWalks.walkedOn,
  residents: safetyWalks.residents,
  youth: safetyWalks.youth,
  propertyOwners: safetyWalks.propertyOwners,
  staff: safetyWalks.staff,
  findings: sql<number>`(select count(*)::int from walk_findings f where f.walk_id = ${safetyWalks.id})`,
  closedFindings: sql<number>`(select count(*)::int from walk_findings f where f.walk_id = ${safetyWalks.id} and f.status in ('done', 'rejected'))`,
};

const summaryOf = (r: {
  id: string;
  areaName: string;
  walkedOn: string;
  residents: number;
  youth: number;
  propertyOwners: number;
  staff: number;
  findings: number;
  closedFindings: number;
}): PublicWalkSummary => ({
  id: r.id,
  areaName: r.areaName,
  walkedOn: r.walkedOn,
  participants: { residents: r.residents, youth: r.youth, propertyOwners: r.propertyOwners, staff: r.staff },
  findings: r.findings,
  closedFindings: r.closedFindings,
});

/** The partnership's walks, newest first (404 for an unknown partnership). */
export async function readPublicWalks(ex: Executor, slug: string): Promise<PublicWalks> {
  const partnership = await partnershipOf(ex, slug);
  const rows = await ex
    .select(summaryColumns)
    .from(safetyWalks)
    .innerJoin(areas, eq(areas.id, safetyWalks.areaId))
    .where(eq(safetyWalks.partnershipId, partnership.id))
    .orderBy(desc(safetyWalks.walkedOn), asc(areas.name));
  return { partnershipName: partnership.name, slug: partnership.slug, walks: rows.map(summaryOf) };
}

/** One walk with its findings, as residents see them (404 when the partnership has no such walk). */
export async function readPublicWalk(ex: Executor, slug: string, walkId: string): Promise<PublicWalk> {
  const partnership = await partnershipOf(ex, slug);
  const [walk] = await ex
    .select(summaryColumns)
    .from(safetyWalks)
    .innerJoin(areas, eq(areas.id, safetyWalks.areaId))
    .where(and(eq(safetyWalks.partnershipId, partnership.id), eq(safetyWalks.id, walkId)));
  if (!walk) throw new AppError("not_found", { entity: "safety_walk", value: walkId });
  const [items, demo] = await Promise.all([
    ex
      .select({
        number: walkFindings.number,
        category: walkFindings.category,
        status: walkFindings.status,
        targetDate: walkFindings.targetDate,
        latitude: walkFindings.latitude,
        longitude: walkFindings.longitude,
        responsiblePartyName: parties.name,
        description: sql<
          string | null
        >`case when ${walkFindings.descriptionPublic} then ${walkFindings.description} end`,
      })
      .from(walkFindings)
      .innerJoin(parties, eq(parties.id, walkFindings.responsiblePartyId))
      .where(eq(walkFindings.walkId, walkId))
      .orderBy(asc(walkFindings.number)),
    rowsWithDemoMarkers(ex, "safety_walks", [walkId]),
  ]);
  return {
    ...summaryOf(walk),
    partnershipName: partnership.name,
    slug: partnership.slug,
    boundary: (walk.boundary as Boundary | null) ?? null,
    items: items.map((f) => ({ ...f, description: f.description || null })),
    demo: demo.has(walkId),
  };
}
