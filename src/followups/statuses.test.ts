import { describe, expect, it } from "vitest";
import { FOLLOW_UP_STATUSES, type FollowUpStatus, isFollowUpStatus, statusInfo } from "./statuses.js";

describe("FOLLOW_UP_STATUSES", () => {
  it("lists the codes in order with their progress rules", () => {
    expect(FOLLOW_UP_STATUSES.map((s) => [s.code, s.defaultProgress, s.countsTowardProgress])).toEqual([
      ["not_started", 0, true],
      ["in_progress", 50, true],
      ["done", 100, true],
      ["partly_done", 50, true],
      ["not_done", 0, true],
      ["not_applicable", 0, false],
    ]);
  });

  it("cannot be mutated", () => {
    expect(Object.isFrozen(FOLLOW_UP_STATUSES)).toBe(true);
    expect(Object.isFrozen(FOLLOW_UP_STATUSES[0])).toBe(true);
  });
});

describe("isFollowUpStatus", () => {
  it("accepts only known codes", () => {
    for (const s of FOLLOW_UP_STATUSES) expect(isFollowUpStatus(s.code)).toBe(true);
    for (const x of ["genomförd", "DONE", "", null, undefined, 1, "toString"])
      expect(isFollowUpStatus(x)).toBe(false);
  });
});

describe("statusInfo", () => {
  it("returns the entry for a code", () => {
    expect(statusInfo("partly_done")).toEqual({
      code: "partly_done",
      defaultProgress: 50,
      countsTowardProgress: true,
    });
    expect(statusInfo("not_applicable").countsTowardProgress).toBe(false);
  });
  it("throws RangeError for unknown codes", () => {
    expect(() => statusInfo("klar" as FollowUpStatus)).toThrow(RangeError);
  });
});
