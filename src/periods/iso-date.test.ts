import { describe, expect, it } from "vitest";
import {
  addDays,
  compareIsoDates,
  daysInMonth,
  formatIsoDate,
  isIsoDate,
  isLeapYear,
  parseIsoDate,
} from "./iso-date.js";

describe("isIsoDate", () => {
  it("accepts real calendar dates", () => {
    for (const d of ["2017-01-01", "2016-02-29", "2000-02-29", "2017-12-31", "2017-04-30"]) {
      expect(isIsoDate(d)).toBe(true);
    }
  });

  it("rejects impossible dates and other formats", () => {
    const bad = ["2017-02-29", "2100-02-29", "2017-04-31", "2017-13-01", "2017-00-10", "2017-01-00"];
    const formats = ["2017-1-01", "17-01-01", "2017-01-01T00:00:00Z", " 2017-01-01", "2017/01/01", ""];
    for (const d of [...bad, ...formats]) expect(isIsoDate(d), d).toBe(false);
    expect(isIsoDate(20170101 as unknown as string)).toBe(false);
  });
});

describe("leap years and month lengths", () => {
  it("follows the Gregorian rules", () => {
    expect([2016, 2000, 2024].map(isLeapYear)).toEqual([true, true, true]);
    expect([2017, 1900, 2100].map(isLeapYear)).toEqual([false, false, false]);
    expect(daysInMonth(2016, 2)).toBe(29);
    expect(daysInMonth(2017, 2)).toBe(28);
    expect(daysInMonth(2017, 4)).toBe(30);
    expect(daysInMonth(2017, 8)).toBe(31);
  });
});

describe("parseIsoDate / formatIsoDate", () => {
  it("round-trips", () => {
    expect(parseIsoDate("2017-05-09")).toEqual({ year: 2017, month: 5, day: 9 });
    expect(formatIsoDate(2017, 5, 9)).toBe("2017-05-09");
  });
  it("throws RangeError on invalid dates", () => {
    expect(() => parseIsoDate("2017-02-29")).toThrow(RangeError);
  });
});

describe("addDays", () => {
  it("crosses months, years and leap days", () => {
    expect(addDays("2016-02-28", 1)).toBe("2016-02-29");
    expect(addDays("2017-02-28", 1)).toBe("2017-03-01");
    expect(addDays("2017-12-31", 1)).toBe("2018-01-01");
    expect(addDays("2018-01-01", -1)).toBe("2017-12-31");
    expect(addDays("2017-04-30", 90)).toBe("2017-07-29");
    expect(addDays("2017-04-30", 0)).toBe("2017-04-30");
  });
  it("is independent of DST changes (UTC only)", () => {
    expect(addDays("2017-03-25", 2)).toBe("2017-03-27");
    expect(addDays("2017-10-28", 2)).toBe("2017-10-30");
  });
  it("rejects invalid input", () => {
    expect(() => addDays("2017-02-30", 1)).toThrow(RangeError);
    expect(() => addDays("2017-01-01", 1.5)).toThrow(RangeError);
    expect(() => addDays("2017-01-01", Number.NaN)).toThrow(RangeError);
    expect(() => addDays("9999-12-31", 1)).toThrow(RangeError);
  });
});

describe("compareIsoDates", () => {
  it("sorts chronologically", () => {
    expect(["2018-01-01", "2017-09-01", "2017-10-01"].sort(compareIsoDates)).toEqual([
      "2017-09-01",
      "2017-10-01",
      "2018-01-01",
    ]);
    expect(compareIsoDates("2017-01-01", "2017-01-01")).toBe(0);
    expect(compareIsoDates("2017-01-02", "2017-01-01")).toBeGreaterThan(0);
  });
  it("throws on invalid dates", () => {
    expect(() => compareIsoDates("2017-01-01", "2017-02-30")).toThrow(RangeError);
  });
});
