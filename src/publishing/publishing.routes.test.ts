import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../../test/app.js";
import { seedBullets, seedResults } from "../../test/seed.js";
import type { FollowUp, Progress } from "../followups/followups.types.js";
import type { CommitmentWithHistory, PromiseDetail, PromiseSummary } from "../promises/promises.types.js";

let t: TestApp;
let promiseId: string;
beforeAll(async () => {
  t = await createTestApp();
  const list = (await (await t.app.request("/api/v1/promises")).json()) as { data: PromiseSummary[] };
  const demo = list.data.find((p) => p.ref === "skaggetorp-2017");
  if (!demo) throw new Error("demo promise missing from the list");
  promiseId = demo.id;
});
afterAll(() => t.database.close());

const getJson = async <T>(path: string): Promise<T> => {
  const res = await t.app.request(path);
  expect(res.status, path).toBe(200);
  return (await res.json()) as T;
};

describe("GET /api/v1/promises", () => {
  it("lists the demo promise with its area, parties and eight points", async () => {
    const { data } = await getJson<{ data: PromiseSummary[] }>("/api/v1/promises");
    const demo = data.find((p) => p.id === promiseId);
    expect(demo).toMatchObject({ fromYear: 2017, toYear: 2017, commitmentCount: 8, demo: true });
    expect(demo?.areas.map((a) => a.name)).toEqual(["Skäggetorp"]);
    expect(demo?.parties.map((p) => p.kind).sort()).toEqual(["municipality", "police"]);
  });

  it("filters by year and status", async () => {
    expect((await getJson<{ data: PromiseSummary[] }>("/api/v1/promises?year=2017")).data).toHaveLength(1);
    expect((await getJson<{ data: PromiseSummary[] }>("/api/v1/promises?year=2019")).data).toHaveLength(0);
    expect((await getJson<{ data: PromiseSummary[] }>("/api/v1/promises?status=closed")).data).toHaveLength(
      0,
    );
  });

  it("does not show a draft promise to residents", async () => {
    expect((await getJson<{ data: PromiseSummary[] }>("/api/v1/promises?status=draft")).data).toEqual([]);
  });
});

describe("GET /api/v1/promises/{id}", () => {
  it("returns the eight points in the seed's wording and order, with the 2017 result of each", async () => {
    const detail = await getJson<PromiseDetail>(`/api/v1/promises/${promiseId}`);
    expect(detail.asOfPeriod).toBe("2017-T3");
    expect(detail.commitments.map((c) => c.text.sv)).toEqual(seedBullets());
    expect(detail.commitments.map((c) => c.latestFollowUp?.narrative?.sv)).toEqual(seedResults());
    expect(detail.commitments.map((c) => c.responsibleKind)).toEqual([
      "joint",
      "joint",
      "joint",
      "municipality",
      "municipality",
      "municipality",
      "police",
      "police",
    ]);
    expect(detail.commitments.filter((c) => c.carryOver?.decision === "carry").map((c) => c.number)).toEqual([
      7, 8,
    ]);
  });

  it("shows follow-ups and measurements as of an earlier period", async () => {
    const t2 = await getJson<PromiseDetail>(`/api/v1/promises/${promiseId}?period=2017-T2`);
    expect(t2.asOfPeriod).toBe("2017-T2");
    expect(t2.commitments.every((c) => c.latestFollowUp?.period === "2017-T2")).toBe(true);
    const t3 = await getJson<PromiseDetail>(`/api/v1/promises/${promiseId}`);
    const target = (d: PromiseDetail) => d.commitments.find((c) => c.number === 8)?.targets[0];
    expect(target(t2)?.measured?.period).toBe("2017-T2");
    expect(target(t3)?.measured?.period).toBe("2017-T3");
  });

  it("measures targets against their direction", async () => {
    const detail = await getJson<PromiseDetail>(`/api/v1/promises/${promiseId}`);
    const walks = detail.commitments.find((c) => c.number === 2)?.targets[0];
    expect(walks).toMatchObject({ direction: "at_least", measured: { value: 1 }, attainment: { met: true } });
  });

  it("answers an unknown period with 404 naming it", async () => {
    const res = await t.app.request(`/api/v1/promises/${promiseId}?period=2016-T1`);
    expect(res.status).toBe(404);
    expect(((await res.json()) as { error: { message: string } }).error.message).toContain("2016-T1");
  });
});

describe("follow-ups, progress and a single point", () => {
  it("lists all 24 approved follow-ups, or those of one period", async () => {
    expect(
      (await getJson<{ data: FollowUp[] }>(`/api/v1/promises/${promiseId}/follow-ups`)).data,
    ).toHaveLength(24);
    const t1 = await getJson<{ data: FollowUp[] }>(`/api/v1/promises/${promiseId}/follow-ups?period=2017-T1`);
    expect(t1.data).toHaveLength(8);
    expect(new Set(t1.data.map((f) => f.period))).toEqual(new Set(["2017-T1"]));
  });

  it("rolls progress up by the published rule, recomputable from the per-point values", async () => {
    const progress = await getJson<Progress>(`/api/v1/promises/${promiseId}/progress`);
    const counted = progress.byCommitment.filter((c) => c.value !== null);
    const expected = Math.round(
      counted.reduce((sum, c) => sum + (c.value ?? 0) * c.weight, 0) /
        counted.reduce((s, c) => s + c.weight, 0),
    );
    expect(progress.overall.percent).toBe(expected);
    expect(progress.overall.total).toBe(8);
    expect(progress.byParty.map((p) => p.name).sort()).toEqual([
      "Linköpings kommun",
      "Polismyndigheten LPO Linköping",
    ]);
  });

  it("returns one point with its history of follow-ups", async () => {
    const detail = await getJson<PromiseDetail>(`/api/v1/promises/${promiseId}`);
    const first = detail.commitments[0];
    const point = await getJson<CommitmentWithHistory>(`/api/v1/commitments/${first?.id}`);
    expect(point.promiseRef).toBe("skaggetorp-2017");
    expect(point.followUps.map((f) => f.period)).toEqual(["2017-T1", "2017-T2", "2017-T3"]);
  });
});
