import { and, asc, eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase } from "../../test/db.js";
import { normalizeWhitespace as normalise, seedText } from "../../test/seed.js";
import * as t from "../app/schema.js";
import type { Database, Db } from "../platform/db/client.js";
import { queryRows } from "../platform/db/rows.js";
import { AppError } from "../platform/errors.js";
import { DEMO_PARTNERSHIP_ID, DEMO_PROMISE_REF, loadDemo } from "./load-demo.js";

const seed = seedText();

let database: Database;
let db: Db;
let firstLoad: Awaited<ReturnType<typeof loadDemo>>;
beforeAll(async () => {
  database = await createTestDatabase();
  db = database.db;
  firstLoad = await loadDemo(db);
});
afterAll(() => database.close());

const commitmentsOfDemo = () =>
  db
    .select({ c: t.commitments })
    .from(t.commitments)
    .innerJoin(t.promises, eq(t.promises.id, t.commitments.promiseId))
    .where(eq(t.promises.ref, DEMO_PROMISE_REF))
    .orderBy(asc(t.commitments.number))
    .then((rows) => rows.map((r) => r.c));

const followUpsOfDemo = () =>
  db
    .select({ f: t.followUps, code: t.reportingPeriods.code, number: t.commitments.number })
    .from(t.followUps)
    .innerJoin(t.reportingPeriods, eq(t.reportingPeriods.id, t.followUps.periodId))
    .innerJoin(t.commitments, eq(t.commitments.id, t.followUps.commitmentId))
    // The 2017 record only: later demo parts (the live 2026 round) add their own follow-ups.
    .where(and(eq(t.reportingPeriods.partnershipId, DEMO_PARTNERSHIP_ID), eq(t.reportingPeriods.year, 2017)))
    .orderBy(asc(t.commitments.number), asc(t.reportingPeriods.code));

const markedRowIds = async (tableName: string, field: string) =>
  new Set(
    (
      await db
        .select({ rowId: t.demoMarkers.rowId })
        .from(t.demoMarkers)
        .where(and(eq(t.demoMarkers.tableName, tableName), eq(t.demoMarkers.field, field)))
    ).map((m) => m.rowId),
  );

const publicTables = async () =>
  (
    await queryRows<{ name: string }>(
      db,
      sql`SELECT tablename AS name FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename`,
    )
  ).map((r) => r.name);

async function rowCounts(): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const name of await publicTables()) {
    const [row] = await queryRows<{ n: number }>(
      db,
      sql`SELECT count(*)::int AS n FROM ${sql.identifier(name)}`,
    );
    counts[name] = row?.n ?? -1;
  }
  return counts;
}

