import { describe, expect, it } from "vitest";
import { CarryOverError, planCarryOver, type SourceCommitment } from "./carry-over.js";

const source = (id: string, number: number): SourceCommitment => ({
  id,
  number,
  text: { sv: `Åtagande ${number}`, en: `Commitment ${number}` },
  responsibleKind: "joint",
  partyIds: ["kommun", "polis"],
  unitIds: [`enhet-${number}`],
  targets: [
    { description: { sv: "Trygghetsvandringar" }, unit: "st", targetValue: 4, direction: "at_least" },
  ],
  goalIds: ["mal-1"],
});

const sourceCommitments = [source("c3", 3), source("c1", 1), source("c2", 2)];
const reason = { sv: "Behovet kvarstår" };

function errorOf(fn: () => unknown): CarryOverError {
  try {
    fn();
  } catch (e) {
    if (e instanceof CarryOverError) return e;
    throw e;
  }
  throw new Error("expected CarryOverError");
}

describe("planCarryOver", () => {
  it("numbers drafts after existing commitments, in source-number order", () => {
    const drafts = planCarryOver({
      sourceCommitments,
      choices: [
        { commitmentId: "c3", reason: { sv: "Fler vandringar behövs" } },
        { commitmentId: "c1", reason },
      ],
      existingCount: 2,
    });
    expect(drafts.map((d) => [d.carriedFromId, d.number])).toEqual([
      ["c1", 3],
      ["c3", 4],
    ]);
    expect(drafts[1]).toEqual({
      carriedFromId: "c3",
      number: 4,
      text: { sv: "Åtagande 3", en: "Commitment 3" },
      responsibleKind: "joint",
      partyIds: ["kommun", "polis"],
      unitIds: ["enhet-3"],
      targets: [
        { description: { sv: "Trygghetsvandringar" }, unit: "st", targetValue: 4, direction: "at_least" },
      ],
      goalIds: ["mal-1"],
      carryReason: { sv: "Fler vandringar behövs" },
    });
  });

  it("returns nothing when nothing is chosen", () => {
    expect(planCarryOver({ sourceCommitments, choices: [], existingCount: 0 })).toEqual([]);
  });

  it("does not share arrays or objects with the input", () => {
    const src = source("c1", 1);
    const [draft] = planCarryOver({
      sourceCommitments: [src],
      choices: [{ commitmentId: "c1", reason }],
      existingCount: 0,
    });
    if (!draft) throw new Error("no draft");
    draft.partyIds.push("x");
    draft.unitIds.push("x");
    draft.goalIds.push("x");
    draft.targets.push({ description: { sv: "x" }, unit: "x", targetValue: 1, direction: "exactly" });
    draft.text.sv = "ändrad";
    draft.carryReason.sv = "ändrad";
    expect(src).toEqual(source("c1", 1));
    expect(reason).toEqual({ sv: "Behovet kvarstår" });
    expect(draft.targets[0]).not.toBe(src.targets[0]);
    expect(draft.targets[0]?.description).not.toBe(src.targets[0]?.description);
  });

  it("refuses unknown, duplicate and unexplained choices", () => {
    const unknown = errorOf(() =>
      planCarryOver({ sourceCommitments, choices: [{ commitmentId: "c9", reason }], existingCount: 0 }),
    );
    expect([unknown.code, unknown.params]).toEqual(["unknown_commitment", { commitmentId: "c9" }]);
    expect(unknown.name).toBe("CarryOverError");

    const duplicate = errorOf(() =>
      planCarryOver({
        sourceCommitments,
        choices: [
          { commitmentId: "c1", reason },
          { commitmentId: "c1", reason },
        ],
        existingCount: 0,
      }),
    );
    expect([duplicate.code, duplicate.params]).toEqual(["duplicate_choice", { commitmentId: "c1" }]);

    for (const sv of ["", "   "]) {
      const blank = errorOf(() =>
        planCarryOver({
          sourceCommitments,
          choices: [{ commitmentId: "c2", reason: { sv, en: "Still needed" } }],
          existingCount: 0,
        }),
      );
      expect([blank.code, blank.params]).toEqual(["reason_required", { commitmentId: "c2" }]);
    }
  });

  it("rejects a negative or fractional existingCount", () => {
    for (const existingCount of [-1, 1.5, Number.NaN]) {
      expect(() => planCarryOver({ sourceCommitments, choices: [], existingCount })).toThrow(RangeError);
    }
  });
});
