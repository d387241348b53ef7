import { describe, expect, it } from "vitest";
import { columnWidths } from "./docx.js";

describe("columnWidths", () => {
  const header = ["Mål", "Målvärde", "Uppmätt", "Uppfyllt"];
  const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);

  it("fills the width and gives every column room for its longest word (no 'trygghetsvandringa/r')", () => {
    const rows = [["Genomförda trygghetsvandringar", "minst 2 st", "3 st", "Ja"]];
    const widths = columnWidths(header, rows, 9070);
    expect(sum(widths)).toBe(9070);
    // "trygghetsvandringar" (19 characters) and "Uppmätt" keep their lines.
    expect(widths[0]).toBeGreaterThanOrEqual(19 * 140);
    expect(widths[2]).toBeGreaterThanOrEqual(7 * 140);
  });

  it("shares what is left by how much text a column holds", () => {
    const rows = [
      ["Kort", "En mycket lång beskrivning av vad som mäts och hur det går till i praktiken", "1", "Ja"],
    ];
    const widths = columnWidths(["A", "B", "C", "D"], rows, 9070);
    expect(sum(widths)).toBe(9070);
    expect(widths[1]).toBeGreaterThan(widths[0] ?? 0);
  });
});
