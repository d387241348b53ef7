/**
 * The report form's map (`incidents.report`): the partnership's areas that have a boundary, drawn
 * by `renderSvgMap` at its default size, and the place a click on that picture points at. Both
 * read the same areas in the same order, so the click is read against the picture that was drawn.
 * The chosen place, when given, is drawn as a marker (the form shows it again after a refusal).
 */
import type { Boundary } from "../platform/maps/geojson.js";
import {
  areaAt,
  isPointerClick,
  type MapClick,
  type MapPosition,
  positionOfClick,
} from "../platform/maps/map-click.js";
import { type MapArea, renderSvgMap, type SvgMap } from "../platform/maps/svg-map.js";
import type { IncidentScope } from "./incident-categories.service.js";
import { incidentsPolicy } from "./incidents.policy.js";
import * as repo from "./incidents.repository.js";

type MappedArea = MapArea & { id: string };

const authorizeReport = (scope: IncidentScope) =>
  incidentsPolicy.authorize(scope.viewer, "report", scope, {
    entity: "partnership",
    value: scope.partnershipId,
  });

async function mappedAreas(scope: IncidentScope): Promise<MappedArea[]> {
  const rows = await repo.listAreas(scope.db, scope.partnershipId);
  return rows
    .filter((a) => a.geojson !== null)
    .map((a) => ({ id: a.id, name: a.name, boundary: a.geojson as Boundary }));
}

/**
 * The report form's map picture with the chosen place as a marker; null when no area of the
 * partnership has a boundary (then the form shows no map).
 */
export async function reportMap(
  scope: IncidentScope,
  text: { title: string; description: string; marker: string },
  chosen?: MapPosition,
): Promise<SvgMap | null> {
  authorizeReport(scope);
  const areas = await mappedAreas(scope);
  return renderSvgMap(areas, {
    id: "handelsekarta",
    title: text.title,
    description: text.description,
    markers: chosen ? [{ lon: chosen.longitude, lat: chosen.latitude, label: "", title: text.marker }] : [],
  });
}

/**
 * The place a click on the report form's map points at: the position, and the area whose boundary
 * holds it (the smallest of nested ones; null outside every area). Null without a pointer click or without a map.
 */
export async function placeOfClick(
  scope: IncidentScope,
  click: MapClick | undefined,
): Promise<(MapPosition & { areaId: string | null }) | null> {
  if (!isPointerClick(click)) return null;
  authorizeReport(scope);
  const areas = await mappedAreas(scope);
  const position = positionOfClick(areas, click);
  if (!position) return null;
  return { ...position, areaId: areaAt(areas, position)?.id ?? null };
}
