import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase } from "../../test/db.js";
import { coordinator, freshDraft } from "../../test/editor-fixtures.js";
import { principal } from "../../test/principals.js";
import * as t from "../app/schema.js";
import { loadDemo } from "../demo/load-demo.js";
import { PARTY, PERIOD, PROMISE } from "../demo/skaggetorp-2017-ids.js";
import type { Database, Db } from "../platform/db/client.js";
import { queryRows } from "../platform/db/rows.js";
import { AppError } from "../platform/errors.js";
import { importSpreadsheet } from "./import-spreadsheet.js";
import { listCommitments } from "./promises.repository.js";
import { exportPromiseSpreadsheet, exportRows } from "./spreadsheet-export.js";
import { readSheet, type SheetRow, toCsv, toXlsx } from "./spreadsheet-format.js";

let database: Database;
let db: Db;
beforeAll(async () => {
  database = await createTestDatabase();
  db = database.db;
  await loadDemo(db);
});
afterAll(() => database.close());

const csv = (rows: SheetRow[]) => new TextEncoder().encode(toCsv(rows));

/** Row counts of the tables an import may touch, versions of every promise and point, audit length. */
async function snapshot() {
  const [counts] = await queryRows<Record<string, number>>(
    db,
    sql`select (select count(*)::int from commitments) c, (select count(*)::int from targets) t,
      (select count(*)::int from follow_ups) f, (select count(*)::int from follow_up_measurements) m,
      (select count(*)::int from commitment_parties) cp, (select count(*)::int from audit_events) a,
      (select coalesce(sum(version), 0)::int from commitments) cv, (select coalesce(sum(version), 0)::int from follow_ups) fv,
      (select coalesce(sum(version), 0)::int from promises) pv`,
  );
  return counts;
}

async function refused(p: Promise<unknown>): Promise<AppError> {
  const e = await p.then(
    () => null,
    (x: unknown) => x,
  );
  expect(e).toBeInstanceOf(AppError);
  expect((e as AppError).code).toBe("import_refused");
  return e as AppError;
}

describe("export and import round trip", () => {
  it("the demo's own export, as XLSX and as CSV, imports back changing nothing", async () => {
    for (const format of ["xlsx", "csv"] as const) {
      const file = await exportPromiseSpreadsheet({ db, viewer: coordinator, promiseId: PROMISE, format });
      const bytes = typeof file.body === "string" ? new TextEncoder().encode(file.body) : file.body;
      const before = await snapshot();
      const result = await importSpreadsheet({ db, viewer: coordinator, promiseId: PROMISE, file: bytes });
      expect(result).toMatchObject({
        pointsCreated: 0,
        pointsUpdated: 0,
        followUpsCreated: 0,
        followUpsUpdated: 0,
      });
      expect(result.rows).toBeGreaterThanOrEqual(8);
      const after = await snapshot();
      expect({ ...after, a: before?.a }).toEqual(before); // only the import's own audit event is new
      expect(after?.a).toBe((before?.a ?? 0) + 1);
    }
  });

  it("applies changed points, new points, follow-ups and a new order (CSV), and exports them again", async () => {
    const { promise, points } = await freshDraft(db);
    const rows = await exportRows(db, promise.id);
    const changed = rows.map((r) => {
      if (r.externalId === points.municipality.externalId)
        return { ...r, number: "2", text: "Ändrad i Excel" };
      if (r.externalId === points.police.externalId) {
        return {
          ...r,
          number: "1",
          targets: "minst 4 st – Kontroller",
          period: "2017-T1",
          status: "pågår",
          measured: "2",
        };
      }
      return r;
    });
    const added = { ...(changed[2] as SheetRow), externalId: "ny-punkt", number: "4", text: "Ny punkt" };
    const result = await importSpreadsheet({
      db,
      viewer: coordinator,
      promiseId: promise.id,
      file: csv([...changed, added]),
    });
    expect(result).toMatchObject({
      pointsCreated: 1,
      pointsUpdated: 2,
      followUpsCreated: 1,
      followUpsUpdated: 0,
    });
    const order = (await listCommitments(db, [promise.id])).map((c) => c.externalId);
    expect(order).toEqual([
      points.police.externalId,
      points.municipality.externalId,
      points.joint.externalId,
      "ny-punkt",
    ]);
    const again = await exportRows(db, promise.id);
    expect(again.find((r) => r.externalId === points.police.externalId)).toMatchObject({
      targets: "minst 4 st – Kontroller",
      period: "2017-T1",
      status: "pågår",
      measured: "2",
      state: "utkast",
    });
    expect(again.find((r) => r.externalId === points.municipality.externalId)?.text).toBe("Ändrad i Excel");
  });

  it("round-trips through XLSX with a changed follow-up", async () => {
    const { promise, points } = await freshDraft(db);
    const first = (await exportRows(db, promise.id)).map((r) =>
      r.externalId === points.joint.externalId
        ? { ...r, period: "2017-T2", status: "genomförd", narrative: "Klart" }
        : r,
    );
    await importSpreadsheet({
      db,
      viewer: coordinator,
      promiseId: promise.id,
      file: await toXlsx(first, []),
    });
    const second = (await exportRows(db, promise.id)).map((r) =>
      r.externalId === points.joint.externalId ? { ...r, narrative: "Klart och utvärderat" } : r,
    );
    const result = await importSpreadsheet({
      db,
      viewer: coordinator,
      promiseId: promise.id,
      file: await toXlsx(second, []),
    });
    expect(result).toMatchObject({ followUpsUpdated: 1, followUpsCreated: 0, pointsUpdated: 0 });
    const rows = await readSheet(await toXlsx(await exportRows(db, promise.id), []));
    expect(rows.find((r) => r.externalId === points.joint.externalId)?.narrative).toBe(
      "Klart och utvärderat",
    );
  });
});

