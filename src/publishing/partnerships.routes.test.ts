import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../../test/app.js";
import type { Area, Partnership, Party } from "../partnerships/partnerships.types.js";
import type { Period } from "../periods/periods.types.js";

let t: TestApp;
let partnership: Partnership;
beforeAll(async () => {
  t = await createTestApp();
  const res = await t.app.request("/api/v1/partnerships");
  const { data } = (await res.json()) as { data: Partnership[] };
  if (!data[0]) throw new Error("no partnership in the demo");
  partnership = data[0];
});
afterAll(() => t.database.close());

const getJson = async <T>(path: string): Promise<T> => {
  const res = await t.app.request(path);
  expect(res.status, path).toBe(200);
  return (await res.json()) as T;
};

describe("partnerships API", () => {
  it("lists the demo partnership with its tertial scheme", async () => {
    expect(partnership).toMatchObject({
      slug: "linkoping",
      municipalityName: "Linköpings kommun",
      periodScheme: "tertial",
    });
    expect(await getJson<Partnership>(`/api/v1/partnerships/${partnership.id}`)).toEqual(partnership);
  });

  it("lists parties with their units", async () => {
    const { data } = await getJson<{ data: Party[] }>(`/api/v1/partnerships/${partnership.id}/parties`);
    const municipality = data.find((p) => p.kind === "municipality");
    expect(municipality?.name).toBe("Linköpings kommun");
    expect(municipality?.units.map((u) => u.name)).toEqual(
      expect.arrayContaining(["Kultur och fritid", "Säkerhetsenheten"]),
    );
    expect(data.find((p) => p.kind === "police")?.name).toBe("Polismyndigheten LPO Linköping");
  });

  it("lists areas with Skäggetorp's classification history", async () => {
    const { data } = await getJson<{ data: Area[] }>(`/api/v1/partnerships/${partnership.id}/areas`);
    const skaggetorp = data.find((a) => a.name === "Skäggetorp");
    expect(skaggetorp?.kind).toBe("district");
    expect(skaggetorp?.classifications[0]?.classification).toBe("especially_vulnerable");
    expect(data.find((a) => a.id === skaggetorp?.parentId)?.name).toBe("Linköping");
  });

  it("lists the three tertials of 2017 with deadlines after their end", async () => {
    const { data } = await getJson<{ data: Period[] }>(`/api/v1/partnerships/${partnership.id}/periods`);
    // The demo's live 2026 round adds 2026-T1–T3 after them.
    expect(data.map((p) => p.code).filter((c) => c.startsWith("2017"))).toEqual([
      "2017-T1",
      "2017-T2",
      "2017-T3",
    ]);
    expect(data[0]).toMatchObject({ startsOn: "2017-01-01", endsOn: "2017-04-30" });
    for (const p of data) expect(p.deadline > p.endsOn).toBe(true);
  });
});
