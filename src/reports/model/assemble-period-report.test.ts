import { describe, expect, it } from "vitest";
import { assemblePeriodReport } from "./assemble-period-report.js";
import { type Block, cellText, textsOf } from "./document.js";
import type { CommitmentData, PeriodReportInput } from "./report-data.js";

const kommun = { id: "k", name: "Kommunen", shortName: null };
const polis = { id: "p", name: "Polisen", shortName: null };

function point(
  number: number,
  parties: (typeof kommun)[],
  t1: string | null,
  t2: string | null,
): CommitmentData {
  const f = (periodCode: string, status: string | null, value: number) =>
    status
      ? [
          {
            periodCode,
            status: status as "done",
            state: "approved",
            narrative: `Läget ${periodCode}.`,
            measurements: { [`t${number}`]: value },
          },
        ]
      : [];
  return {
    id: `c${number}`,
    number,
    text: `Punkt nummer ${number}.`,
    responsibleKind: parties.length > 1 ? "joint" : "police",
    responsibleParties: parties,
    weight: 1,
    carryOver: null,
    carryOverReason: null,
    goals: [],
    targets: [
      { id: `t${number}`, description: "Kontroller", unit: "st", targetValue: 10, direction: "at_least" },
    ],
    followUps: [...f("2017-T1", t1, 4), ...f("2017-T2", t2, 12)],
  };
}

const input: PeriodReportInput = {
  municipality: "Exempels kommun",
  registrationNumber: "KS 1",
  periodCode: "2017-T2",
  promise: {
    id: "x",
    ref: "x-2017",
    title: "Löfte 2017",
    fromYear: 2017,
    toYear: 2017,
    periods: ["2017-T1", "2017-T2", "2017-T3"],
    commitments: [
      point(1, [kommun, polis], "in_progress", "done"),
      point(2, [polis], null, "in_progress"),
      point(3, [polis], "not_started", null),
    ],
  },
};

const text = (blocks: Block[]) => [...textsOf(blocks)].map((t) => t.text).join("\n");

describe("assemblePeriodReport", () => {
  const model = assemblePeriodReport(input);

  it("gives progress by the published rule (latest approved up to the period)", () => {
    // done 100, in_progress 50, not_started 0 (point 3's T1 still counts) → 50 %.
    expect(text(model.blocks)).toContain(
      "Löftet är till 50 procent genomfört enligt den publicerade regeln (3 av 3 punkter räknas).",
    );
  });

  it("has a chart with a text alternative and the same numbers in a table beside it", () => {
    const figure = model.blocks.find((b) => b.type === "figure");
    const table = model.blocks.find((b) => b.type === "table" && b.caption.startsWith("Antal punkter"));
    expect(figure?.type === "figure" && figure.alt).toContain("Polisen: ");
    expect(table?.type === "table" && table.rows).toEqual([
      ["Kommunen", "0", "1", "0"],
      ["Polisen", "1", "1", "1"],
    ]);
    expect(table?.type === "table" && table.header).toEqual([
      "Part",
      "Pågår",
      "Genomförd",
      "Ingen uppföljning",
    ]);
  });

  it("says what changed since the previous period, status and measured values", () => {
    const all = text(model.blocks);
    expect(all).toContain("Sedan tertial 1 2017 har status ändrats från pågår till genomförd.");
    expect(all).toContain("Kontroller: från 4 st till 12 st.");
    expect(all).toContain("Första uppföljningen av punkten.");
    expect(all).toContain("Ingen godkänd uppföljning för tertial 2 2017.");
    // A point without a follow-up this period says which earlier period its latest status is from.
    expect(all).toContain("Senast godkända uppföljning: tertial 1 2017, status ej påbörjad.");
  });

  it("shows measured values against the target, for the period it names", () => {
    const table = model.blocks.find(
      (b) => b.type === "table" && b.caption === "Mätbara mål för punkt 1, tertial 2 2017",
    );
    expect(table?.type === "table" && table.rows.map((r) => r.map(cellText))).toEqual([
      ["Kontroller", "minst 10 st", "12 st", "Ja"],
    ]);
  });

  it("is titled in words and says which period its figures refer to", () => {
    expect(model.meta.title).toBe("Uppföljning tertial 2 2017: Löfte 2017");
    expect(model.meta.title).not.toContain("2017-T2");
    const all = text(model.blocks);
    expect(all).toContain("Siffrorna gäller tertial 2 2017.");
    expect(all).toContain("till och med tertial 2 2017");
    expect(all).toContain("Status tertial 2 2017: genomförd.");
    const chart = model.blocks.find((b) => b.type === "figure");
    expect(chart?.type === "figure" && chart.caption).toBe(
      "Punkternas status per ansvarig part, tertial 2 2017",
    );
  });
});

describe("assemblePeriodReport for a period without approved follow-ups", () => {
  // T3 has no approved follow-up at all; T1 and T2 have.
  const model = assemblePeriodReport({ ...input, periodCode: "2017-T3" });
  const all = text(model.blocks);

  it("says so, and states the period of every figure it shows instead", () => {
    expect(all).toContain("Ingen punkt har en godkänd uppföljning för tertial 3 2017.");
    // The latest approved figures, each with its period.
    expect(all).toContain("Senast godkända uppföljning: tertial 2 2017.");
    expect(all).toContain("Status tertial 2 2017: genomförd.");
    expect(all).toContain("Status tertial 1 2017: ej påbörjad.");
    const captions = model.blocks.flatMap((b) => (b.type === "table" ? [b.caption] : []));
    expect(captions).toContain("Mätbara mål för punkt 1, tertial 2 2017");
    expect(captions).toContain("Mätbara mål för punkt 3, tertial 1 2017");
  });

  it("does not contradict itself: no 'Ingen uppföljning' next to a percentage", () => {
    expect(all).toContain("3 av 3 punkter räknas");
    expect(all).toContain("till och med tertial 3 2017");
    const chartTable = model.blocks.find((b) => b.type === "table" && b.caption.startsWith("Antal punkter"));
    expect(chartTable?.type === "table" && chartTable.header).not.toContain("Ingen uppföljning");
    expect(chartTable?.type === "table" && chartTable.caption).toBe(
      "Antal punkter per senast godkänd status och ansvarig part",
    );
    expect(all).not.toContain("Ingen godkänd uppföljning för perioden");
  });

  it("with no approved follow-up in any period, shows no figures and says so", () => {
    const none = assemblePeriodReport({
      ...input,
      periodCode: "2017-T1",
      promise: {
        ...input.promise,
        commitments: input.promise.commitments.map((c) => ({ ...c, followUps: [] })),
      },
    });
    const t = text(none.blocks);
    expect(t).toContain(
      "Ingen punkt har en godkänd uppföljning för tertial 1 2017 eller någon tidigare period.",
    );
    expect(none.blocks.some((b) => b.type === "figure")).toBe(false);
    expect(t).not.toMatch(/procent/);
  });
});
