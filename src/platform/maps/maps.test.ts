import { describe, expect, it } from "vitest";
import { checkBoundary, MAX_GEOJSON_BYTES, MAX_VERTICES, parseBoundary } from "./geojson.js";
import { areaAt, boundaryContains, positionOfClick } from "./map-click.js";
import {
  DEFAULT_HEIGHT,
  DEFAULT_PADDING,
  DEFAULT_WIDTH,
  inverseProjection,
  projection,
  renderSvgMap,
} from "./svg-map.js";

const square: [number, number][] = [
  [15.58, 58.43],
  [15.6, 58.43],
  [15.6, 58.42],
  [15.58, 58.42],
  [15.58, 58.43],
];

describe("GeoJSON boundaries", () => {
  it("accepts a Polygon, a Feature and a FeatureCollection, and stores the geometry only", () => {
    const polygon = { type: "Polygon", coordinates: [square] };
    expect(checkBoundary(polygon)).toEqual({ ok: true, boundary: polygon, vertices: 5 });
    const feature = { type: "Feature", properties: { name: "x" }, geometry: polygon };
    expect(checkBoundary(feature)).toMatchObject({ ok: true, boundary: polygon });
    const two = { type: "FeatureCollection", features: [feature, feature] };
    expect(checkBoundary(two)).toMatchObject({
      ok: true,
      boundary: { type: "MultiPolygon", coordinates: [[square], [square]] },
      vertices: 10,
    });
  });

  it("drops altitudes without changing the input", () => {
    const input = { type: "Polygon", coordinates: [square.map(([x, y]) => [x, y, 100])] };
    const result = checkBoundary(input);
    expect(result).toMatchObject({ ok: true, boundary: { coordinates: [square] } });
    expect(input.coordinates[0]?.[0]).toEqual([15.58, 58.43, 100]);
  });

  it.each([
    ["an open ring", { type: "Polygon", coordinates: [square.slice(0, 4)] }, "ring_open", "coordinates[0]"],
    ["a short ring", { type: "Polygon", coordinates: [square.slice(0, 3)] }, "ring_short", "coordinates[0]"],
    [
      "a longitude out of range",
      { type: "Polygon", coordinates: [[[190, 58], ...square.slice(1, 4), [190, 58]]] },
      "longitude_range",
      "coordinates[0][0]",
    ],
    [
      "latitude and longitude swapped past 90",
      {
        type: "Polygon",
        coordinates: [
          [
            [58, 95],
            [58, 96],
            [59, 96],
            [58, 95],
          ],
        ],
      },
      "latitude_range",
      "coordinates[0][0]",
    ],
    [
      "a text as coordinate",
      { type: "Polygon", coordinates: [[["15", 58], ...square.slice(1)]] },
      "coordinate_invalid",
      "coordinates[0][0]",
    ],
    ["a point", { type: "Point", coordinates: [15, 58] }, "type", "type"],
    [
      "a feature with a line",
      { type: "FeatureCollection", features: [{ type: "Feature", geometry: { type: "LineString" } }] },
      "type",
      "features[0].geometry.type",
    ],
    ["an empty collection", { type: "FeatureCollection", features: [] }, "empty", "features"],
  ])("refuses %s, naming where", (_name, value, code, path) => {
    expect(checkBoundary(value)).toEqual({ ok: false, problem: { code, path } });
  });

  it("refuses more vertices than the cap, too large a file and what is not JSON", () => {
    const ring: number[][] = Array.from({ length: MAX_VERTICES }, (_, i) => [15 + i / 1e6, 58]);
    ring.push([15, 58]);
    expect(checkBoundary({ type: "Polygon", coordinates: [ring] })).toMatchObject({
      ok: false,
      problem: { code: "too_many_vertices" },
    });
    expect(parseBoundary(" ".repeat(MAX_GEOJSON_BYTES + 1))).toMatchObject({
      ok: false,
      problem: { code: "too_large" },
    });
    expect(parseBoundary("{nej")).toMatchObject({ ok: false, problem: { code: "not_json" } });
  });
});

describe("the SVG map", () => {
  it("projects the shapes into the picture and is an accessible image", () => {
    const map = renderSvgMap(
      [
        { name: "Skäggetorp", boundary: { type: "Polygon", coordinates: [square] }, highlight: true },
        {
          name: "Centrum <1>",
          boundary: {
            type: "Polygon",
            coordinates: [square.map(([x, y]) => [x + 0.03, y] as [number, number])],
          },
        },
      ],
      { id: "karta", title: "Områden", description: "Två områden i Linköping", width: 400, height: 200 },
    );
    expect(map).not.toBeNull();
    const svg = map?.svg ?? "";
    expect(svg).toContain('role="img"');
    expect(svg).toContain('aria-labelledby="karta-title karta-desc"');
    expect(svg).toContain('<title id="karta-title">Områden</title>');
    expect(svg).toContain("<title>Centrum &lt;1&gt;</title>");
    expect(svg).not.toMatch(/<script|href=/);
    expect(map?.alternative).toEqual(["Skäggetorp", "Centrum <1>"]);
    // Every projected point lies inside the picture.
    const numbers = [...svg.matchAll(/[ML]([\d.]+) ([\d.]+)/g)].map((m) => [Number(m[1]), Number(m[2])]);
    expect(numbers.length).toBe(10);
    for (const [x, y] of numbers) {
      expect(x).toBeGreaterThanOrEqual(0);
      expect(x).toBeLessThanOrEqual(400);
      expect(y).toBeGreaterThanOrEqual(0);
      expect(y).toBeLessThanOrEqual(200);
    }
    // North is up: the square's northern edge (58.43) is drawn above its southern one.
    const first = numbers[0] as number[];
    const third = numbers[2] as number[];
    expect(first[1]).toBeLessThan(third[1] as number);
  });

  it("draws nothing when no area has a shape", () => {
    expect(renderSvgMap([], { id: "k", title: "t", description: "d" })).toBeNull();
  });
});

