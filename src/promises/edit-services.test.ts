import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase } from "../../test/db.js";
import { coordinator, freshDraft, pointFields, promiseFields } from "../../test/editor-fixtures.js";
import { principal } from "../../test/principals.js";
import * as t from "../app/schema.js";
import { DEMO_2018 } from "../demo/carry-over-2018.js";
import { DEMO_PARTNERSHIP_ID, loadDemo } from "../demo/load-demo.js";
import { COMMITMENT, PARTY, PROMISE, UNIT } from "../demo/skaggetorp-2017-ids.js";
import type { Database, Db } from "../platform/db/client.js";
import { AppError } from "../platform/errors.js";
import { carryOverPromise } from "./carry-over-promise.js";
import {
  addCommitment,
  loadCommitmentFields,
  removeCommitment,
  reorderCommitments,
  setCarryOverDecision,
  updateCommitment,
} from "./edit-commitments.js";
import { changePromiseStatus, createPromise, updatePromise } from "./edit-promise.js";
import { findCommitment, findPromise, listCommitments, listLineage } from "./promises.repository.js";

let database: Database;
let db: Db;
beforeAll(async () => {
  database = await createTestDatabase();
  db = database.db;
  await loadDemo(db);
});
afterAll(() => database.close());

async function refusal(p: Promise<unknown>): Promise<AppError> {
  const e = await p.then(
    () => null,
    (x: unknown) => x,
  );
  expect(e).toBeInstanceOf(AppError);
  return e as AppError;
}

describe("createPromise and updatePromise", () => {
  it("creates a draft with areas and parties, audited, and refuses a taken ref", async () => {
    const row = await createPromise({
      db,
      viewer: coordinator,
      partnershipId: DEMO_PARTNERSHIP_ID,
      ref: "nytt-2019",
      fields: promiseFields(),
    });
    expect(row).toMatchObject({ status: "draft", fromYear: 2019, version: 1 });
    const audit = await db.select().from(t.auditEvents).where(eq(t.auditEvents.entityId, row.id));
    expect(audit.map((a) => [a.action, a.actorKind, a.actorId])).toEqual([
      ["promise.created", "person", coordinator.accountId],
    ]);
    const again = await refusal(
      createPromise({
        db,
        viewer: coordinator,
        partnershipId: DEMO_PARTNERSHIP_ID,
        ref: "nytt-2019",
        fields: promiseFields(),
      }),
    );
    expect(again.code).toBe("conflict");
  });

  it("edits the fields with the version read and refuses a stale version with the current row", async () => {
    const { promise } = await freshDraft(db);
    const updated = await updatePromise({
      db,
      viewer: coordinator,
      promiseId: promise.id,
      version: promise.version,
      fields: promiseFields({ title: "Nytt namn", background: "Bakgrund", partyIds: [PARTY.municipality] }),
    });
    expect(updated).toMatchObject({ title: { sv: "Nytt namn" }, background: { sv: "Bakgrund" }, version: 2 });
    const stale = await refusal(
      updatePromise({ db, viewer: coordinator, promiseId: promise.id, version: 1, fields: promiseFields() }),
    );
    expect(stale.code).toBe("conflict");
    expect((stale.details as { current: { title: unknown } }).current.title).toEqual({ sv: "Nytt namn" });
    expect((await findPromise(db, { id: promise.id }))?.title).toEqual({ sv: "Nytt namn" });
  });

  it("refuses parties from outside the partnership", async () => {
    const { promise } = await freshDraft(db);
    const e = await refusal(
      updatePromise({
        db,
        viewer: coordinator,
        promiseId: promise.id,
        version: promise.version,
        fields: promiseFields({ partyIds: ["00000000-0000-4000-8000-000000000001"] }),
      }),
    );
    expect(e.code).toBe("invalid_body");
  });
});

