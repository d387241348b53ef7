import { describe, expect, it } from "vitest";
import { fixedClock, swedishDate, swedishHourOn } from "./clock.js";

describe("clock", () => {
  it("today is the calendar day in Sweden, not in UTC", () => {
    expect(swedishDate(new Date("2017-05-07T22:30:00Z"))).toBe("2017-05-08");
    expect(swedishDate(new Date("2018-01-06T22:30:00Z"))).toBe("2018-01-06");
    expect(fixedClock("2018-01-07").today()).toBe("2018-01-07");
  });

  it("finds 07:00 Swedish time in winter and in summer", () => {
    expect(swedishHourOn("2018-01-07", 7).toISOString()).toBe("2018-01-07T06:00:00.000Z");
    expect(swedishHourOn("2017-09-07", 7).toISOString()).toBe("2017-09-07T05:00:00.000Z");
  });
});