describe("the inverse projection (a click on the map → WGS 84)", () => {
  const areas = [{ name: "Ruta", boundary: { type: "Polygon" as const, coordinates: [square] } }];

  it("gives back the position a pixel of the picture shows", () => {
    const forward = projection(areas, 480, 320, 12);
    const inverse = inverseProjection(areas, 480, 320, 12);
    if (!forward || !inverse) throw new Error("no projection");
    // The corners of the square map to the picture and back (forward rounds to 0.1 px).
    for (const corner of square) {
      const [x, y] = forward(corner);
      const [lon, lat] = inverse(x, y);
      expect(Math.abs(lon - corner[0])).toBeLessThan(0.00002);
      expect(Math.abs(lat - corner[1])).toBeLessThan(0.00002);
    }
    // The middle of the picture is the middle of the square.
    expect(inverse(240, 160)).toEqual([15.59, 58.425]);
    // Exact inverse for any pixel: forward(inverse(p)) = p.
    for (const [x, y] of [
      [10, 300],
      [123.4, 56.7],
      [479, 1],
    ] as [number, number][]) {
      const [px, py] = forward(inverse(x, y));
      expect(Math.abs(px - x)).toBeLessThanOrEqual(0.1);
      expect(Math.abs(py - y)).toBeLessThanOrEqual(0.1);
    }
  });

  it("uses the default picture size of renderSvgMap and is null without a shape", () => {
    expect(inverseProjection(areas)?.(240, 160)).toEqual([15.59, 58.425]);
    expect(inverseProjection([])).toBeNull();
  });

  it("draws numbered markers inside the picture and leaves out those outside", () => {
    const map = renderSvgMap(areas, {
      id: "m",
      title: "Karta",
      description: "Fynd",
      markers: [
        { lon: 15.59, lat: 58.425, label: "1", title: "Fynd 1: belysning" },
        { lon: 16.5, lat: 59.5, label: "2", title: "Fynd 2", open: false },
      ],
    });
    expect(map?.svg).toContain('<circle cx="240" cy="160"');
    expect(map?.svg).toContain("<title>Fynd 1: belysning</title>");
    expect(map?.svg).not.toContain("Fynd 2");
  });
});

describe("a click on the map", () => {
  const areas = [{ name: "Ruta", boundary: { type: "Polygon" as const, coordinates: [square] } }];
  const holed = {
    type: "Polygon" as const,
    coordinates: [
      square,
      [
        [15.585, 58.428],
        [15.595, 58.428],
        [15.595, 58.422],
        [15.585, 58.422],
        [15.585, 58.428],
      ] as [number, number][],
    ],
  };

  it("is the position of the pixel by the drawing's projection, and nothing without a click or a map", () => {
    const project = projection(areas, DEFAULT_WIDTH, DEFAULT_HEIGHT, DEFAULT_PADDING);
    const [x, y] = project?.([15.585, 58.425]) ?? [0, 0];
    expect(positionOfClick(areas, { x, y })).toEqual({ latitude: 58.425, longitude: 15.585 });
    expect(positionOfClick(areas, undefined)).toBeNull();
    expect(positionOfClick(areas, { x })).toBeNull();
    // The image button activated from the keyboard (or Enter in a text field) sends 0, 0.
    expect(positionOfClick(areas, { x: 0, y: 0 })).toBeNull();
    expect(positionOfClick([], { x: 1, y: 1 })).toBeNull();
  });

  it("finds the area whose boundary holds a position (holes cut out; the smallest of nested ones)", () => {
    const inside = { latitude: 58.429, longitude: 15.582 };
    const inHole = { latitude: 58.425, longitude: 15.59 };
    const outside = { latitude: 58.44, longitude: 15.59 };
    expect(boundaryContains(holed, inside)).toBe(true);
    expect(boundaryContains(holed, inHole)).toBe(false);
    expect(boundaryContains(holed, outside)).toBe(false);
    const two = [
      { id: "a", boundary: holed },
      { id: "b", boundary: { type: "MultiPolygon" as const, coordinates: [[square]] } },
    ];
    expect(areaAt(two, inside)?.id).toBe("a");
    expect(areaAt(two, inHole)?.id).toBe("b");
    expect(areaAt(two, outside)).toBeNull();
    // A district inside its municipality: the smaller holds the position more exactly, whatever the order.
    const district = {
      id: "district",
      boundary: { type: "Polygon" as const, coordinates: [holed.coordinates[1] as [number, number][]] },
    };
    const municipality = {
      id: "municipality",
      boundary: { type: "Polygon" as const, coordinates: [square] },
    };
    expect(areaAt([municipality, district], inHole)?.id).toBe("district");
    expect(areaAt([district, municipality], inHole)?.id).toBe("district");
    expect(areaAt([municipality, district], inside)?.id).toBe("municipality");
  });
});