describe("points", () => {
  it("adds points numbered 1..n with stable external ids", async () => {
    const { promise, points } = await freshDraft(db);
    expect([points.municipality.number, points.police.number, points.joint.number]).toEqual([1, 2, 3]);
    expect(points.police.externalId).toBe(`${promise.ref}-2`);
  });

  it("edits text, kind, parties, units, goals, weight and targets (add, edit, remove)", async () => {
    const { points } = await freshDraft(db);
    const p = points.municipality;
    const first = await updateCommitment({
      db,
      viewer: coordinator,
      commitmentId: p.id,
      version: p.version,
      fields: pointFields("municipality", {
        text: "Ny text",
        contributorPartyIds: [PARTY.safetyCouncil],
        unitIds: [UNIT.cultureAndLeisure],
        weight: 2,
        targets: [
          { description: "Vandringar", unit: "st", targetValue: 4, direction: "at_least" },
          { description: "Klagomål", unit: "st", targetValue: 10, direction: "at_most" },
        ],
      }),
    });
    const fields = await loadCommitmentFields(db, first);
    expect(fields).toMatchObject({ text: "Ny text", weight: 2, contributorPartyIds: [PARTY.safetyCouncil] });
    expect(fields.targets.map((x) => x.description)).toEqual(["Vandringar", "Klagomål"]);
    const [walks] = fields.targets;
    const second = await updateCommitment({
      db,
      viewer: coordinator,
      commitmentId: p.id,
      version: first.version,
      fields: {
        ...fields,
        targets: [
          { description: "Ny", unit: "%", targetValue: 50, direction: "exactly" },
          { ...(walks as NonNullable<typeof walks>), targetValue: 6 },
        ],
      },
    });
    const after = await loadCommitmentFields(db, second);
    expect(after.targets.map((x) => [x.description, x.targetValue])).toEqual([
      ["Ny", 50],
      ["Vandringar", 6],
    ]);
    expect(after.targets[1]?.id).toBe(walks?.id);
    const stale = await refusal(
      updateCommitment({ db, viewer: coordinator, commitmentId: p.id, version: first.version, fields }),
    );
    expect(stale.code).toBe("conflict");
  });

  it("reorders in reverse (the unique number constraint does not get in the way)", async () => {
    const { promise, points } = await freshDraft(db);
    const order = [points.joint.id, points.police.id, points.municipality.id];
    const row = await reorderCommitments({
      db,
      viewer: coordinator,
      promiseId: promise.id,
      version: 1,
      commitmentIds: order,
    });
    expect(row.version).toBe(2);
    expect((await listCommitments(db, [promise.id])).map((c) => c.id)).toEqual(order);
    const stale = await refusal(
      reorderCommitments({
        db,
        viewer: coordinator,
        promiseId: promise.id,
        version: 1,
        commitmentIds: order,
      }),
    );
    expect(stale.code).toBe("conflict");
    const partial = await refusal(
      reorderCommitments({
        db,
        viewer: coordinator,
        promiseId: promise.id,
        version: 2,
        commitmentIds: order.slice(1),
      }),
    );
    expect(partial.code).toBe("invalid_body");
  });

  it("removes a point and renumbers the rest; refuses while the promise is not editable", async () => {
    const { promise, points } = await freshDraft(db);
    await removeCommitment({ db, viewer: coordinator, commitmentId: points.municipality.id, version: 1 });
    const rest = await listCommitments(db, [promise.id]);
    expect(rest.map((c) => [c.id, c.number])).toEqual([
      [points.police.id, 1],
      [points.joint.id, 2],
    ]);
    const locked = await refusal(
      removeCommitment({ db, viewer: coordinator, commitmentId: COMMITMENT[1], version: 1 }),
    );
    expect(locked.code).toBe("forbidden");
    expect(await findCommitment(db, COMMITMENT[1])).not.toBeNull();
  });

  it("records a carry-over decision with its reason (any status) and requires the reason", async () => {
    const before = await findCommitment(db, COMMITMENT[3]);
    const row = await setCarryOverDecision({
      db,
      viewer: coordinator,
      commitmentId: COMMITMENT[3],
      version: before?.version ?? 0,
      decision: "close",
      reason: "Genomförd.",
    });
    expect(row).toMatchObject({ carryOver: "close", carryOverReason: { sv: "Genomförd." } });
    const blank = await refusal(
      setCarryOverDecision({
        db,
        viewer: coordinator,
        commitmentId: COMMITMENT[3],
        version: row.version,
        decision: "carry",
        reason: " ",
      }),
    );
    expect(blank.code).toBe("invalid_body");
  });
});

describe("changePromiseStatus", () => {
  it("returns every reason a transition is refused, and changes nothing", async () => {
    const promise = await createPromise({
      db,
      viewer: coordinator,
      partnershipId: DEMO_PARTNERSHIP_ID,
      ref: "tomt-2019",
      fields: promiseFields({ areaIds: [], partyIds: [PARTY.municipality] }),
    });
    const e = await refusal(
      changePromiseStatus({
        db,
        viewer: coordinator,
        promiseId: promise.id,
        version: 1,
        to: "in_consultation",
      }),
    );
    expect(e.code).toBe("transition_refused");
    expect(e.details).toEqual([{ code: "no_commitments" }, { code: "no_area" }]);
    expect((await findPromise(db, { id: promise.id }))?.status).toBe("draft");
  });

  it("moves a complete draft through consultation to signed, recording the date", async () => {
    const { promise } = await freshDraft(db);
    const consulted = await changePromiseStatus({
      db,
      viewer: coordinator,
      promiseId: promise.id,
      version: 1,
      to: "in_consultation",
    });
    const signed = await changePromiseStatus({
      db,
      viewer: coordinator,
      promiseId: promise.id,
      version: consulted.version,
      to: "signed",
      signedOn: "2019-01-15",
    });
    expect(signed).toMatchObject({ status: "signed", signedOn: "2019-01-15" });
    const skip = await refusal(
      changePromiseStatus({
        db,
        viewer: coordinator,
        promiseId: promise.id,
        version: signed.version,
        to: "closed",
      }),
    );
    expect(skip.details).toEqual([
      { code: "transition_not_allowed", params: { from: "signed", to: "closed" } },
    ]);
  });
});

