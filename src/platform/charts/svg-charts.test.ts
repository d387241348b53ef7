import { describe, expect, it } from "vitest";
import { barChartSvg, chartTable, lineChartSvg, niceCeiling } from "./svg-charts.js";

const chart = {
  id: "c1",
  title: "Oro för brott <Skäggetorp>",
  description: "Andel oroliga per år, kvinnor och män.",
  categories: ["2015", "2016"],
  series: [
    { label: "Kvinnor", values: [41, 37] },
    { label: "Män", values: [22, null] },
    { label: "Alla", values: [null, 30.5] },
  ],
  xLabel: "År",
  yLabel: "Procent",
};

describe("server-drawn charts", () => {
  it("draws a line per series with its own dash pattern, a title and a description", () => {
    const svg = lineChartSvg(chart);
    expect(svg).toContain('role="img"');
    expect(svg).toContain('<title id="c1-title">Oro för brott &lt;Skäggetorp&gt;</title>');
    expect(svg).toContain('<desc id="c1-desc">Andel oroliga per år, kvinnor och män.</desc>');
    expect(svg).toContain('aria-describedby="c1-desc"');
    const paths = [
      ...svg.matchAll(/<path class="series-line" d="([^"]+)"[^>]*?(stroke-dasharray="([^"]+)")?\/>/g),
    ];
    // Kvinnor has two points (one line); Män and Alla one point each (a marker, no line segment).
    expect(paths[0]?.[1]).toMatch(/^M[\d.]+ [\d.]+L[\d.]+ [\d.]+$/);
    expect(svg).toContain('data-series="Män"');
    expect(svg).toContain("År");
    expect(svg).toContain("Procent");
    // The legend shows each series with its own dash pattern.
    expect(svg).toContain('stroke-dasharray="8 4"');
    expect(svg).toContain('stroke-dasharray="2 3"');
  });

  it("draws a grouped bar chart with a pattern per series", () => {
    const svg = barChartSvg(chart);
    expect(svg.match(/<rect class="bar"/g)).toHaveLength(4);
    expect(svg).toContain('<pattern id="c1-p1"');
    expect(svg).toContain("<title>Kvinnor, 2015: 41</title>");
  });

  it("gives the same numbers as a table, naming missing values", () => {
    const table = chartTable(chart, (j) => (j === 1 ? "färre än 5 svar" : "–"));
    expect(table.header).toEqual(["År", "Kvinnor", "Män", "Alla"]);
    expect(table.rows).toEqual([
      ["2015", "41", "22", "–"],
      ["2016", "37", "färre än 5 svar", "30,5"],
    ]);
  });

  it("rounds the axis up to a nice number", () => {
    expect(niceCeiling(37)).toBe(50);
    expect(niceCeiling(4.2)).toBe(5);
    expect(niceCeiling(0)).toBe(1);
  });
});
