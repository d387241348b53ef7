import { describe, expect, it } from "vitest";
import {
  comparePeriods,
  isPeriodScheme,
  nextPeriod,
  type PeriodRef,
  parsePeriodCode,
  periodBounds,
  periodCode,
  periodDeadline,
  periodName,
  periodOf,
  periodsBetween,
  periodsCovering,
  periodsOfYear,
  periodsPerYear,
  previousPeriod,
  promiseSpan,
} from "./calendar.js";

const t = (year: number, index: number): PeriodRef => ({ scheme: "tertial", year, index });

describe("period codes", () => {
  it("formats codes for each scheme", () => {
    expect(periodCode(t(2017, 1))).toBe("2017-T1");
    expect(periodCode({ scheme: "quarter", year: 2017, index: 3 })).toBe("2017-Q3");
    expect(periodCode({ scheme: "half", year: 2017, index: 2 })).toBe("2017-H2");
  });
  it("rejects invalid refs", () => {
    expect(() => periodCode(t(2017, 4))).toThrow(RangeError);
    expect(() => periodCode(t(2017, 0))).toThrow(RangeError);
    expect(() => periodCode({ scheme: "month" as "half", year: 2017, index: 1 })).toThrow(RangeError);
    expect(() => periodCode(t(1999, 1))).toThrow(RangeError);
  });
  it("parses strictly", () => {
    expect(parsePeriodCode("2017-T1")).toEqual(t(2017, 1));
    expect(parsePeriodCode("2100-Q4")).toEqual({ scheme: "quarter", year: 2100, index: 4 });
    expect(parsePeriodCode("2000-H2")).toEqual({ scheme: "half", year: 2000, index: 2 });
    for (const bad of [
      "2017-T4",
      "2017-Q5",
      "2017-H3",
      "2017-T0",
      "1999-T1",
      "2101-T1",
      "2017-t1",
      " 2017-T1",
      "2017-T1 ",
    ]) {
      expect(parsePeriodCode(bad), bad).toBeNull();
    }
  });
  it("round-trips every period of a year", () => {
    for (const s of ["tertial", "quarter", "half"] as const) {
      for (const p of periodsOfYear(2024, s)) expect(parsePeriodCode(periodCode(p))).toEqual(p);
    }
  });
});

describe("periodOf", () => {
  it("maps dates to tertials at the boundaries", () => {
    expect(periodOf("2017-01-01", "tertial")).toEqual(t(2017, 1));
    expect(periodOf("2017-04-30", "tertial")).toEqual(t(2017, 1));
    expect(periodOf("2017-05-01", "tertial")).toEqual(t(2017, 2));
    expect(periodOf("2017-08-31", "tertial")).toEqual(t(2017, 2));
    expect(periodOf("2017-09-01", "tertial")).toEqual(t(2017, 3));
    expect(periodOf("2017-12-31", "tertial")).toEqual(t(2017, 3));
  });
  it("maps quarters and halves", () => {
    expect(periodCode(periodOf("2017-07-01", "quarter"))).toBe("2017-Q3");
    expect(periodCode(periodOf("2017-06-30", "half"))).toBe("2017-H1");
    expect(periodCode(periodOf("2017-07-01", "half"))).toBe("2017-H2");
  });
  it("rejects invalid dates", () => {
    expect(() => periodOf("2017-02-29", "tertial")).toThrow(RangeError);
    expect(() => periodOf("1999-05-01", "tertial")).toThrow(RangeError);
  });
});

describe("periodBounds and deadlines", () => {
  it("gives inclusive bounds", () => {
    expect(periodBounds(t(2017, 1))).toEqual({ startsOn: "2017-01-01", endsOn: "2017-04-30" });
    expect(periodBounds(t(2017, 2))).toEqual({ startsOn: "2017-05-01", endsOn: "2017-08-31" });
    expect(periodBounds(t(2017, 3))).toEqual({ startsOn: "2017-09-01", endsOn: "2017-12-31" });
    expect(periodBounds({ scheme: "half", year: 2017, index: 1 })).toEqual({
      startsOn: "2017-01-01",
      endsOn: "2017-06-30",
    });
  });
  it("handles leap years in Q1", () => {
    expect(periodBounds({ scheme: "quarter", year: 2016, index: 1 }).endsOn).toBe("2016-03-31");
    expect(periodBounds({ scheme: "quarter", year: 2016, index: 2 })).toEqual({
      startsOn: "2016-04-01",
      endsOn: "2016-06-30",
    });
  });
  it("adds the offset to the last day", () => {
    expect(periodDeadline(t(2017, 1), 0)).toBe("2017-04-30");
    expect(periodDeadline(t(2017, 1), 15)).toBe("2017-05-15");
    expect(periodDeadline(t(2017, 3), 31)).toBe("2018-01-31");
    expect(periodDeadline({ scheme: "quarter", year: 2016, index: 4 }, 60)).toBe("2017-03-01");
    expect(periodDeadline({ scheme: "quarter", year: 2015, index: 4 }, 60)).toBe("2016-02-29");
    expect(periodDeadline(t(2017, 1), 90)).toBe("2017-07-29");
  });
  it("rejects offsets outside 0–90", () => {
    for (const bad of [-1, 91, 1.5, Number.NaN])
      expect(() => periodDeadline(t(2017, 1), bad)).toThrow(RangeError);
  });
});

