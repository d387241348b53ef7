import { listAreas, listClassifications } from "../areas/areas.repository.js";
import { listPeriods } from "../periods/periods.repository.js";
import type { Period } from "../periods/periods.types.js";
import type { Executor } from "../platform/db/client.js";
import { AppError } from "../platform/errors.js";
import type { Viewer } from "../platform/viewer.js";
import {
  findPartnership,
  listParties,
  listPartnerships as listPartnershipRows,
  listUnitsOfParties,
  type PartnershipRow,
} from "./partnerships.repository.js";
import type { Area, Partnership, Party } from "./partnerships.types.js";

interface PartnershipOptions {
  db: Executor;
  viewer: Viewer;
  partnershipId: string;
}

/** Partnerships, their parties, areas and periods are public facts (who promises what, where). */
export async function listPartnerships(options: { db: Executor; viewer: Viewer }): Promise<Partnership[]> {
  return (await listPartnershipRows(options.db)).map(presentPartnership);
}

export async function getPartnership(options: PartnershipOptions): Promise<Partnership> {
  return presentPartnership(await requirePartnership(options.db, options.partnershipId));
}

export async function listPartnershipParties(options: PartnershipOptions): Promise<Party[]> {
  await requirePartnership(options.db, options.partnershipId);
  const parties = await listParties(options.db, options.partnershipId);
  const units = await listUnitsOfParties(
    options.db,
    parties.map((p) => p.id),
  );
  return parties.map((p) => ({
    id: p.id,
    kind: p.kind as Party["kind"],
    name: p.name,
    shortName: p.shortName,
    units: units
      .filter((u) => u.partyId === p.id)
      .map((u) => ({ id: u.id, name: u.name, parentId: u.parentId })),
  }));
}

export async function listPartnershipAreas(options: PartnershipOptions): Promise<Area[]> {
  await requirePartnership(options.db, options.partnershipId);
  const areas = await listAreas(options.db, options.partnershipId);
  const classifications = await listClassifications(
    options.db,
    areas.map((a) => a.id),
  );
  return areas.map((a) => ({
    id: a.id,
    name: a.name,
    kind: a.kind as Area["kind"],
    parentId: a.parentId,
    geojson: a.geojson ?? null,
    classifications: classifications
      .filter((c) => c.areaId === a.id)
      .map((c) => ({
        classification: c.classification as Area["classifications"][number]["classification"],
        validFrom: c.validFrom,
        validTo: c.validTo,
        source: c.source,
      })),
  }));
}

export async function listPartnershipPeriods(options: PartnershipOptions): Promise<Period[]> {
  await requirePartnership(options.db, options.partnershipId);
  return (await listPeriods(options.db, options.partnershipId)).map((p) => ({
    id: p.id,
    code: p.code,
    year: p.year,
    index: p.index,
    startsOn: p.startsOn,
    endsOn: p.endsOn,
    deadline: p.deadline,
    closed: p.closedAt !== null,
  }));
}

async function requirePartnership(db: Executor, id: string): Promise<PartnershipRow> {
  const row = await findPartnership(db, id);
  if (!row) throw new AppError("not_found", { entity: "partnership", value: id });
  return row;
}

function presentPartnership(row: PartnershipRow): Partnership {
  return {
    id: row.id,
    slug: row.slug,
    name: row.name,
    municipalityName: row.municipalityName,
    periodScheme: row.periodScheme as Partnership["periodScheme"],
    deadlineOffsetDays: row.deadlineOffsetDays,
  };
}
