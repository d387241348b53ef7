/**
 * Reading safety walks (`walks.read`): the partnership's walks, one walk with its findings, a
 * finding's photo, and the walk's map (the area's boundary with the findings as numbered markers,
 * the same picture the click on the map is read against).
 */
import { addDays, parseIsoDate } from "../periods/iso-date.js";
import type { Db, Executor } from "../platform/db/client.js";
import { AppError } from "../platform/errors.js";
import type { Boundary } from "../platform/maps/geojson.js";
import { type MapArea, renderSvgMap, type SvgMap } from "../platform/maps/svg-map.js";
import { rowsWithDemoMarkers } from "../platform/markers/markers.repository.js";
import type { Viewer } from "../platform/viewer.js";
import { type FindingOwnership, walksPolicy } from "./walks.policy.js";
import * as repo from "./walks.repository.js";
import {
  DEFAULT_TARGET_MONTHS,
  type FindingStatus,
  OPEN_STATUSES,
  type WalkCategory,
} from "./walks.types.js";

export interface WalkScope {
  db: Db;
  viewer: Viewer;
  partnershipId: string;
  /** Today in Sweden (ISO date): decides which findings are overdue. */
  today: string;
}

/** The partnership of an API address as a scope (404 when there is none). */
export async function walkScopeOf(db: Db, viewer: Viewer, slug: string, today: string): Promise<WalkScope> {
  const partnershipId = await repo.findPartnershipIdBySlug(db, slug);
  if (!partnershipId) throw new AppError("not_found", { entity: "partnership", value: slug });
  return { db, viewer, partnershipId, today };
}

export const authorizeRead = (scope: WalkScope) =>
  walksPolicy.authorize(
    scope.viewer,
    "read",
    { partnershipId: scope.partnershipId },
    { entity: "partnership", value: scope.partnershipId },
  );

export interface Finding {
  id: string;
  walkId: string;
  number: number;
  category: WalkCategory;
  description: string;
  descriptionPublic: boolean;
  latitude: number | null;
  longitude: number | null;
  address: string | null;
  responsiblePartyId: string;
  responsiblePartyName: string;
  unitId: string | null;
  unitName: string | null;
  status: FindingStatus;
  rejectionReason: string | null;
  targetDate: string;
  overdue: boolean;
  hasPhoto: boolean;
  version: number;
  /** Whether the viewer may move its status (its owners and the samordnare). */
  canUpdateStatus: boolean;
}

export const ownershipOf = (f: repo.FindingListRow): FindingOwnership => ({
  partnershipId: f.partnershipId,
  responsiblePartyId: f.responsiblePartyId,
  responsiblePartyKind: f.responsiblePartyKind,
  unitId: f.unitId,
});

export function presentFinding(f: repo.FindingListRow, viewer: Viewer, today: string): Finding {
  const status = f.status as FindingStatus;
  return {
    id: f.id,
    walkId: f.walkId,
    number: f.number,
    category: f.category as WalkCategory,
    description: f.description,
    descriptionPublic: f.descriptionPublic,
    latitude: f.latitude,
    longitude: f.longitude,
    address: f.address,
    responsiblePartyId: f.responsiblePartyId,
    responsiblePartyName: f.responsiblePartyName,
    unitId: f.unitId,
    unitName: f.unitName,
    status,
    rejectionReason: f.rejectionReason,
    targetDate: f.targetDate,
    overdue: OPEN_STATUSES.includes(status) && f.targetDate < today,
    hasPhoto: f.hasPhoto,
    version: f.version,
    canUpdateStatus: walksPolicy.allows(viewer, "updateStatus", ownershipOf(f)),
  };
}

export interface WalkSummary {
  id: string;
  areaId: string;
  areaName: string;
  walkedOn: string;
  route: string;
  residents: number;
  youth: number;
  propertyOwners: number;
  staff: number;
  findings: number;
  openFindings: number;
  version: number;
}

const summaryOf = (w: repo.WalkListRow): WalkSummary => ({
  id: w.id,
  areaId: w.areaId,
  areaName: w.areaName,
  walkedOn: w.walkedOn,
  route: w.route,
  residents: w.residents,
  youth: w.youth,
  propertyOwners: w.propertyOwners,
  staff: w.staff,
  findings: w.findings,
  openFindings: w.openFindings,
  version: w.version,
});

export interface WalkOverview {
  walks: WalkSummary[];
  canManage: boolean;
  areas: { id: string; name: string; hasBoundary: boolean }[];
}

export async function listWalks(scope: WalkScope): Promise<WalkOverview> {
  authorizeRead(scope);
  const [walks, areas] = await Promise.all([
    repo.listWalks(scope.db, scope.partnershipId),
    repo.listAreaChoices(scope.db, scope.partnershipId),
  ]);
  return {
    walks: walks.map(summaryOf),
    canManage: walksPolicy.allows(scope.viewer, "manage", { partnershipId: scope.partnershipId }),
    areas: areas.map((a) => ({ id: a.id, name: a.name, hasBoundary: a.geojson !== null })),
  };
}

