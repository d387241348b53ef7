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

describe("renderDocx", () => {
  it("is byte-stable with a logo, and puts the logo in the heading block", async () => {
    const { renderDocx } = await import("./docx.js");
    const { readZip } = await import("./zip.js");
    // A 1×1 PNG.
    const png = Buffer.from(
      "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==",
      "base64",
    );
    const model = {
      meta: {
        kind: "aterrapportering" as const,
        title: "T",
        language: "sv",
        municipality: "Exempels kommun",
        registrationNumber: "KS 1",
        datedOn: "2018-01-23",
        edition: 1,
        subtitle: null,
        letterhead: {
          organisation: ["Exempels kommun"],
          logo: { mediaType: "image/png", base64: png.toString("base64"), alt: "Logotyp" },
          documentType: "TJÄNSTESKRIVELSE",
          fields: [{ label: "Datum", lines: [["2018-01-23"]] }],
          addressee: "Kommunstyrelsen",
        },
      },
      blocks: [{ type: "paragraph" as const, content: [{ text: "länk", href: "https://example.se" }] }],
    };
    const a = await renderDocx(model);
    const b = await renderDocx(model);
    expect(a.equals(b)).toBe(true);
    expect(readZip(a).some((e) => e.name.startsWith("word/media/") && e.name.endsWith(".png"))).toBe(true);
  });
});
