/**
 * Authorization matrix of the editor's mutations: every mutation × every role × a point of the
 * role's own party / of another party / a principal of another partnership.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase } from "../../test/db.js";
import { freshDraft, pointFields, promiseFields } from "../../test/editor-fixtures.js";
import { principal } from "../../test/principals.js";
import { DEMO_PARTNERSHIP_ID, loadDemo } from "../demo/load-demo.js";
import { PARTY } from "../demo/skaggetorp-2017-ids.js";
import type { Database, Db } from "../platform/db/client.js";
import { isAppError } from "../platform/errors.js";
import { ROLES, type Role, type Viewer } from "../platform/viewer.js";
import { carryOverPromise } from "./carry-over-promise.js";
import {
  addCommitment,
  removeCommitment,
  reorderCommitments,
  setCarryOverDecision,
  updateCommitment,
} from "./edit-commitments.js";
import { changePromiseStatus, createPromise, updatePromise } from "./edit-promise.js";
import { importSpreadsheet } from "./import-spreadsheet.js";
import { exportRows } from "./spreadsheet-export.js";
import { toCsv } from "./spreadsheet-format.js";

let database: Database;
let db: Db;
beforeAll(async () => {
  database = await createTestDatabase();
  db = database.db;
  await loadDemo(db);
});
afterAll(() => database.close());

type Scope = "own" | "other_party" | "other_partnership";
type Fixture = Awaited<ReturnType<typeof freshDraft>>;
type PointKey = keyof Fixture["points"];

/** The point of the role's own party and of another party. Police roles own police points. */
function pointFor(role: Role, scope: Scope): PointKey {
  const police = role === "police_coordinator";
  return scope === "other_party" ? (police ? "municipality" : "police") : police ? "police" : "municipality";
}

function viewerFor(role: Role, scope: Scope): Viewer {
  if (scope === "other_partnership") {
    return principal(role, {
      partnershipId: "00000000-0000-4000-8000-0000000000ff",
      partyId: PARTY.municipality,
    });
  }
  return principal(role, { partyId: PARTY.municipality });
}

let refCounter = 0;
const nextRef = () => `matrix-${++refCounter}`;

const MUTATIONS: Record<
  string,
  { level: "promise" | "point"; run: (viewer: Viewer, f: Fixture, point: PointKey) => Promise<unknown> }
> = {
  createPromise: {
    level: "promise",
    run: (viewer) =>
      createPromise({
        db,
        viewer,
        partnershipId: DEMO_PARTNERSHIP_ID,
        ref: nextRef(),
        fields: promiseFields(),
      }),
  },
  updatePromise: {
    level: "promise",
    run: (viewer, f) =>
      updatePromise({ db, viewer, promiseId: f.promise.id, version: 1, fields: promiseFields() }),
  },
  changePromiseStatus: {
    level: "promise",
    run: (viewer, f) =>
      changePromiseStatus({ db, viewer, promiseId: f.promise.id, version: 1, to: "in_consultation" }),
  },
  reorderCommitments: {
    level: "promise",
    run: (viewer, f) =>
      reorderCommitments({
        db,
        viewer,
        promiseId: f.promise.id,
        version: 1,
        commitmentIds: [f.points.joint.id, f.points.police.id, f.points.municipality.id],
      }),
  },
  carryOverPromise: {
    level: "promise",
    run: (viewer, f, point) =>
      carryOverPromise({
        db,
        viewer,
        promiseId: f.promise.id,
        ref: nextRef(),
        title: "Nästa",
        fromYear: 2020,
        toYear: 2020,
        choices: [{ commitmentId: f.points[point].id, reason: "Fortsätter" }],
      }),
  },
  addCommitment: {
    level: "point",
    run: (viewer, f, point) =>
      addCommitment({
        db,
        viewer,
        promiseId: f.promise.id,
        fields: pointFields(f.points[point].responsibleKind as never),
      }),
  },
  updateCommitment: {
    level: "point",
    run: (viewer, f, point) =>
      updateCommitment({
        db,
        viewer,
        commitmentId: f.points[point].id,
        version: 1,
        fields: pointFields(f.points[point].responsibleKind as never, { text: "Ändrad" }),
      }),
  },
  removeCommitment: {
    level: "point",
    run: (viewer, f, point) => removeCommitment({ db, viewer, commitmentId: f.points[point].id, version: 1 }),
  },
  setCarryOverDecision: {
    level: "point",
    run: (viewer, f, point) =>
      setCarryOverDecision({
        db,
        viewer,
        commitmentId: f.points[point].id,
        version: 1,
        decision: "carry",
        reason: "Ja",
      }),
  },
  importSpreadsheet: {
    level: "point",
    run: async (viewer, f, point) => {
      const rows = await exportRows(db, f.promise.id);
      const changed = rows.map((r) =>
        r.externalId === f.points[point].externalId ? { ...r, text: "Importerad" } : r,
      );
      return importSpreadsheet({ db, viewer, promiseId: f.promise.id, file: toCsvBytes(changed) });
    },
  },
};

function toCsvBytes(rows: Awaited<ReturnType<typeof exportRows>>): Uint8Array {
  return new TextEncoder().encode(toCsv(rows));
}

function expected(level: "promise" | "point", role: Role, scope: Scope): "ok" | 403 | 404 {
  if (scope === "other_partnership") return 404;
  if (role === "coordinator") return "ok";
  if (level === "point" && role === "police_coordinator" && scope === "own") return "ok";
  return 403;
}

async function outcome(p: Promise<unknown>): Promise<"ok" | number> {
  try {
    await p;
    return "ok";
  } catch (e) {
    if (isAppError(e)) {
      if (e.code === "forbidden") return 403;
      if (e.code === "not_found") return 404;
      if (e.code === "import_refused") return 403;
      return 400;
    }
    throw e;
  }
}

describe("authorization matrix of the editor's mutations", () => {
  const scopes: Scope[] = ["own", "other_party", "other_partnership"];
  for (const [name, mutation] of Object.entries(MUTATIONS)) {
    it(`${name}: every role × own party / other party / other partnership`, async () => {
      const got: Record<string, string | number> = {};
      const want: Record<string, string | number> = {};
      // Refused calls must not change anything, so they share one draft; allowed ones get their own.
      const shared = await freshDraft(db);
      for (const role of ROLES) {
        for (const scope of scopes) {
          const key = `${role}/${scope}`;
          want[key] = expected(mutation.level, role, scope);
          const fixture = want[key] === "ok" ? await freshDraft(db) : shared;
          got[key] = await outcome(mutation.run(viewerFor(role, scope), fixture, pointFor(role, scope)));
        }
      }
      expect(got).toEqual(want);
    });
  }
});
