/**
 * A click on a server-drawn map submitted without JavaScript: an `<input type="image" name="karta">`
 * whose picture is `renderSvgMap` of the same areas at its default size (not scaled by CSS), so
 * the browser's `karta.x`/`karta.y` are pixels of the picture. `positionOfClick` turns them into
 * WGS 84 with the drawing's projection; `areaAt` says which area's boundary holds a position.
 *
 * @example
 * const FormSchema = InputSchema.extend({ karta: MapClickSchema.optional() });
 * const position = positionOfClick(areas, form.karta); // { latitude, longitude } | null
 */
import { z } from "@hono/zod-openapi";
import type { Boundary, Position, Ring } from "./geojson.js";
import { polygonsOfBoundary } from "./geojson.js";
import { inverseProjection, type MapArea } from "./svg-map.js";

/** The form fields of the click (`karta.x`, `karta.y`): pixels of the picture, absent without one. */
export const MapClickSchema = z.object({
  x: z.coerce.number().min(0).max(10_000).optional(),
  y: z.coerce.number().min(0).max(10_000).optional(),
});
export type MapClick = z.output<typeof MapClickSchema>;

export interface MapPosition {
  latitude: number;
  longitude: number;
}

/**
 * Whether the image button was clicked with a pointer. Activated from the keyboard it sends (0, 0):
 * Enter in a text field too, when the map is the form's first submit button (its default button).
 * The corner is padding outside every area, so no real choice is lost.
 */
export const isPointerClick = (click: MapClick | undefined): click is { x: number; y: number } =>
  click?.x !== undefined && click.y !== undefined && (click.x !== 0 || click.y !== 0);

/**
 * The position a click on the map of `areas` (drawn at the default size) points at; null without
 * a pointer click or when no area has a boundary (then there was no map to click).
 */
export function positionOfClick(areas: readonly MapArea[], click: MapClick | undefined): MapPosition | null {
  if (!isPointerClick(click)) return null;
  const inverse = inverseProjection(areas);
  if (!inverse) return null;
  const [longitude, latitude] = inverse(click.x, click.y);
  return { latitude, longitude };
}

/** Whether a point is inside a ring (ray casting; a point on the edge may fall either way). */
function inRing([x, y]: Position, ring: Ring): boolean {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i] as Position;
    const [xj, yj] = ring[j] as Position;
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

/** Whether a boundary holds a position: inside a polygon's outer ring and outside its holes. */
export function boundaryContains(boundary: Boundary, position: MapPosition): boolean {
  const point: Position = [position.longitude, position.latitude];
  return polygonsOfBoundary(boundary).some(
    ([outer, ...holes]) =>
      outer !== undefined && inRing(point, outer) && !holes.some((h) => inRing(point, h)),
  );
}

/** The surface a boundary covers (square degrees, holes taken off): only to compare areas. */
function surfaceOf(boundary: Boundary): number {
  const ring = (r: Ring) =>
    Math.abs(
      r.reduce((sum, [x, y], i) => {
        const [nx, ny] = r[(i + 1) % r.length] as Position;
        return sum + x * ny - nx * y;
      }, 0),
    ) / 2;
  return polygonsOfBoundary(boundary).reduce(
    (sum, [outer, ...holes]) => sum + (outer ? ring(outer) : 0) - holes.reduce((h, r) => h + ring(r), 0),
    0,
  );
}

/**
 * The area whose boundary holds the position; when several do (a district inside its
 * municipality), the smallest, which says most about where.
 */
export function areaAt<A extends { boundary: Boundary }>(
  areas: readonly A[],
  position: MapPosition,
): A | null {
  let best: { area: A; surface: number } | null = null;
  for (const area of areas) {
    if (!boundaryContains(area.boundary, position)) continue;
    const surface = surfaceOf(area.boundary);
    if (!best || surface < best.surface) best = { area, surface };
  }
  return best?.area ?? null;
}
