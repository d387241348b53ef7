import { describe, expect, it } from "vitest";
import { categoryKeyOf } from "./incident-categories.js";
import { compileSituation, viewSituation } from "./situation-model.js";
import { suppressed } from "./suppression.js";
import { addWeeks, isWeek, mondayOf, weekOf, weekOfDate } from "./weeks.js";

describe("ISO weeks in Swedish time", () => {
  it("numbers weeks across year ends and knows which weeks exist", () => {
    expect(weekOfDate("2026-11-29")).toBe("2026-W48");
    expect(weekOfDate("2027-01-01")).toBe("2026-W53");
    expect(weekOfDate("2024-12-30")).toBe("2025-W01");
    expect(mondayOf("2025-W01")).toBe("2024-12-30");
    expect(addWeeks("2026-W01", -1)).toBe("2025-W52");
    expect(isWeek("2026-W53")).toBe(true);
    expect(isWeek("2025-W53")).toBe(false);
    // Sunday 23:30 in Sweden is still that week, although it is Monday in no zone east of it.
    expect(weekOf(new Date("2026-11-29T22:30:00Z"))).toBe("2026-W48");
    expect(weekOf(new Date("2026-11-29T23:30:00Z"))).toBe("2026-W49");
  });
});

describe("the lägesbild's figures", () => {
  const cells = [
    { week: "2026-W40", areaId: "a", categoryKey: "k", count: 2 },
    { week: "2026-W39", areaId: "a", categoryKey: "k", count: 8 },
    { week: "2026-W35", areaId: "a", categoryKey: "k", count: 50 },
  ];
  const data = compileSituation("2026-W40", cells, [{ key: "k", name: "K" }], [{ id: "a", name: "A" }]);

  it("keeps only the window's cells and compares with the mean of the four weeks before", () => {
    expect(data.cells).toHaveLength(2);
    const exact = viewSituation(data, false);
    expect(exact.rows[0]).toMatchObject({ count: 2, previousMean: 2, trend: "same" });
    expect(exact.weekTotals).toEqual([0, 0, 0, 8, 2]);
  });

  it("hides counts from 1 to 4 (and trends built on them) when suppressed; zero and 5+ show", () => {
    const hidden = viewSituation(data, true);
    expect(hidden.rows[0]).toMatchObject({ count: null, trend: "hidden" });
    expect(hidden.weekTotals).toEqual([0, 0, 0, 8, null]);
    expect([0, 1, 4, 5].map(suppressed)).toEqual(["0", "<5", "<5", "5"]);
  });

  it("makes category keys from names", () => {
    expect(categoryKeyOf("Incidenter mot anställd")).toBe("incidenter-mot-anstalld");
    expect(categoryKeyOf("Ödslighet & mörker")).toBe("odslighet-morker");
  });
});
