import { describe, expect, it } from "vitest";
import { COLUMNS, type NumberedRow, parseCsvText, readSheet, toCsv, toXlsx } from "./spreadsheet-format.js";
import { formatTargets, parseNumber, parseSheetRows, type SheetVocabulary } from "./spreadsheet-rows.js";

const vocab: SheetVocabulary = {
  parties: [
    { id: "p-m", name: "Linköpings kommun", shortName: "Kommunen" },
    { id: "p-p", name: "Polismyndigheten", shortName: "Polisen" },
  ],
  units: [{ id: "u-1", name: "Kommunpolisen" }],
  goals: [{ id: "g-7", number: 7 }],
  periods: [{ id: "per-1", code: "2017-T1" }],
};

function row(over: Partial<NumberedRow>): NumberedRow {
  const empty = Object.fromEntries(COLUMNS.map((c) => [c.key, ""])) as unknown as NumberedRow;
  return {
    ...empty,
    rowNumber: 2,
    externalId: "p-1",
    number: "1",
    text: "Polisen ska …",
    responsibleKind: "polisen",
    responsibleParties: "Polisen",
    ...over,
  };
}

describe("parseSheetRows", () => {
  it("reads a point with parties by name or short name, units, goals, weight with comma and targets", () => {
    const { points, followUps, issues } = parseSheetRows(
      [
        row({
          responsibleParties: "polismyndigheten",
          contributors: "Kommunen",
          units: "Kommunpolisen",
          goals: "7",
          weight: "1,5",
          targets: "minst 12 st – Trafikkontroller\nhögst 3,5 % – Andel",
          period: "2017-t1",
          status: "pågår",
          measured: "4; ",
        }),
      ],
      vocab,
    );
    expect(issues).toEqual([]);
    expect(points[0]?.fields).toMatchObject({
      responsibleKind: "police",
      responsiblePartyIds: ["p-p"],
      contributorPartyIds: ["p-m"],
      unitIds: ["u-1"],
      goalIds: ["g-7"],
      weight: 1.5,
      targets: [
        { direction: "at_least", targetValue: 12, unit: "st", description: "Trafikkontroller" },
        { direction: "at_most", targetValue: 3.5, unit: "%", description: "Andel" },
      ],
    });
    expect(followUps).toEqual([
      expect.objectContaining({ periodId: "per-1", status: "in_progress", measured: [4, null] }),
    ]);
  });

  it("reports every problem by row and column", () => {
    const { issues } = parseSheetRows(
      [
        row({ rowNumber: 2, number: "x", responsibleKind: "ingen", responsibleParties: "Okänd part" }),
        row({ rowNumber: 3, externalId: "p-2", number: "2", period: "2017-T9", status: "klar" }),
        row({ rowNumber: 4, externalId: "p-2", number: "3" }),
        row({ rowNumber: 5, externalId: "", number: "4" }),
        row({ rowNumber: 6, externalId: "p-3", number: "2", targets: "många" }),
      ],
      vocab,
    );
    expect(issues.map((i) => [i.row, i.column, i.code])).toEqual([
      [2, "Nr", "bad_number"],
      [2, "Ansvar", "bad_kind"],
      [2, "Ansvariga parter", "unknown_name"],
      [3, "Period", "unknown_period"],
      [3, "Läge", "bad_status"],
      [4, "Nr", "differs_from_row"],
      [5, "Punkt-id", "required"],
      [6, "Mätbara mål", "bad_target"],
    ]);
  });

  it("refuses the same number twice and two rows for one period", () => {
    const { issues } = parseSheetRows(
      [
        row({ rowNumber: 2, period: "2017-T1", status: "pågår" }),
        row({ rowNumber: 3, period: "2017-T1", status: "genomförd" }),
        row({ rowNumber: 4, externalId: "p-2" }),
      ],
      vocab,
    );
    expect(issues.map((i) => [i.row, i.code])).toEqual([
      [3, "duplicate_period"],
      [4, "duplicate_number"],
    ]);
  });
});

describe("file formats", () => {
  it("CSV quotes separators, quotes and line breaks, and reads them back", () => {
    expect(parseCsvText('a;b\r\n"x;""y""\nz";2\r\n')).toEqual([
      ["a", "b"],
      ['x;"y"\nz', "2"],
    ]);
    expect(parseCsvText("a,b\n1,2")).toEqual([
      ["a", "b"],
      ["1", "2"],
    ]);
  });

  it("XLSX and CSV round-trip the same rows", async () => {
    const r = { ...row({ text: 'Med "citat"; och\nradbrytning' }) };
    const { rowNumber: _n, ...sheetRow } = r;
    for (const bytes of [await toXlsx([sheetRow], []), new TextEncoder().encode(toCsv([sheetRow]))]) {
      expect(await readSheet(bytes)).toEqual([{ ...sheetRow, rowNumber: 2 }]);
    }
  });

  it("numbers use a decimal comma and targets one line each", () => {
    expect(parseNumber("1,25")).toBe(1.25);
    expect(parseNumber("1.25")).toBe(1.25);
    expect(parseNumber("12 st")).toBeNull();
    expect(formatTargets([{ description: "A", unit: "st", targetValue: 1.5, direction: "exactly" }])).toBe(
      "exakt 1,5 st – A",
    );
  });

  it("a measure without a target is written 'unit – description' and read back with no value (never 0)", () => {
    const line = formatTargets([
      { description: "Besökare", unit: "personer", targetValue: null, direction: "at_least" },
    ]);
    expect(line).toBe("personer – Besökare");
    const { points, issues } = parseSheetRows([row({ targets: `minst 4 st – Vandringar\n${line}` })], vocab);
    expect(issues).toEqual([]);
    expect(points[0]?.fields.targets).toEqual([
      { direction: "at_least", targetValue: 4, unit: "st", description: "Vandringar" },
      { direction: "at_least", targetValue: null, unit: "personer", description: "Besökare" },
    ]);
  });
});
