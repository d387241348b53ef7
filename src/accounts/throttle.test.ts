import { describe, expect, it } from "vitest";
import { combineDecisions, THROTTLE_WINDOW_MS, throttleDecision } from "./throttle.js";

const now = new Date("2026-11-26T12:00:00Z");
const minutesAgo = (m: number, succeeded = false) => ({
  attemptedAt: new Date(now.getTime() - m * 60_000),
  succeeded,
});

describe("throttleDecision", () => {
  it("allows up to the limit of failures in the window, then refuses until the oldest counted ages out", () => {
    const four = [minutesAgo(1), minutesAgo(2), minutesAgo(3), minutesAgo(4)];
    expect(throttleDecision(four, now, 5)).toEqual({ allowed: true });
    const five = [...four, minutesAgo(10)];
    const refused = throttleDecision(five, now, 5);
    expect(refused).toEqual({
      allowed: false,
      retryAt: new Date(now.getTime() - 10 * 60_000 + THROTTLE_WINDOW_MS),
    });
  });

  it("forgets failures older than the window (15 minutes)", () => {
    const old = [minutesAgo(16), minutesAgo(17), minutesAgo(18), minutesAgo(19), minutesAgo(20)];
    expect(throttleDecision(old, now, 5)).toEqual({ allowed: true });
    const edge = [minutesAgo(1), minutesAgo(2), minutesAgo(3), minutesAgo(4), minutesAgo(15)];
    expect(throttleDecision(edge, now, 5)).toEqual({ allowed: true });
  });

  it("with resetOnSuccess counts only failures after the latest success", () => {
    const attempts = [
      minutesAgo(1),
      minutesAgo(2),
      minutesAgo(3, true),
      minutesAgo(4),
      minutesAgo(5),
      minutesAgo(6),
    ];
    expect(throttleDecision(attempts, now, 3, { resetOnSuccess: true })).toEqual({ allowed: true });
    expect(throttleDecision(attempts, now, 3).allowed).toBe(false);
  });

  it("combines keys: refused when any refuses, until the latest retry time", () => {
    const a = { allowed: false as const, retryAt: new Date(1000) };
    const b = { allowed: false as const, retryAt: new Date(2000) };
    expect(combineDecisions({ allowed: true }, a, b)).toEqual(b);
    expect(combineDecisions({ allowed: true }, { allowed: true })).toEqual({ allowed: true });
  });
});
