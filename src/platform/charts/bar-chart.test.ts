import { describe, expect, it } from "vitest";
import { renderBarChart } from "./bar-chart.js";

describe("renderBarChart, lying bars", () => {
  const svg = renderBarChart(
    [
      { label: "Annat otrygghetsskapande eller ordningsstörande", value: 12 },
      { label: "Otrygg plats", value: null },
      { label: "Arrangemang", value: 0 },
    ],
    {
      id: "v",
      title: "Händelser",
      description: "Samma siffror i tabellen",
      hiddenLabel: "färre än 5",
      horizontal: true,
    },
  );

  it("labels each bar on its own line and names a hidden value in words, never a number", () => {
    expect(svg).toContain('role="img"');
    expect(svg).toContain('aria-labelledby="v-title v-desc"');
    expect(svg).toContain(">Annat otrygghetsskapande eller ordningsstörande</text>");
    expect(svg).toContain("<title>Otrygg plats: färre än 5</title>");
    expect(svg).toContain(">12</text>");
    expect(svg).toContain(">0</text>");
    // The height follows the number of bars.
    expect(svg).toMatch(/viewBox="0 0 480 140"/);
  });
});