describe("refused imports change nothing", () => {
  it("a malformed spreadsheet is refused with row-level messages and nothing changes", async () => {
    const { promise, points } = await freshDraft(db);
    const rows = await exportRows(db, promise.id);
    const bad = [
      { ...(rows[0] as SheetRow), text: "En giltig ändring som inte får sparas" },
      { ...(rows[1] as SheetRow), responsibleKind: "alla", period: "2017-T1", status: "snart" },
      { ...(rows[2] as SheetRow), weight: "-1", measured: "x" },
      { ...(rows[2] as SheetRow), externalId: "ny", number: "1" },
    ];
    const before = await snapshot();
    const e = await refused(
      importSpreadsheet({ db, viewer: coordinator, promiseId: promise.id, file: csv(bad) }),
    );
    expect(
      (e.details as Array<{ row: number; column: string; code: string }>).map((i) => [
        i.row,
        i.column,
        i.code,
      ]),
    ).toEqual([
      [3, "Ansvar", "bad_kind"],
      [3, "Läge", "bad_status"],
      [4, "Vikt", "bad_weight"],
      [4, "Period", "period_required"],
      [5, "Nr", "duplicate_number"],
    ]);
    expect(await snapshot()).toEqual(before);
    expect(
      (await listCommitments(db, [promise.id])).find((c) => c.id === points.municipality.id)?.text.sv,
    ).toBe("En municipality-punkt");
  });

  it("a kommunpolis changing a municipality point is refused for that row; a police point goes through", async () => {
    const { promise, points } = await freshDraft(db);
    const police = principal("police_coordinator");
    const rows = await exportRows(db, promise.id);
    const edit = (id: string) =>
      rows.map((r) => (r.externalId === id ? { ...r, text: "Polisens ändring" } : r));
    const before = await snapshot();
    const e = await refused(
      importSpreadsheet({
        db,
        viewer: police,
        promiseId: promise.id,
        file: csv(edit(points.municipality.externalId)),
      }),
    );
    expect(e.details).toEqual([
      { row: 2, column: "Punkt", code: "not_allowed_point", params: { id: points.municipality.externalId } },
    ]);
    expect(await snapshot()).toEqual(before);
    const ok = await importSpreadsheet({
      db,
      viewer: police,
      promiseId: promise.id,
      file: csv(edit(points.police.externalId)),
    });
    expect(ok.pointsUpdated).toBe(1);
  });

  it("points of a promise that is no longer editable are refused; approved follow-ups are locked", async () => {
    const rows = await exportRows(db, PROMISE);
    const approved = rows.find((r) => r.externalId === "skaggetorp-2017-2" && r.state === "godkänd");
    const changed = rows.map((r) =>
      r.externalId === "skaggetorp-2017-1"
        ? { ...r, text: "Ny text" }
        : r === approved
          ? { ...r, narrative: "Ändrad" }
          : r,
    );
    const before = await snapshot();
    const e = await refused(
      importSpreadsheet({ db, viewer: coordinator, promiseId: PROMISE, file: csv(changed) }),
    );
    expect((e.details as Array<{ code: string }>).map((i) => i.code)).toEqual([
      "not_editable",
      "follow_up_locked",
    ]);
    expect(await snapshot()).toEqual(before);
  });

  it("follow-ups go through the round's rules: a rapportör its own party's points, never a submitted one or a closed period", async () => {
    const { promise, points } = await freshDraft(db);
    const reporter = principal("reporter", { partyId: PARTY.municipality });
    const report = (rows: SheetRow[], id: string, over: Partial<SheetRow>) =>
      rows.map((r) => (r.externalId === id ? { ...r, period: "2017-T2", status: "pågår", ...over } : r));
    const rows = await exportRows(db, promise.id);
    const before = await snapshot();
    const e = await refused(
      importSpreadsheet({
        db,
        viewer: reporter,
        promiseId: promise.id,
        file: csv(report(report(rows, points.municipality.externalId, {}), points.police.externalId, {})),
      }),
    );
    expect(e.details).toEqual([
      { row: 3, column: "Läge", code: "not_allowed_follow_up", params: { id: points.police.externalId } },
    ]);
    expect(await snapshot()).toEqual(before);

    const own = report(rows, points.municipality.externalId, { narrative: "Från kalkylarket" });
    expect(
      await importSpreadsheet({ db, viewer: reporter, promiseId: promise.id, file: csv(own) }),
    ).toMatchObject({ followUpsCreated: 1 });
    const [written] = await db
      .select()
      .from(t.followUps)
      .where(eq(t.followUps.commitmentId, points.municipality.id));
    expect(written).toMatchObject({
      state: "draft",
      status: "in_progress",
      narrative: { sv: "Från kalkylarket" },
    });
    const [event] = await db
      .select()
      .from(t.auditEvents)
      .where(eq(t.auditEvents.entityId, written?.id ?? ""));
    expect(event).toMatchObject({ action: "follow_up.imported", actorLabel: reporter.name, before: null });
    expect(event?.after).toMatchObject({ state: "draft", narrative: "Från kalkylarket", version: 1 });

    const again = report(rows, points.municipality.externalId, { narrative: "Ändrad igen" });
    await db
      .update(t.followUps)
      .set({ state: "submitted" })
      .where(eq(t.followUps.id, written?.id ?? ""));
    const locked = await refused(
      importSpreadsheet({ db, viewer: reporter, promiseId: promise.id, file: csv(again) }),
    );
    expect((locked.details as Array<{ code: string }>).map((i) => i.code)).toEqual(["follow_up_locked"]);

    await db
      .update(t.followUps)
      .set({ state: "draft" })
      .where(eq(t.followUps.id, written?.id ?? ""));
    await db
      .update(t.reportingPeriods)
      .set({ closedAt: new Date() })
      .where(eq(t.reportingPeriods.id, PERIOD[2]));
    try {
      const closed = await refused(
        importSpreadsheet({ db, viewer: reporter, promiseId: promise.id, file: csv(again) }),
      );
      expect((closed.details as Array<{ code: string }>).map((i) => i.code)).toEqual(["period_closed"]);
    } finally {
      await db.update(t.reportingPeriods).set({ closedAt: null }).where(eq(t.reportingPeriods.id, PERIOD[2]));
    }
    expect(
      await importSpreadsheet({ db, viewer: reporter, promiseId: promise.id, file: csv(again) }),
    ).toMatchObject({ followUpsUpdated: 1 });
  });

  it("a file that is not a spreadsheet, or lacks columns, is refused", async () => {
    const { promise } = await freshDraft(db);
    const zip = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]);
    const e1 = await refused(
      importSpreadsheet({ db, viewer: coordinator, promiseId: promise.id, file: zip }),
    );
    expect((e1.details as Array<{ code: string }>)[0]?.code).toBe("file_unreadable");
    const e2 = await refused(
      importSpreadsheet({
        db,
        viewer: coordinator,
        promiseId: promise.id,
        file: new TextEncoder().encode("Punkt-id;Nr\n"),
      }),
    );
    expect((e2.details as Array<{ code: string }>)[0]?.code).toBe("file_missing_columns");
  });
});
