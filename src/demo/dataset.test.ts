import { describe, expect, it } from "vitest";
import { type DemoDataset, flattenDataset, sv } from "./dataset.js";
import { SKAGGETORP_2017 } from "./skaggetorp-2017.js";

const tiny = (demo: Record<string, string>): DemoDataset => ({
  ...SKAGGETORP_2017,
  partnership: { id: "p", slug: "x", name: "X", municipalityName: "X", demo },
  parties: [],
  units: [],
  people: [],
  areas: [],
  areaClassifications: [],
  councilGoalSets: [],
  agreements: [],
  promises: [],
  periods: [],
  followUps: [],
  reportBacks: [],
});

describe("flattenDataset", () => {
  it("names marked columns as in SQL and relations by their property", () => {
    const rows = flattenDataset(SKAGGETORP_2017);
    const fields = new Set(rows.demoMarkers.map((m) => `${m.tableName}.${m.field}`));
    expect(fields).toContain("partnerships.deadline_offset_days");
    expect(fields).toContain("follow_ups.submitted_at");
    expect(fields).toContain("commitments.goals");
    expect(fields).not.toContain("commitments.text");
  });

  it("drops relations and notes from the rows and fills parents' ids and positions", () => {
    const rows = flattenDataset(SKAGGETORP_2017);
    expect(rows.commitments).toHaveLength(8);
    expect(rows.commitments[0]).not.toHaveProperty("demo");
    expect(rows.commitments[0]).not.toHaveProperty("goals");
    expect(rows.followUps).toHaveLength(24);
    expect(rows.reportSignatories.map((s) => [s.position, s.name])).toEqual([
      [1, "Paul Håkansson"],
      [2, "Mikael Borin"],
    ]);
    expect(new Set(rows.parties.map((p) => p.partnershipId))).toEqual(
      new Set([SKAGGETORP_2017.partnership.id]),
    );
  });

  it("refuses a note on a field the object does not set", () => {
    expect(() => flattenDataset(tiny({ deadlineOffsetDays: "invented" }))).toThrow(/deadlineOffsetDays/);
    expect(flattenDataset(tiny({ name: "invented" })).demoMarkers).toEqual([
      { tableName: "partnerships", rowId: "p", field: "name", note: "invented" },
    ]);
  });

  it("is deterministic", () => {
    expect(flattenDataset(SKAGGETORP_2017)).toEqual(flattenDataset(SKAGGETORP_2017));
    expect(sv("a")).toEqual({ sv: "a" });
  });
});