describe("carry-over", () => {
  it("the demo carries 2017's points 7 and 8 into the 2018 draft, lineage both ways", async () => {
    const draft = await findPromise(db, { partnershipId: DEMO_PARTNERSHIP_ID, ref: DEMO_2018.ref });
    expect(draft).toMatchObject({ status: "draft", fromYear: 2018 });
    const points = await listCommitments(db, [draft?.id ?? ""]);
    expect(points.map((p) => [p.number, p.carriedFromId])).toEqual([
      [1, COMMITMENT[7]],
      [2, COMMITMENT[8]],
    ]);
    const lineage = await listLineage(db, [COMMITMENT[7]]);
    expect(lineage.map((l) => [l.promiseRef, l.number])).toEqual([["skaggetorp-2018", 1]]);
    const copied = await loadCommitmentFields(db, points[1] as NonNullable<(typeof points)[1]>);
    expect(copied.targets.map((x) => x.description)).toEqual(["Trafikkontroller i Skäggetorp"]);
    expect(copied.unitIds).toEqual([UNIT.communityPolice]);
    const markers = await db.select().from(t.demoMarkers).where(eq(t.demoMarkers.rowId, DEMO_2018.promise));
    expect(markers.map((m) => m.field).sort()).toEqual(["from_year", "ref", "status", "title"]);
  });

  it("creates the next promise from the chosen points with reasons and refuses a blank reason", async () => {
    const next = await carryOverPromise({
      db,
      viewer: coordinator,
      promiseId: PROMISE,
      ref: "skaggetorp-2019",
      title: "Medborgarlöfte 2019",
      fromYear: 2019,
      toYear: 2019,
      choices: [
        { commitmentId: COMMITMENT[2], reason: "Behovet finns kvar." },
        { commitmentId: COMMITMENT[1], reason: "Fortsätter." },
      ],
    });
    const points = await listCommitments(db, [next.id]);
    expect(points.map((p) => [p.number, p.carriedFromId, p.externalId])).toEqual([
      [1, COMMITMENT[1], "skaggetorp-2019-1"],
      [2, COMMITMENT[2], "skaggetorp-2019-2"],
    ]);
    expect(await findCommitment(db, COMMITMENT[2])).toMatchObject({
      carryOver: "carry",
      carryOverReason: { sv: "Behovet finns kvar." },
    });
    const blank = await refusal(
      carryOverPromise({
        db,
        viewer: coordinator,
        promiseId: PROMISE,
        ref: "skaggetorp-2020",
        title: "x",
        fromYear: 2020,
        toYear: 2020,
        choices: [{ commitmentId: COMMITMENT[1], reason: "" }],
      }),
    );
    expect(blank.code).toBe("invalid_body");
    expect(await findPromise(db, { partnershipId: DEMO_PARTNERSHIP_ID, ref: "skaggetorp-2020" })).toBeNull();
  });

  it("a kommunpolis cannot create a promise from another", async () => {
    const e = await refusal(
      carryOverPromise({
        db,
        viewer: principal("police_coordinator"),
        promiseId: PROMISE,
        ref: "polis-2019",
        title: "x",
        fromYear: 2019,
        toYear: 2019,
        choices: [],
      }),
    );
    expect(e.code).toBe("forbidden");
  });
});

describe("adding a point needs rights for its kind", () => {
  it("a kommunpolis adds a police point but not a municipality point", async () => {
    const { promise } = await freshDraft(db);
    const police = principal("police_coordinator");
    const added = await addCommitment({
      db,
      viewer: police,
      promiseId: promise.id,
      fields: pointFields("police"),
    });
    expect(added.number).toBe(4);
    const e = await refusal(
      addCommitment({ db, viewer: police, promiseId: promise.id, fields: pointFields("municipality") }),
    );
    expect(e.code).toBe("forbidden");
  });
});
