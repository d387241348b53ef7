import { describe, expect, it } from "vitest";
import { decodeCsv, parseIndicatorCsv } from "./indicator-csv.js";

describe("the survey results file", () => {
  it("reads ; or , with or without BOM, quoted cells, decimal commas and age bands", () => {
    const semi = decodeCsv(
      new TextEncoder().encode(
        '\uFEFFIndikator;Typ;Område;År;Grupp;Ålder;Värde;Källa;N\r\nOro för brott;procent;Skäggetorp;2016;Kvinnor;16-24 år;35,5;"NTU; Brå";120\r\n',
      ),
    );
    const comma =
      'indikator,typ,område,år,grupp,värde,källa\n"Otrygghet, kväll",index,Skäggetorp,2016,män,"2,4",Polisen\n';
    const a = parseIndicatorCsv(semi ?? "");
    expect(a.issues).toEqual([]);
    expect(a.values[0]).toMatchObject({
      indicator: "Oro för brott",
      kind: "percent",
      gender: "women",
      ageBand: "16–24",
      value: 35.5,
      respondents: 120,
      source: "NTU; Brå",
      rowNumber: 2,
    });
    const b = parseIndicatorCsv(comma);
    expect(b.issues).toEqual([]);
    expect(b.values[0]).toMatchObject({
      indicator: "Otrygghet, kväll",
      kind: "index",
      gender: "men",
      ageBand: "alla",
      value: 2.4,
      respondents: null,
    });
  });

  it("names every problem by row and column and keeps no value of a broken row", () => {
    const text = [
      "indikator;typ;område;år;grupp;värde;källa;n",
      "A;index;X;2016;alla;7;K;10",
      "A;procent;X;2016;män;10;K;10",
      "B;procent;X;16;barn;;K;tio",
      "C;procent;X;2016;alla;10;K;",
      "C;procent;X;2016;alla;11;K;",
    ].join("\n");
    const { values, issues } = parseIndicatorCsv(text);
    expect(issues.map((i) => `${i.row}/${i.column}/${i.code}`)).toEqual([
      "2/värde/bad_index",
      "3/typ/kind_differs",
      "4/år/bad_year",
      "4/grupp/bad_group",
      "4/värde/required",
      "4/n/bad_n",
      "6/värde/duplicate",
    ]);
    expect(values.map((v) => v.rowNumber)).toEqual([5]);
  });

  it("refuses a file without the required columns, an empty one and one that is not UTF-8", () => {
    expect(parseIndicatorCsv("indikator;värde\nA;1\n").issues).toEqual([
      { row: 1, column: "", code: "missing_columns", params: { columns: "typ, område, år, grupp, källa" } },
    ]);
    expect(parseIndicatorCsv("").issues[0]?.code).toBe("empty");
    expect(parseIndicatorCsv("indikator;typ;område;år;grupp;värde;källa\n").issues[0]?.code).toBe("empty");
    expect(decodeCsv(new Uint8Array([0xff, 0xfe, 0x00]))).toBeNull();
  });
});
