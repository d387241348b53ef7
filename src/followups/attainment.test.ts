import { describe, expect, it } from "vitest";
import { isTargetDirection, type TargetDirection, targetAttainment } from "./attainment.js";

const at = (targetValue: number, direction: TargetDirection, measuredValue: number | null) =>
  targetAttainment({ targetValue, direction, measuredValue });

describe("targetAttainment", () => {
  it("is unknown when nothing was measured", () => {
    for (const d of ["at_least", "at_most", "exactly"] as const)
      expect(at(4, d, null)).toEqual({ met: null, ratio: null });
  });

  describe("at_least", () => {
    it("is met when the target is reached or exceeded", () => {
      expect(at(4, "at_least", 4)).toEqual({ met: true, ratio: 1 });
      expect(at(4, "at_least", 6)).toEqual({ met: true, ratio: 1 });
    });
    it("gives a proportional ratio below the target", () => {
      expect(at(4, "at_least", 3)).toEqual({ met: false, ratio: 0.75 });
      expect(at(4, "at_least", 0)).toEqual({ met: false, ratio: 0 });
    });
    it("treats a zero target as reached", () => {
      expect(at(0, "at_least", 0)).toEqual({ met: true, ratio: 1 });
    });
    it("never gives negative ratios", () => {
      expect(at(4, "at_least", -2)).toEqual({ met: false, ratio: 0 });
      expect(at(0, "at_least", -1)).toEqual({ met: false, ratio: 0 });
      expect(at(-5, "at_least", -10)).toEqual({ met: false, ratio: 0 });
      expect(at(-5, "at_least", -3)).toEqual({ met: true, ratio: 1 });
    });
  });

  describe("at_most", () => {
    it("is met at or below the target", () => {
      expect(at(10, "at_most", 10)).toEqual({ met: true, ratio: 1 });
      expect(at(10, "at_most", 0)).toEqual({ met: true, ratio: 1 });
      expect(at(0, "at_most", 0)).toEqual({ met: true, ratio: 1 });
    });
    it("gives target/measured above the target", () => {
      expect(at(10, "at_most", 20)).toEqual({ met: false, ratio: 0.5 });
      expect(at(0, "at_most", 3)).toEqual({ met: false, ratio: 0 });
    });
    it("handles negative targets", () => {
      expect(at(-5, "at_most", -2)).toEqual({ met: false, ratio: 0 });
      expect(at(-5, "at_most", -6)).toEqual({ met: true, ratio: 1 });
    });
  });

  describe("exactly", () => {
    it("is met within a 1e-9 tolerance", () => {
      expect(at(0.3, "exactly", 0.1 + 0.2)).toEqual({ met: true, ratio: 1 });
      expect(at(12, "exactly", 12)).toEqual({ met: true, ratio: 1 });
      expect(at(12, "exactly", 12 + 1e-6).met).toBe(false);
    });
    it("scales the miss by the target (at least 1)", () => {
      expect(at(10, "exactly", 8)).toEqual({ met: false, ratio: 0.8 });
      expect(at(10, "exactly", 12)).toEqual({ met: false, ratio: 0.8 });
      expect(at(0, "exactly", 0.25)).toEqual({ met: false, ratio: 0.75 });
      expect(at(-10, "exactly", -5)).toEqual({ met: false, ratio: 0.5 });
      expect(at(10, "exactly", 50)).toEqual({ met: false, ratio: 0 });
    });
  });

  it("rejects invalid input", () => {
    expect(() => at(Number.NaN, "at_least", 1)).toThrow(RangeError);
    expect(() => at(1, "at_least", Number.POSITIVE_INFINITY)).toThrow(RangeError);
    expect(() => at(1, "more" as TargetDirection, 1)).toThrow(RangeError);
    expect(isTargetDirection("exactly")).toBe(true);
    expect(isTargetDirection("minst")).toBe(false);
  });
});