describe("loadDemo on an empty database", () => {
  it("reports that it loaded the demo partnership", () => {
    expect(firstLoad).toEqual({ loaded: true, partnershipId: DEMO_PARTNERSHIP_ID });
  });

  it("stores the eight points with the seed's wording, in the seed's order", async () => {
    const commitments = await commitmentsOfDemo();
    expect(commitments.map((c) => c.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    let previous = -1;
    for (const c of commitments) {
      const at = seed.indexOf(`• ${c.text.sv}`);
      expect(at, c.text.sv).toBeGreaterThan(previous);
      previous = at;
    }
    expect(commitments.map((c) => c.externalId)).toEqual(
      commitments.map((c) => `skaggetorp-2017-${c.number}`),
    );
  });

  it("has three joint, three municipality and two police points; 7 and 8 carry over", async () => {
    const commitments = await commitmentsOfDemo();
    expect(commitments.map((c) => c.responsibleKind)).toEqual([
      ...Array(3).fill("joint"),
      ...Array(3).fill("municipality"),
      ...Array(2).fill("police"),
    ]);
    expect(commitments.map((c) => c.carryOver)).toEqual([
      null,
      null,
      null,
      null,
      null,
      null,
      "carry",
      "carry",
    ]);
    for (const c of commitments.slice(6)) expect(seed).toContain(c.carryOverReason?.sv);
  });

  it("has 24 approved follow-ups whose T3 narratives are the seed's result texts", async () => {
    const rows = await followUpsOfDemo();
    expect(rows).toHaveLength(24);
    expect(rows.every((r) => r.f.state === "approved" && r.f.approvedAt !== null)).toBe(true);
    const commitments = await commitmentsOfDemo();
    const t3 = rows.filter((r) => r.code === "2017-T3");
    expect(t3.map((r) => r.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    for (const r of t3) {
      const point = commitments.find((c) => c.number === r.number);
      // The result text follows its point's bullet in the seed.
      expect(seed).toContain(`• ${point?.text.sv} ${r.f.narrative?.sv}`);
    }
    for (const r of rows.filter((x) => x.code !== "2017-T3")) expect(seed).not.toContain(r.f.narrative?.sv);
  });

  it("has the tertials of 2017 with deadlines 14 days after each end", async () => {
    const periods = await db
      .select()
      .from(t.reportingPeriods)
      .where(
        and(eq(t.reportingPeriods.partnershipId, DEMO_PARTNERSHIP_ID), eq(t.reportingPeriods.year, 2017)),
      )
      .orderBy(asc(t.reportingPeriods.code));
    expect(periods.map((p) => [p.code, p.startsOn, p.endsOn, p.deadline])).toEqual([
      ["2017-T1", "2017-01-01", "2017-04-30", "2017-05-14"],
      ["2017-T2", "2017-05-01", "2017-08-31", "2017-09-14"],
      ["2017-T3", "2017-09-01", "2017-12-31", "2018-01-14"],
    ]);
  });

  it("has the council goals 3 and 7 with the seed's wording", async () => {
    const goals = await db.select().from(t.councilGoals).orderBy(asc(t.councilGoals.number));
    expect(goals.map((g) => g.number)).toEqual([3, 7]);
    for (const g of goals) expect(seed).toContain(`${g.number}. ${g.text.sv}`);
  });

  it("marks invented values as demo data and leaves the seed's values unmarked", async () => {
    const rows = await followUpsOfDemo();
    const narratives = await markedRowIds("follow_ups", "narrative");
    for (const r of rows) expect(narratives.has(r.f.id), `${r.code} ${r.number}`).toBe(r.code !== "2017-T3");
    const statuses = await markedRowIds("follow_ups", "status");
    expect(rows.every((r) => statuses.has(r.f.id))).toBe(true);

    const commitments = await commitmentsOfDemo();
    const markedTexts = await markedRowIds("commitments", "text");
    expect(commitments.filter((c) => markedTexts.has(c.id))).toEqual([]);
    const goalLinks = await markedRowIds("commitments", "goals");
    expect(commitments.every((c) => goalLinks.has(c.id))).toBe(true);

    const [promise] = await db.select().from(t.promises).where(eq(t.promises.ref, DEMO_PROMISE_REF));
    expect(await markedRowIds("promises", "signed_on")).toContain(promise?.id);
    expect(await markedRowIds("promises", "how_made")).not.toContain(promise?.id);

    // Point 2's one safety walk and point 5's five days are in the seed; point 8's 15 controls are not.
    const values = await markedRowIds("follow_up_measurements", "value");
    const t3Values = await db
      .select({ id: t.followUpMeasurements.id, value: t.followUpMeasurements.value })
      .from(t.followUpMeasurements)
      .innerJoin(t.followUps, eq(t.followUps.id, t.followUpMeasurements.followUpId))
      .innerJoin(t.reportingPeriods, eq(t.reportingPeriods.id, t.followUps.periodId))
      .where(eq(t.reportingPeriods.code, "2017-T3"))
      .orderBy(asc(t.followUpMeasurements.value));
    expect(t3Values.map((m) => [m.value, values.has(m.id)])).toEqual([
      [1, false],
      [5, false],
      [15, true],
    ]);

    const people = await db.select().from(t.people).orderBy(asc(t.people.name));
    const names = await markedRowIds("people", "name");
    for (const p of people) expect(names.has(p.id), p.name).toBe(!seed.includes(p.name));
  });

  it("stores the report-back's texts from the seed, without the lead-in the generator writes", async () => {
    const [report] = await db.select().from(t.reportBacks);
    for (const text of [report?.matter, report?.background, report?.genderEquality]) {
      for (const paragraph of text?.sv.split("\n\n") ?? ["missing"]) expect(seed).toContain(paragraph);
    }
    expect(report?.background?.sv).not.toContain("följande åtta punkter");
    const consultations = await db
      .select()
      .from(t.reportConsultations)
      .orderBy(asc(t.reportConsultations.position));
    expect(consultations.map((c) => [c.body, c.mode, c.stance])).toEqual([
      ["kommunpolis", "collaborated", "endorses"],
      ["säkerhetsenheten", "collaborated", "endorses"],
      ["LiBrås operativa grupp (LOP-gruppen)", "prepared", "endorses"],
    ]);
    const signatories = await db
      .select()
      .from(t.reportSignatories)
      .orderBy(asc(t.reportSignatories.position));
    expect(signatories.map((s) => [s.name, s.title])).toEqual([
      ["Paul Håkansson", null],
      ["Mikael Borin", null],
    ]);
  });

  it("stores the template placeholder nowhere", async () => {
    const texts = JSON.stringify([
      await db.select().from(t.reportBacks),
      await db.select().from(t.reportDecisionItems),
      await db.select().from(t.commitments),
    ]);
    expect(texts).toContain("Skäggetorpsborna");
    expect(texts).not.toContain("Klicka här");
    for (const name of await publicTables()) {
      const [hits] = await queryRows<{ n: number }>(
        db,
        sql`SELECT count(*)::int AS n FROM ${sql.identifier(name)} r WHERE r::text LIKE '%Klicka här%'`,
      );
      expect(hits?.n, name).toBe(0);
    }
  });

  it("does nothing when called again", async () => {
    const before = await rowCounts();
    // One "demo.loaded" event plus the 2018 carry-over (one promise, two points).
    expect(before.audit_events).toBe(4);
    expect(await loadDemo(db)).toEqual({ loaded: false, partnershipId: DEMO_PARTNERSHIP_ID });
    expect(await rowCounts()).toEqual(before);
  });
});

describe("loadDemo on a fresh database", () => {
  it("loads once when two calls race", async () => {
    const fresh = await createTestDatabase();
    try {
      const results = await Promise.all([loadDemo(fresh.db), loadDemo(fresh.db)]);
      expect(results.map((r) => r.loaded).sort()).toEqual([false, true]);
      const events = await fresh.db.select().from(t.auditEvents);
      expect(events.filter((e) => e.action === "demo.loaded")).toHaveLength(1);
    } finally {
      await fresh.close();
    }
  });

  it("refuses, writing nothing, when another partnership already has the slug", async () => {
    const fresh = await createTestDatabase();
    try {
      await fresh.db
        .insert(t.partnerships)
        .values({ slug: "linkoping", name: "Annan", municipalityName: "Annan" });
      const error = await loadDemo(fresh.db).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(AppError);
      expect((error as AppError).code).toBe("conflict");
      expect(await fresh.db.select().from(t.partnerships)).toHaveLength(1);
      expect(await fresh.db.select().from(t.auditEvents)).toHaveLength(0);
    } finally {
      await fresh.close();
    }
  });
});
