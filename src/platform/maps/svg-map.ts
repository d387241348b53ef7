/**
 * A map drawn on the server as SVG: boundaries (WGS 84) projected onto a fixed-size picture, with
 * no tiles, scripts or outside references, so it works under the CSP and prints. The projection
 * is equirectangular around the shapes' middle latitude (longitude scaled by cos φ), which is true
 * enough for a district or a municipality. The picture is an accessible image: `role="img"`, a
 * `<title>` and a `<desc>` naming it, and each area a `<title>` of its own; the caller shows the
 * text alternative (`alternative`: one line per area) beside it.
 */
import { type Boundary, type Position, polygonsOfBoundary } from "./geojson.js";

export interface MapArea {
  name: string;
  boundary: Boundary;
  /** Drawn stronger (the area the page is about). */
  highlight?: boolean;
}

export interface SvgMapOptions {
  /** Unique on the page (the ids of title and desc derive from it). */
  id: string;
  title: string;
  /** What the picture shows, in words (read by screen readers). */
  description: string;
  width?: number;
  height?: number;
  padding?: number;
  /** Numbered points drawn over the areas (outside the picture: left out). */
  markers?: readonly MapMarker[];
}

export interface SvgMap {
  svg: string;
  /** The areas in words, for a list beside the picture. */
  alternative: string[];
}

const escapeXml = (s: string) =>
  s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

const round = (n: number) => Math.round(n * 10) / 10;

/** The frame of a picture: the shapes' bounds and the scale that fits them (shared by both directions). */
function frameOf(areas: readonly MapArea[], width: number, height: number, padding: number) {
  let minLon = Infinity;
  let maxLon = -Infinity;
  let minLat = Infinity;
  let maxLat = -Infinity;
  for (const area of areas)
    for (const polygon of polygonsOfBoundary(area.boundary))
      for (const [lon, lat] of polygon[0] ?? []) {
        minLon = Math.min(minLon, lon);
        maxLon = Math.max(maxLon, lon);
        minLat = Math.min(minLat, lat);
        maxLat = Math.max(maxLat, lat);
      }
  if (!Number.isFinite(minLon)) return null;
  const k = Math.cos((((minLat + maxLat) / 2) * Math.PI) / 180);
  const spanX = Math.max((maxLon - minLon) * k, 1e-9);
  const spanY = Math.max(maxLat - minLat, 1e-9);
  const scale = Math.min((width - 2 * padding) / spanX, (height - 2 * padding) / spanY);
  const offsetX = (width - spanX * scale) / 2;
  const offsetY = (height - spanY * scale) / 2;
  return { minLon, maxLat, k, scale, offsetX, offsetY };
}

/** Projects WGS 84 positions into the picture: x right, y down. */
export function projection(areas: readonly MapArea[], width: number, height: number, padding: number) {
  const f = frameOf(areas, width, height, padding);
  if (!f) return null;
  return ([lon, lat]: Position): [number, number] => [
    round(f.offsetX + (lon - f.minLon) * f.k * f.scale),
    round(f.offsetY + (f.maxLat - lat) * f.scale),
  ];
}

/**
 * The inverse of `projection` for the same areas and picture size: a pixel of the picture (x right,
 * y down, e.g. the click on a map submitted as `<input type="image">`) → [longitude, latitude] in
 * WGS 84, rounded to 6 decimals (about 0.1 m). Null when no area has a boundary.
 */
export function inverseProjection(
  areas: readonly MapArea[],
  width = DEFAULT_WIDTH,
  height = DEFAULT_HEIGHT,
  padding = DEFAULT_PADDING,
) {
  const f = frameOf(areas, width, height, padding);
  if (!f) return null;
  const six = (n: number) => Math.round(n * 1e6) / 1e6;
  return (x: number, y: number): Position => [
    six(f.minLon + (x - f.offsetX) / (f.k * f.scale)),
    six(f.maxLat - (y - f.offsetY) / f.scale),
  ];
}

export const DEFAULT_WIDTH = 480;
export const DEFAULT_HEIGHT = 320;
export const DEFAULT_PADDING = 12;

/** A numbered point on the map (a finding); its label is the number in the text beside the map. */
export interface MapMarker {
  lon: number;
  lat: number;
  label: string;
  /** Read by screen readers and shown as a tooltip. */
  title: string;
  /** Filled (open) or hollow (closed). */
  open?: boolean;
}

/** The SVG path of a boundary (every ring; holes are cut out by the even-odd rule). */
function pathOf(boundary: Boundary, project: (p: Position) => [number, number]): string {
  return polygonsOfBoundary(boundary)
    .flatMap((polygon) => polygon.map((ring) => `M${ring.map((p) => project(p).join(" ")).join("L")}Z`))
    .join("");
}

/** Draws the areas that have a boundary; null when none has. */
export function renderSvgMap(areas: readonly MapArea[], options: SvgMapOptions): SvgMap | null {
  const width = options.width ?? DEFAULT_WIDTH;
  const height = options.height ?? DEFAULT_HEIGHT;
  const project = projection(areas, width, height, options.padding ?? DEFAULT_PADDING);
  if (!project) return null;
  const titleId = `${options.id}-title`;
  const descId = `${options.id}-desc`;
  const shapes = areas.map((area) => {
    const fill = area.highlight ? "#1d70b8" : "#b1b4b6";
    const opacity = area.highlight ? "0.35" : "0.25";
    return `<path d="${pathOf(area.boundary, project)}" fill="${fill}" fill-opacity="${opacity}" fill-rule="evenodd" stroke="#0b0c0c" stroke-width="${area.highlight ? 2 : 1}"><title>${escapeXml(area.name)}</title></path>`;
  });
  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" class="map" role="img" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" aria-labelledby="${titleId} ${descId}">` +
    `<title id="${titleId}">${escapeXml(options.title)}</title>` +
    `<desc id="${descId}">${escapeXml(options.description)}</desc>` +
    `<rect width="${width}" height="${height}" fill="#f3f2f1"/>` +
    shapes.join("") +
    markersOf(options.markers ?? [], project, width, height) +
    "</svg>";
  return { svg, alternative: areas.map((a) => a.name) };
}

/** The markers inside the picture: a circle (filled when open) with its number. */
function markersOf(
  markers: readonly MapMarker[],
  project: (p: Position) => [number, number],
  width: number,
  height: number,
): string {
  return markers
    .map((m) => {
      const [x, y] = project([m.lon, m.lat]);
      if (x < 0 || y < 0 || x > width || y > height) return "";
      const fill = m.open === false ? "#ffffff" : "#d4351c";
      const text = m.open === false ? "#0b0c0c" : "#ffffff";
      return `<g><title>${escapeXml(m.title)}</title><circle cx="${x}" cy="${y}" r="9" fill="${fill}" stroke="#0b0c0c" stroke-width="2"/><text x="${x}" y="${round(y + 4)}" font-size="11" font-family="sans-serif" font-weight="bold" text-anchor="middle" fill="${text}">${escapeXml(m.label)}</text></g>`;
    })
    .join("");
}
