/**
 * The authorization matrix: every follow-up and period mutation × every role × a point of the
 * principal's own party, of another party, and of another partnership.
 */
import { and, count, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase } from "../../test/db.js";
import { principal } from "../../test/principals.js";
import * as t from "../app/schema.js";
import { loadDemo } from "../demo/load-demo.js";
import { ROUND_2026_PERIOD, ROUND_2026_POINT } from "../demo/round-2026-ids.js";
import { PARTY } from "../demo/skaggetorp-2017-ids.js";
import type { Database } from "../platform/db/client.js";
import { AppError } from "../platform/errors.js";
import { ROLES, type Role } from "../platform/viewer.js";
import { closePeriod, reopenPeriod } from "./close-period.js";
import { approveFollowUps, returnFollowUps } from "./review-follow-ups.js";
import { saveFollowUp } from "./save-follow-up.js";
import { submitFollowUp } from "./submit-follow-up.js";

let database: Database;
beforeAll(async () => {
  database = await createTestDatabase();
  await loadDemo(database.db);
});
afterAll(() => database.close());

const T3 = ROUND_2026_PERIOD[3];
const OTHER_PARTNERSHIP = "0d7c7f0e-0000-4000-8000-000000000001";
type Scope = "own party" | "other party" | "other partnership";
type Outcome = "allowed" | "forbidden" | "not_found";
type Action =
  | "saveFollowUp"
  | "submitFollowUp"
  | "approveFollowUps"
  | "returnFollowUps"
  | "closePeriod"
  | "reopenPeriod";

/** A municipality point (Kultur och fritid) is the municipality reporter's own; a police point is another party's. */
const pointOf = (scope: Scope) => (scope === "other party" ? ROUND_2026_POINT[4] : ROUND_2026_POINT[2]);

function expected(role: Role, action: Action, scope: Scope): Outcome {
  if (scope === "other partnership") return "not_found";
  if (role === "coordinator") return "allowed";
  const writes = action === "saveFollowUp" || action === "submitFollowUp";
  if (!writes) return "forbidden";
  if (role === "reporter") return scope === "own party" ? "allowed" : "forbidden";
  if (role === "police_coordinator") return scope === "other party" ? "allowed" : "forbidden"; // police point
  return "forbidden";
}

/** Brings the point's T3 follow-up and the period into the state the action needs. */
async function prepare(action: Action, commitmentId: string) {
  const db = database.db;
  await db
    .update(t.reportingPeriods)
    .set({ closedAt: action === "reopenPeriod" ? new Date() : null })
    .where(eq(t.reportingPeriods.id, T3));
  const state = action === "approveFollowUps" || action === "returnFollowUps" ? "submitted" : "draft";
  const where = and(eq(t.followUps.commitmentId, commitmentId), eq(t.followUps.periodId, T3));
  const [existing] = await db.select().from(t.followUps).where(where);
  if (existing) {
    await db.update(t.followUps).set({ state, approvedAt: null, approvedById: null }).where(where);
  } else {
    await db.insert(t.followUps).values({ commitmentId, periodId: T3, status: "in_progress", state });
  }
  const [row] = await db.select().from(t.followUps).where(where);
  if (!row) throw new Error("follow-up missing");
  return row;
}

async function run(action: Action, role: Role, scope: Scope): Promise<Outcome> {
  const who = principal(role, {
    partyId: PARTY.municipality,
    ...(scope === "other partnership" ? { partnershipId: OTHER_PARTNERSHIP } : {}),
  });
  const commitmentId = pointOf(scope);
  const row = await prepare(action, commitmentId);
  const db = database.db;
  const base = { db, viewer: who };
  const before = await auditCount();
  try {
    if (action === "saveFollowUp") {
      const input = {
        version: row.version,
        status: "done" as const,
        narrative: "Matris",
        measurements: [],
        links: [],
      };
      await saveFollowUp({ ...base, commitmentId, period: "2026-T3", input });
    } else if (action === "submitFollowUp") {
      await submitFollowUp({ ...base, commitmentId, period: "2026-T3", version: row.version });
    } else if (action === "approveFollowUps") {
      await approveFollowUps({ ...base, followUpIds: [row.id] });
    } else if (action === "returnFollowUps") {
      await returnFollowUps({ ...base, followUpIds: [row.id], comment: "Komplettera" });
    } else if (action === "closePeriod") {
      await closePeriod({ ...base, period: { id: T3 } });
    } else {
      await reopenPeriod({ ...base, period: { id: T3 }, reason: "Matris" });
    }
    expect(await auditCount()).toBe(before + 1);
    return "allowed";
  } catch (error) {
    expect(await auditCount(), "a refused mutation writes nothing").toBe(before);
    if (error instanceof AppError && (error.code === "forbidden" || error.code === "not_found"))
      return error.code;
    throw error;
  }
}

const auditCount = async () => (await database.db.select({ n: count() }).from(t.auditEvents))[0]?.n ?? 0;

const ACTIONS: Action[] = [
  "saveFollowUp",
  "submitFollowUp",
  "approveFollowUps",
  "returnFollowUps",
  "closePeriod",
  "reopenPeriod",
];
const SCOPES: Scope[] = ["own party", "other party", "other partnership"];

describe("authorization matrix of the follow-up round", () => {
  for (const action of ACTIONS) {
    for (const role of ROLES) {
      for (const scope of SCOPES) {
        const outcome = expected(role, action, scope);
        it(`${action} by ${role} on ${scope}: ${outcome}`, async () => {
          expect(await run(action, role, scope)).toBe(outcome);
        });
      }
    }
  }

  it("a reporter bound to a unit writes only points of that unit", async () => {
    const planning = principal("reporter", {
      partyId: PARTY.municipality,
      unitIds: ["8781066d-7566-4fe4-a186-930e17905145"],
    });
    const row = await prepare("saveFollowUp", ROUND_2026_POINT[2]);
    const input = {
      version: row.version,
      status: "done" as const,
      narrative: "Enhet",
      measurements: [],
      links: [],
    };
    const error = await saveFollowUp({
      db: database.db,
      viewer: planning,
      commitmentId: ROUND_2026_POINT[2],
      period: "2026-T3",
      input,
    }).catch((e: unknown) => e);
    expect((error as AppError).code).toBe("forbidden");
    const own = await prepare("saveFollowUp", ROUND_2026_POINT[3]);
    const saved = await saveFollowUp({
      db: database.db,
      viewer: planning,
      commitmentId: ROUND_2026_POINT[3],
      period: "2026-T3",
      input: { ...input, version: own.version },
    });
    expect(saved.narrative).toBe("Enhet");
  });
});