export interface WalkDetail extends WalkSummary {
  boundary: Boundary | null;
  items: Finding[];
  canManage: boolean;
  parties: Awaited<ReturnType<typeof repo.listPartyChoices>>;
  /** The default target date of a new finding (six months after the walk). */
  defaultTargetDate: string;
  /** The walk is invented demo data (marked in demo_markers). */
  demo: boolean;
}

export async function loadWalk(ex: Executor, partnershipId: string, walkId: string) {
  const walk = await repo.findWalk(ex, partnershipId, walkId);
  if (!walk) throw new AppError("not_found", { entity: "safety_walk", value: walkId });
  return walk;
}

export async function getWalk(scope: WalkScope, walkId: string): Promise<WalkDetail> {
  authorizeRead(scope);
  const walk = await loadWalk(scope.db, scope.partnershipId, walkId);
  const [findings, parties, demo] = await Promise.all([
    repo.listFindings(scope.db, walkId),
    repo.listPartyChoices(scope.db, scope.partnershipId),
    rowsWithDemoMarkers(scope.db, "safety_walks", [walkId]),
  ]);
  return {
    ...summaryOf(walk),
    boundary: (walk.areaBoundary as Boundary | null) ?? null,
    items: findings.map((f) => presentFinding(f, scope.viewer, scope.today)),
    canManage: walksPolicy.allows(scope.viewer, "manage", { partnershipId: scope.partnershipId }),
    parties,
    defaultTargetDate: addMonths(walk.walkedOn, DEFAULT_TARGET_MONTHS),
    demo: demo.has(walkId),
  };
}

/**
 * A finding of a walk of the scope's partnership, for a change: who has no role in the
 * partnership learns nothing (404) before anything is read; the caller authorizes the change.
 */
export async function loadFinding(scope: WalkScope, walkId: string, findingId: string) {
  authorizeRead(scope);
  await loadWalk(scope.db, scope.partnershipId, walkId);
  const finding = await repo.findFinding(scope.db, walkId, findingId);
  if (!finding) throw new AppError("not_found", { entity: "walk_finding", value: findingId });
  return finding;
}

/** A finding's photo (internal: `walks.read`). */
export async function getPhoto(scope: WalkScope, walkId: string, findingId: string) {
  authorizeRead(scope);
  await loadWalk(scope.db, scope.partnershipId, walkId);
  const finding = await repo.findFinding(scope.db, walkId, findingId);
  const photo = finding ? await repo.findPhoto(scope.db, findingId) : null;
  if (!photo) throw new AppError("not_found", { entity: "photo", value: findingId });
  return { contentType: photo.contentType, bytes: Buffer.from(photo.data, "base64") };
}

/** The areas of the walk's map (its own area, when it has a boundary): what is drawn and what a click is read against. */
export const walkAreas = (walk: { areaName: string; boundary: Boundary | null }): MapArea[] =>
  walk.boundary ? [{ name: walk.areaName, boundary: walk.boundary, highlight: true }] : [];

/** The walk's map: its area's boundary, the findings with a position as numbered markers. */
export function walkMap(
  walk: { areaName: string; boundary: Boundary | null; items: readonly Finding[] },
  text: { id: string; title: string; description: string; markerTitle: (f: Finding) => string },
): SvgMap | null {
  return renderSvgMap(walkAreas(walk), {
    id: text.id,
    title: text.title,
    description: text.description,
    markers: walk.items
      .filter((f) => f.latitude !== null && f.longitude !== null)
      .map((f) => ({
        lon: f.longitude as number,
        lat: f.latitude as number,
        label: String(f.number),
        title: text.markerTitle(f),
        open: OPEN_STATUSES.includes(f.status),
      })),
  });
}

/**
 * An ISO date `months` months later (the day kept, or the month's last day).
 * @example addMonths("2016-08-31", 6) // "2017-02-28"
 */
export function addMonths(iso: string, months: number): string {
  const { year, month, day } = parseIsoDate(iso);
  const total = year * 12 + (month - 1) + months;
  const y = Math.floor(total / 12);
  const m = (total % 12) + 1;
  const first = `${String(y).padStart(4, "0")}-${String(m).padStart(2, "0")}-01`;
  const lastDay = Number(addDays(addMonthStart(first), -1).slice(8));
  return `${first.slice(0, 8)}${String(Math.min(day, lastDay)).padStart(2, "0")}`;
}

const addMonthStart = (first: string) => {
  const { year, month } = parseIsoDate(first);
  return month === 12
    ? `${String(year + 1).padStart(4, "0")}-01-01`
    : `${String(year).padStart(4, "0")}-${String(month + 1).padStart(2, "0")}-01`;
};
