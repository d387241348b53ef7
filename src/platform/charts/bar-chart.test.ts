import { describe, expect, it } from "vitest";
import { renderBarChart, wrapLabel } from "./bar-chart.js";

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
    // A long label wraps between words to stay inside a phone-wide picture.
    expect(svg).toContain(">Annat otrygghetsskapande eller</tspan>");
    expect(svg).toContain(">ordningsstörande</tspan>");
    expect(svg).toContain('direction="ltr"');
    expect(svg).toContain("<title>Otrygg plats: färre än 5</title>");
    expect(svg).toContain(">12</text>");
    expect(svg).toContain(">0</text>");
    // The width fits a phone; the height follows the bars and their lines.
    expect(svg).toMatch(/viewBox="0 0 320 \d+"/);
  });

  it("wraps labels between words", () => {
    expect(wrapLabel("Otrygghetsskapande samling av personer", 20)).toEqual([
      "Otrygghetsskapande",
      "samling av personer",
    ]);
    expect(wrapLabel("Arrangemang", 5)).toEqual(["Arrangemang"]);
  });
});
