import { describe, expect, it } from "vitest";
import {
  addressDecision,
  BASE_DELAY_MS,
  combineDecisions,
  delayAfter,
  MAX_DELAY_MS,
  pairDecision,
} from "./throttle.js";

const now = new Date("2026-11-26T12:00:00Z");
const secondsAgo = (s: number, succeeded = false) => ({
  attemptedAt: new Date(now.getTime() - s * 1000),
  succeeded,
});

describe("delayAfter", () => {
  it("is nothing for the first five failures, then doubles from 30 seconds up to 15 minutes", () => {
    expect([0, 4].map(delayAfter)).toEqual([0, 0]);
    expect([5, 6, 7, 8].map(delayAfter)).toEqual([30_000, 60_000, 120_000, 240_000]);
    expect(delayAfter(9)).toBe(480_000);
    expect(delayAfter(10)).toBe(MAX_DELAY_MS);
    expect(delayAfter(500)).toBe(MAX_DELAY_MS);
  });
});

describe("pairDecision", () => {
  it("allows four failures; the fifth makes the next attempt wait 30 s from the latest failure", () => {
    const four = [secondsAgo(1), secondsAgo(2), secondsAgo(3), secondsAgo(4)];
    expect(pairDecision(four, now)).toEqual({ allowed: true });
    const five = [...four, secondsAgo(5)];
    expect(pairDecision(five, now)).toEqual({
      allowed: false,
      retryAt: new Date(now.getTime() - 1000 + BASE_DELAY_MS),
    });
    // Once the delay has passed, one more attempt is allowed.
    const waited = [secondsAgo(31), secondsAgo(32), secondsAgo(33), secondsAgo(34), secondsAgo(35)];
    expect(pairDecision(waited, now)).toEqual({ allowed: true });
  });

  it("waits longer after each further failure", () => {
    const seven = Array.from({ length: 7 }, (_, i) => secondsAgo(100 + i));
    // 7 failures: 2 min from the latest (100 s ago) → 20 s still to wait.
    expect(pairDecision(seven, now)).toEqual({
      allowed: false,
      retryAt: new Date(now.getTime() - 100_000 + 120_000),
    });
  });

  it("counts only failures after the latest success", () => {
    const attempts = [
      secondsAgo(1),
      secondsAgo(2),
      secondsAgo(3, true),
      ...[4, 5, 6, 7, 8].map((s) => secondsAgo(s)),
    ];
    expect(pairDecision(attempts, now)).toEqual({ allowed: true });
  });
});

describe("addressDecision", () => {
  it("refuses an address after 20 failures across e-mails within 15 minutes", () => {
    const nineteen = Array.from({ length: 19 }, (_, i) => secondsAgo(i + 1));
    expect(addressDecision(nineteen, now)).toEqual({ allowed: true });
    const twenty = [...nineteen, secondsAgo(60)];
    expect(addressDecision(twenty, now)).toEqual({
      allowed: false,
      retryAt: new Date(now.getTime() - 60_000 + 15 * 60_000),
    });
  });
});

describe("combineDecisions", () => {
  it("is refused when any refuses, until the latest retry time", () => {
    const a = { allowed: false as const, retryAt: new Date(1000) };
    const b = { allowed: false as const, retryAt: new Date(2000) };
    expect(combineDecisions({ allowed: true }, a, b)).toEqual(b);
    expect(combineDecisions({ allowed: true }, { allowed: true })).toEqual({ allowed: true });
  });
});
