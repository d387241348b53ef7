/**
 * A boundary uploaded as GeoJSON, checked before it is stored: a Polygon or MultiPolygon in WGS 84
 * (longitude, latitude), given as a geometry, a Feature or a FeatureCollection of such features
 * (several become one MultiPolygon). Every ring must be closed and have at least four positions,
 * every coordinate a finite number in range, and the whole at most `MAX_VERTICES` positions and
 * `MAX_GEOJSON_BYTES` bytes. What is stored is the normalized geometry only (no properties).
 *
 * Problems are codes with the path of the offending part (`coordinates[0][3]`); the caller's
 * catalog turns them into words. Used by the area setup (forms, API, setup file) and meant for
 * later maps (public area maps, safety walks).
 */

export const MAX_GEOJSON_BYTES = 2 * 1024 * 1024;
export const MAX_VERTICES = 20_000;

export type Position = [number, number];
export type Ring = Position[];
export type PolygonCoords = Ring[];

export type Boundary =
  | { type: "Polygon"; coordinates: PolygonCoords }
  | { type: "MultiPolygon"; coordinates: PolygonCoords[] };

export type GeoJsonProblemCode =
  | "too_large"
  | "not_json"
  | "type"
  | "empty"
  | "coordinate_invalid"
  | "longitude_range"
  | "latitude_range"
  | "ring_short"
  | "ring_open"
  | "too_many_vertices";

export interface GeoJsonProblem {
  code: GeoJsonProblemCode;
  /** Where in the document, e.g. `features[0].geometry.coordinates[0][2]` ("" for the whole). */
  path: string;
}

export type BoundaryResult =
  | { ok: true; boundary: Boundary; vertices: number }
  | { ok: false; problem: GeoJsonProblem };

class Problem extends Error {
  constructor(
    readonly code: GeoJsonProblemCode,
    readonly at: string,
  ) {
    super(code);
  }
}

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === "object" && v !== null && !Array.isArray(v);

/** Parses and checks a GeoJSON text (size first, then JSON, then the geometry). */
export function parseBoundary(text: string): BoundaryResult {
  if (Buffer.byteLength(text, "utf8") > MAX_GEOJSON_BYTES)
    return { ok: false, problem: { code: "too_large", path: "" } };
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { ok: false, problem: { code: "not_json", path: "" } };
  }
  return checkBoundary(value);
}

/** Checks an already parsed GeoJSON value. */
export function checkBoundary(value: unknown): BoundaryResult {
  try {
    const polygons = polygonsOf(value, "");
    const counter = { vertices: 0 };
    const checked = polygons.map(({ coords, path }) => checkPolygon(coords, path, counter));
    const first = checked[0];
    if (!first) throw new Problem("empty", "");
    const vertices = counter.vertices;
    const boundary: Boundary =
      checked.length === 1
        ? { type: "Polygon", coordinates: first }
        : { type: "MultiPolygon", coordinates: checked };
    return { ok: true, boundary, vertices };
  } catch (error) {
    if (error instanceof Problem) return { ok: false, problem: { code: error.code, path: error.at } };
    throw error;
  }
}

const join = (base: string, key: string) =>
  base === "" ? key : key.startsWith("[") ? `${base}${key}` : `${base}.${key}`;

function polygonsOf(value: unknown, path: string): { coords: unknown; path: string }[] {
  if (!isObject(value)) throw new Problem("type", path);
  switch (value.type) {
    case "Polygon":
      return [{ coords: value.coordinates, path: join(path, "coordinates") }];
    case "MultiPolygon": {
      const list = value.coordinates;
      const at = join(path, "coordinates");
      if (!Array.isArray(list)) throw new Problem("type", at);
      if (list.length === 0) throw new Problem("empty", at);
      return list.map((coords, i) => ({ coords, path: `${at}[${i}]` }));
    }
    case "Feature":
      return polygonsOf(value.geometry, join(path, "geometry"));
    case "FeatureCollection": {
      const features = value.features;
      const at = join(path, "features");
      if (!Array.isArray(features)) throw new Problem("type", at);
      if (features.length === 0) throw new Problem("empty", at);
      return features.flatMap((f, i) => polygonsOf(f, `${at}[${i}]`));
    }
    default:
      throw new Problem("type", join(path, "type"));
  }
}

/** Checks one polygon's rings; returns them in two dimensions (the input is not changed). */
function checkPolygon(coords: unknown, path: string, counter: { vertices: number }): PolygonCoords {
  if (!Array.isArray(coords)) throw new Problem("type", path);
  if (coords.length === 0) throw new Problem("empty", path);
  return coords.map((ring, r): Ring => {
    const ringPath = `${path}[${r}]`;
    if (!Array.isArray(ring)) throw new Problem("type", ringPath);
    if (ring.length < 4) throw new Problem("ring_short", ringPath);
    const out: Ring = ring.map((position, p): Position => {
      const at = `${ringPath}[${p}]`;
      if (
        !Array.isArray(position) ||
        position.length < 2 ||
        position.length > 3 ||
        !position.every((n) => typeof n === "number" && Number.isFinite(n))
      )
        throw new Problem("coordinate_invalid", at);
      const [lon, lat] = position as number[];
      if ((lon as number) < -180 || (lon as number) > 180) throw new Problem("longitude_range", at);
      if ((lat as number) < -90 || (lat as number) > 90) throw new Problem("latitude_range", at);
      // Two dimensions only (an altitude is of no use for a boundary).
      return [lon as number, lat as number];
    });
    const first = out[0] as Position;
    const last = out[out.length - 1] as Position;
    if (first[0] !== last[0] || first[1] !== last[1]) throw new Problem("ring_open", ringPath);
    counter.vertices += out.length;
    if (counter.vertices > MAX_VERTICES) throw new Problem("too_many_vertices", ringPath);
    return out;
  });
}

/** The polygons of a stored boundary (a Polygon is one). */
export function polygonsOfBoundary(boundary: Boundary): PolygonCoords[] {
  return boundary.type === "Polygon" ? [boundary.coordinates] : boundary.coordinates;
}
