import { describe, expect, it } from "vitest";
import {
  commitmentProgress,
  PROGRESS_RULE_VERSION,
  type ProgressInput,
  progressByParty,
  rollUpProgress,
} from "./progress.js";
import type { FollowUpStatus } from "./statuses.js";

const c = (
  commitmentId: string,
  status: FollowUpStatus | null,
  partyIds: string[] = [],
  weight?: number,
): ProgressInput => ({
  commitmentId,
  partyIds,
  status,
  ...(weight === undefined ? {} : { weight }),
});

describe("commitmentProgress", () => {
  it("uses the status's default progress", () => {
    expect(commitmentProgress(c("a", "done"))).toBe(100);
    expect(commitmentProgress(c("a", "in_progress"))).toBe(50);
    expect(commitmentProgress(c("a", "partly_done"))).toBe(50);
    expect(commitmentProgress(c("a", "not_started"))).toBe(0);
    expect(commitmentProgress(c("a", "not_done"))).toBe(0);
  });
  it("has no value without a follow-up or when not applicable", () => {
    expect(commitmentProgress(c("a", null))).toBeNull();
    expect(commitmentProgress(c("a", "not_applicable"))).toBeNull();
  });
  it("rejects unknown statuses", () => {
    expect(() => commitmentProgress(c("a", "klar" as FollowUpStatus))).toThrow(RangeError);
  });
});

describe("rollUpProgress", () => {
  it("leaves out commitments without a value instead of counting them as 0", () => {
    const r = rollUpProgress([c("1", "done"), c("2", "in_progress"), c("3", null), c("4", "not_applicable")]);
    expect(r).toEqual({ percent: 75, counted: 2, excluded: 2, total: 4 });
  });
  it("counts not_started and not_done as 0", () => {
    expect(rollUpProgress([c("1", "done"), c("2", "not_started"), c("3", "not_done")]).percent).toBe(33);
  });
  it("weights commitments", () => {
    // (3·100 + 1·0) / 4 = 75
    expect(rollUpProgress([c("1", "done", [], 3), c("2", "not_done", [], 1)]).percent).toBe(75);
    // (2·50 + 1·100 + 1·0) / 4 = 50; the weight of an excluded commitment does not matter
    const r = rollUpProgress([
      c("1", "in_progress", [], 2),
      c("2", "done"),
      c("3", "not_started"),
      c("4", null, [], 9),
    ]);
    expect(r).toEqual({ percent: 50, counted: 3, excluded: 1, total: 4 });
  });
  it("rounds only the final result", () => {
    // (100 + 100 + 50 + 0) / 4 = 62.5 → 63 (halves round up)
    expect(
      rollUpProgress([c("1", "done"), c("2", "done"), c("3", "in_progress"), c("4", "not_done")]).percent,
    ).toBe(63);
    // 100/3 = 33.33… → 33; 200/3 = 66.67 → 67
    expect(rollUpProgress([c("1", "done"), c("2", "not_done"), c("3", "not_done")]).percent).toBe(33);
    expect(rollUpProgress([c("1", "done"), c("2", "done"), c("3", "not_done")]).percent).toBe(67);
  });
  it("is null when no commitment has a value", () => {
    expect(rollUpProgress([])).toEqual({ percent: null, counted: 0, excluded: 0, total: 0 });
    expect(rollUpProgress([c("1", null), c("2", "not_applicable")])).toEqual({
      percent: null,
      counted: 0,
      excluded: 2,
      total: 2,
    });
  });
  it("rejects invalid weights and duplicate ids", () => {
    for (const w of [0, -1, Number.NaN, Number.POSITIVE_INFINITY]) {
      expect(() => rollUpProgress([c("1", "done", [], w)])).toThrow(RangeError);
      expect(() => rollUpProgress([c("1", null, [], w)])).toThrow(RangeError);
    }
    expect(() => rollUpProgress([c("1", "done"), c("1", "not_done")])).toThrow(RangeError);
  });
  it("publishes the rule version", () => {
    expect(PROGRESS_RULE_VERSION).toBe(1);
  });
});

describe("progressByParty", () => {
  it("counts a joint commitment fully for each party", () => {
    const result = progressByParty([
      c("1", "done", ["kommun", "polis"]),
      c("2", "not_started", ["kommun"]),
      c("3", "in_progress", ["polis"]),
      c("4", null, ["polis"]),
    ]);
    expect([...result.keys()]).toEqual(["kommun", "polis"]);
    expect(result.get("kommun")).toEqual({ percent: 50, counted: 2, excluded: 0, total: 2 });
    expect(result.get("polis")).toEqual({ percent: 75, counted: 2, excluded: 1, total: 3 });
  });
  it("applies weights per party and ignores repeated party ids", () => {
    const result = progressByParty([c("1", "done", ["kommun", "kommun"], 3), c("2", "not_done", ["kommun"])]);
    expect(result.get("kommun")).toEqual({ percent: 75, counted: 2, excluded: 0, total: 2 });
  });
  it("is empty without parties and validates weights", () => {
    expect(progressByParty([c("1", "done")]).size).toBe(0);
    expect(() => progressByParty([c("1", "done", ["kommun"], 0)])).toThrow(RangeError);
  });
});
