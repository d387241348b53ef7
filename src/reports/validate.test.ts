import { describe, expect, it } from "vitest";
import type { ReportBackInput } from "./model/report-data.js";
import { findPlaceholder, hasErrors, lix, validateReportBack } from "./validate.js";

const SEED_PLACEHOLDER = "Klicka här för att ange text.";

/** A complete, valid report-back over one point. */
function validInput(): ReportBackInput {
  return {
    municipality: "Exempels kommun",
    promise: {
      id: "p",
      ref: "p-2017",
      title: "Medborgarlöfte 2017",
      fromYear: 2017,
      toYear: 2017,
      periods: ["2017-T1", "2017-T2", "2017-T3"],
      commitments: [
        {
          id: "c1",
          number: 1,
          text: "Polisen ska synas mer i centrum.",
          responsibleKind: "police",
          responsibleParties: [{ id: "pol", name: "Polisen", shortName: null }],
          weight: 1,
          carryOver: null,
          carryOverReason: null,
          goals: [],
          targets: [],
          followUps: [
            {
              periodCode: "2017-T3",
              status: "done",
              state: "approved",
              narrative: "Polisen gick mer i centrum.",
              measurements: {},
            },
          ],
        },
      ],
    },
    report: {
      id: "r",
      edition: 1,
      status: "draft",
      registrationNumber: "KS 1",
      title: "Återrapportering",
      addressee: "kommunstyrelsen",
      issuingUnit: "Kommunledningen",
      datedOn: "2018-01-01",
      matter: "Ärendet.",
      background: "Bakgrunden.",
      genderEquality: "Jämställdheten.",
      publicationNote: "",
      committeeNote: "",
      goalsIntro: "",
      mblStatement: "Inte påkallad.",
      decisionItems: [{ id: "d1", text: "Kommunstyrelsen godkänner rapporten." }],
      consultations: [
        { id: "k1", body: "kommunpolis", mode: "collaborated", stance: "endorses", comment: null },
      ],
      signatories: [{ name: "A B", title: null }],
      distribution: ["Polisen"],
      links: [],
      attachments: [{ title: "Löftet", kind: "promise", periodCode: null }],
    },
  };
}

const codes = (input: ReportBackInput) => validateReportBack(input).map((i) => i.code);

describe("validateReportBack", () => {
  it("accepts a complete report", () => {
    expect(validateReportBack(validInput())).toEqual([]);
  });

  const textFields = [
    ["matter", (i: ReportBackInput, t: string) => (i.report.matter = t)],
    ["background", (i: ReportBackInput, t: string) => (i.report.background = t)],
    ["genderEquality", (i: ReportBackInput, t: string) => (i.report.genderEquality = t)],
    ["publicationNote", (i: ReportBackInput, t: string) => (i.report.publicationNote = t)],
    ["committeeNote", (i: ReportBackInput, t: string) => (i.report.committeeNote = t)],
    ["goalsIntro", (i: ReportBackInput, t: string) => (i.report.goalsIntro = t)],
    ["mblStatement", (i: ReportBackInput, t: string) => (i.report.mblStatement = t)],
    ["title", (i: ReportBackInput, t: string) => (i.report.title = t)],
    [
      "decisionItems",
      (i: ReportBackInput, t: string) => ((i.report.decisionItems[0] as { text: string }).text = t),
    ],
    [
      "attachments",
      (i: ReportBackInput, t: string) => ((i.report.attachments[0] as { title: string }).title = t),
    ],
    ["distribution", (i: ReportBackInput, t: string) => (i.report.distribution[0] = t)],
    [
      "followUp",
      (i: ReportBackInput, t: string) =>
        ((i.promise.commitments[0]?.followUps[0] as { narrative: string }).narrative = t),
    ],
    [
      "commitment",
      (i: ReportBackInput, t: string) => ((i.promise.commitments[0] as { text: string }).text = t),
    ],
  ] as const;

  it.each(textFields)("flags the seed's placeholder pasted into %s, with a link target", (field, set) => {
    const input = validInput();
    set(input, `Början av texten. ${SEED_PLACEHOLDER}`);
    const issues = validateReportBack(input).filter((i) => i.code === "placeholder");
    expect(issues).toHaveLength(1);
    expect(issues[0]?.severity).toBe("error");
    expect(issues[0]?.target.field).toBe(field);
    expect(issues[0]?.message).toContain(SEED_PLACEHOLDER);
  });

  it("knows the English and touch variants of the placeholder", () => {
    expect(findPlaceholder("Click here to enter text.")).not.toBeNull();
    expect(findPlaceholder("Klicka eller tryck här för att ange text.")).not.toBeNull();
    expect(findPlaceholder("Klicka här för att ange datum.")).not.toBeNull();
    expect(findPlaceholder("Vi klickade på knappen.")).toBeNull();
  });

  it("reports empty mandatory sections, missing proposal and registration number", () => {
    const input = validInput();
    input.report.matter = " ";
    input.report.attachments = [];
    input.report.decisionItems = [];
    input.report.registrationNumber = null;
    const issues = validateReportBack(input);
    expect(issues.map((i) => [i.code, i.target.field])).toEqual(
      expect.arrayContaining([
        ["empty_section", "matter"],
        ["empty_section", "attachments"],
        ["no_decision_proposal", "decisionItems"],
        ["no_registration_number", "registrationNumber"],
      ]),
    );
    expect(hasErrors(issues)).toBe(true);
  });

  it("reports a point without an approved follow-up for the final period", () => {
    const input = validInput();
    (input.promise.commitments[0]?.followUps[0] as { state: string }).state = "submitted";
    expect(codes(input)).toContain("missing_final_followup");
  });

  it("reports a consulted body without a position, and no consultation at all", () => {
    const input = validInput();
    (input.report.consultations[0] as { stance: null | string }).stance = null;
    expect(codes(input)).toContain("consultation_incomplete");
    input.report.consultations = [];
    expect(codes(input)).toContain("consultation_missing");
  });

  it("warns (does not block) on long sentences and LIX above 50 in text for residents", () => {
    const input = validInput();
    const long = `${Array.from({ length: 40 }, () => "samverkansöverenskommelsen").join(" ")}.`;
    (input.promise.commitments[0]?.followUps[0] as { narrative: string }).narrative = long;
    const issues = validateReportBack(input);
    expect(issues.map((i) => i.code).sort()).toEqual(["lix", "long_sentence"]);
    expect(hasErrors(issues)).toBe(false);
  });

  it("computes LIX as words per sentence plus the share of long words", () => {
    // 20 words, 2 sentences, 10 long words: 10 + 50 = 60.
    const sentence = `Kort ${"kort ".repeat(4)}${"långaordet ".repeat(4)}långaordet.`;
    const text = `${sentence} ${sentence}`;
    expect(lix(text)).toBe(60);
    expect(lix("För kort.")).toBeNull();
  });
});