describe("navigation", () => {
  it("moves forward and back across years", () => {
    expect(nextPeriod(t(2017, 1))).toEqual(t(2017, 2));
    expect(nextPeriod(t(2017, 3))).toEqual(t(2018, 1));
    expect(previousPeriod(t(2018, 1))).toEqual(t(2017, 3));
    expect(previousPeriod({ scheme: "quarter", year: 2018, index: 1 })).toEqual({
      scheme: "quarter",
      year: 2017,
      index: 4,
    });
    expect(nextPeriod({ scheme: "half", year: 2017, index: 2 })).toEqual({
      scheme: "half",
      year: 2018,
      index: 1,
    });
  });
  it("refuses to leave the supported years", () => {
    expect(() => nextPeriod(t(2100, 3))).toThrow(RangeError);
    expect(() => previousPeriod(t(2000, 1))).toThrow(RangeError);
  });
  it("lists periods of a year and across years", () => {
    expect(periodsOfYear(2017, "quarter").map(periodCode)).toEqual([
      "2017-Q1",
      "2017-Q2",
      "2017-Q3",
      "2017-Q4",
    ]);
    expect(periodsBetween(2017, 2018, "tertial").map(periodCode)).toEqual([
      "2017-T1",
      "2017-T2",
      "2017-T3",
      "2018-T1",
      "2018-T2",
      "2018-T3",
    ]);
    expect(periodsBetween(2017, 2017, "half")).toHaveLength(2);
    expect(() => periodsBetween(2018, 2017, "half")).toThrow(RangeError);
  });
  it("knows schemes", () => {
    expect(isPeriodScheme("tertial")).toBe(true);
    expect(isPeriodScheme("toString")).toBe(false);
    expect(periodsPerYear("half")).toBe(2);
  });
});

describe("comparePeriods", () => {
  it("sorts periods chronologically", () => {
    const sorted = [t(2018, 1), t(2017, 3), t(2017, 1), t(2017, 2)].sort(comparePeriods).map(periodCode);
    expect(sorted).toEqual(["2017-T1", "2017-T2", "2017-T3", "2018-T1"]);
    expect(comparePeriods(t(2017, 2), t(2017, 2))).toBe(0);
  });
  it("orders mixed schemes by start, then end", () => {
    const h1 = { scheme: "half", year: 2017, index: 1 } as const;
    const q1 = { scheme: "quarter", year: 2017, index: 1 } as const;
    const q2 = { scheme: "quarter", year: 2017, index: 2 } as const;
    expect([h1, q2, q1].sort(comparePeriods)).toEqual([q1, h1, q2]);
  });
});

describe("periodsCovering (a promise's periods)", () => {
  const codes = (from: string, to: string, scheme: "tertial" | "quarter" | "half") =>
    periodsCovering(from, to, scheme).map(periodCode);
  it("crosses the year boundary", () => {
    expect(codes("2023-05-01", "2024-04-30", "tertial")).toEqual(["2023-T2", "2023-T3", "2024-T1"]);
    expect(codes("2023-12-31", "2024-01-01", "tertial")).toEqual(["2023-T3", "2024-T1"]);
  });
  it("takes a period the span only touches on one day", () => {
    expect(codes("2023-04-30", "2023-09-01", "tertial")).toEqual(["2023-T1", "2023-T2", "2023-T3"]);
    expect(codes("2023-06-15", "2023-06-15", "quarter")).toEqual(["2023-Q2"]);
  });
  it("works for quarters and half-years", () => {
    expect(codes("2023-05-01", "2024-04-30", "quarter")).toEqual([
      "2023-Q2",
      "2023-Q3",
      "2023-Q4",
      "2024-Q1",
      "2024-Q2",
    ]);
    expect(codes("2023-05-01", "2024-04-30", "half")).toEqual(["2023-H1", "2023-H2", "2024-H1"]);
    expect(codes("2023-07-01", "2024-06-30", "half")).toEqual(["2023-H2", "2024-H1"]);
  });
  it("handles leap days", () => {
    expect(codes("2024-02-29", "2024-02-29", "tertial")).toEqual(["2024-T1"]);
    expect(codes("2023-03-01", "2024-02-29", "half")).toEqual(["2023-H1", "2023-H2", "2024-H1"]);
    expect(periodBounds({ scheme: "quarter", year: 2024, index: 1 }).endsOn).toBe("2024-03-31");
    expect(periodDeadline({ scheme: "tertial", year: 2024, index: 1 }, 14)).toBe("2024-05-14");
  });
  it("refuses a span that ends before it starts, and invalid dates", () => {
    expect(() => periodsCovering("2024-01-02", "2024-01-01", "tertial")).toThrow(RangeError);
    expect(() => periodsCovering("2023-02-29", "2023-03-01", "tertial")).toThrow(RangeError);
  });
  it("a promise without dates runs its whole years", () => {
    expect(promiseSpan({ fromYear: 2023, toYear: 2024, startsOn: null, endsOn: null })).toEqual({
      startsOn: "2023-01-01",
      endsOn: "2024-12-31",
    });
    expect(
      promiseSpan({ fromYear: 2023, toYear: 2024, startsOn: "2023-05-01", endsOn: "2024-04-30" }),
    ).toEqual({ startsOn: "2023-05-01", endsOn: "2024-04-30" });
  });
});

describe("periodName (periods in words)", () => {
  it("names each scheme in Swedish and English", () => {
    expect(periodName("2023-T2", "sv")).toBe("tertial 2 2023");
    expect(periodName("2024-Q1", "sv")).toBe("kvartal 1 2024");
    expect(periodName("2023-H2", "sv")).toBe("halvår 2 2023");
    expect(periodName("2023-T2", "en")).toBe("four-month period 2 2023");
    expect(periodName("2024-Q1", "en")).toBe("quarter 1 2024");
    expect(periodName("2023-H2", "en")).toBe("half-year 2 2023");
  });
  it("defaults to Swedish and leaves an unknown code as it is", () => {
    expect(periodName("2023-T3")).toBe("tertial 3 2023");
    expect(periodName("2023-X1")).toBe("2023-X1");
  });
});
