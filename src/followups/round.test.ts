import { and, desc, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase } from "../../test/db.js";
import { principal } from "../../test/principals.js";
import * as t from "../app/schema.js";
import { loadDemo } from "../demo/load-demo.js";
import {
  ROUND_2026_FOLLOW_UP as FU,
  ROUND_2026_POINT as POINT,
  ROUND_2026_PERIOD,
  ROUND_2026_TARGET,
} from "../demo/round-2026-ids.js";
import { PARTY, UNIT } from "../demo/skaggetorp-2017-ids.js";
import type { Database } from "../platform/db/client.js";
import { mutate } from "../platform/db/mutation.js";
import { AppError } from "../platform/errors.js";
import { closePeriod, reopenPeriod } from "./close-period.js";
import { getPointHistory } from "./get-point-history.js";
import { approveFollowUps, returnFollowUps } from "./review-follow-ups.js";
import type { FollowUpConflict } from "./round.types.js";
import { saveFollowUp } from "./save-follow-up.js";
import { submitFollowUp } from "./submit-follow-up.js";

let database: Database;
beforeAll(async () => {
  database = await createTestDatabase();
  await loadDemo(database.db);
});
afterAll(() => database.close());

const coordinator = principal("coordinator");
const culture = principal("reporter", { partyId: PARTY.municipality, unitIds: [UNIT.cultureAndLeisure] });
const police = principal("reporter", { partyId: PARTY.police });
const input = (version: number | null, narrative: string) => ({
  version,
  status: "in_progress" as const,
  narrative,
  measurements: [{ targetId: ROUND_2026_TARGET.patrolEvenings, value: 140 }],
  links: [{ url: "https://polisen.se/rapport", label: "Rapport" }],
});
const caught = (p: Promise<unknown>) =>
  p.then(
    () => null,
    (e: unknown) => e as AppError,
  );
const lastAudit = async (entityId: string) => {
  const [row] = await database.db
    .select()
    .from(t.auditEvents)
    .where(eq(t.auditEvents.entityId, entityId))
    .orderBy(desc(t.auditEvents.seq))
    .limit(1);
  return row;
};

describe("the follow-up round", () => {
  it("saves a draft, refuses a save based on a stale version with the other person's values, and submits", async () => {
    const first = await saveFollowUp({
      db: database.db,
      viewer: police,
      commitmentId: POINT[4],
      period: "2026-T3",
      input: input(null, "Första versionen"),
    });
    expect(first).toMatchObject({ version: 1, state: "draft", narrative: "Första versionen" });
    expect(first.measurements).toEqual([{ targetId: ROUND_2026_TARGET.patrolEvenings, value: 140 }]);
    expect(first.links).toEqual([{ url: "https://polisen.se/rapport", label: "Rapport" }]);
    const created = await lastAudit(first.id);
    expect(created).toMatchObject({ action: "follow_up.draft_saved", actorLabel: police.name, before: null });

    const second = await saveFollowUp({
      db: database.db,
      viewer: coordinator,
      commitmentId: POINT[4],
      period: "2026-T3",
      input: input(1, "Samordnarens version"),
    });
    expect(second.version).toBe(2);
    expect((await lastAudit(first.id))?.before).toMatchObject({ narrative: "Första versionen", version: 1 });

    const stale = await caught(
      saveFollowUp({
        db: database.db,
        viewer: police,
        commitmentId: POINT[4],
        period: "2026-T3",
        input: input(1, "Polisens andra version"),
      }),
    );
    expect(stale?.code).toBe("conflict");
    const details = stale?.details as FollowUpConflict;
    expect(details.current).toMatchObject({ version: 2, narrative: "Samordnarens version" });
    expect(details.changedBy).toBe(coordinator.name);

    const submitted = await submitFollowUp({
      db: database.db,
      viewer: police,
      commitmentId: POINT[4],
      period: "2026-T3",
      version: 2,
    });
    expect(submitted).toMatchObject({ state: "submitted", version: 3 });
    expect(submitted.submittedAt).not.toBeNull();
    const refused = await caught(
      saveFollowUp({
        db: database.db,
        viewer: police,
        commitmentId: POINT[4],
        period: "2026-T3",
        input: input(3, "Efter inskick"),
      }),
    );
    expect(refused?.code).toBe("transition_refused");
  });

  it("returns with a comment, lets the author edit and resubmit, and approves several at once", async () => {
    const noComment = await caught(
      returnFollowUps({
        db: database.db,
        viewer: coordinator,
        followUpIds: [FU.t3Submitted],
        comment: "  ",
      }),
    );
    expect(noComment?.code).toBe("invalid_body");
    const [returned] = await returnFollowUps({
      db: database.db,
      viewer: coordinator,
      followUpIds: [FU.t3Submitted],
      comment: "Lägg till datum för vandringarna.",
    });
    expect(returned).toMatchObject({ state: "returned", returnComment: "Lägg till datum för vandringarna." });

    const edited = await saveFollowUp({
      db: database.db,
      viewer: culture,
      commitmentId: POINT[2],
      period: "2026-T3",
      input: { ...input(1, "Gården har haft öppet 83 kvällar."), measurements: [], links: [] },
    });
    expect(edited.state).toBe("returned");
    await submitFollowUp({
      db: database.db,
      viewer: culture,
      commitmentId: POINT[2],
      period: "2026-T3",
      version: edited.version,
    });
    const approved = await approveFollowUps({
      db: database.db,
      viewer: coordinator,
      followUpIds: [FU.t3Returned, (await findT3(POINT[4])).id],
    });
    expect(approved.map((a) => a.state)).toEqual(["approved", "approved"]);
    const again = await caught(
      approveFollowUps({ db: database.db, viewer: coordinator, followUpIds: [FU.t3Returned] }),
    );
    expect(again?.code).toBe("transition_refused");
  });

  it("refuses writes in a closed period, and reopens only with a reason that is recorded", async () => {
    const period = ROUND_2026_PERIOD[3];
    await closePeriod({ db: database.db, viewer: coordinator, period: { id: period } });
    const refused = await caught(
      saveFollowUp({
        db: database.db,
        viewer: coordinator,
        commitmentId: POINT[5],
        period: "2026-T3",
        input: { ...input(null, "x"), measurements: [] },
      }),
    );
    expect(refused?.code).toBe("transition_refused");
    expect(refused?.params.entity).toBe("period_closed");
    const noReason = await caught(
      reopenPeriod({ db: database.db, viewer: coordinator, period: { id: period }, reason: "" }),
    );
    expect(noReason?.code).toBe("invalid_body");
    await reopenPeriod({
      db: database.db,
      viewer: coordinator,
      period: { id: period },
      reason: "Polisen kom in sent.",
    });
    expect((await lastAudit(period))?.after).toMatchObject({
      closedAt: null,
      reason: "Polisen kom in sent.",
    });
  });

  it("refuses a measurement for a target of another point", async () => {
    const error = await caught(
      saveFollowUp({
        db: database.db,
        viewer: coordinator,
        commitmentId: POINT[3],
        period: "2026-T3",
        input: input(1, "x"),
      }),
    );
    expect(error?.code).toBe("invalid_body");
  });
});

describe("the history of a point", () => {
  it("reads the audit log as a timeline: who, what, and each field before → after", async () => {
    await mutate(database.db, { kind: "person", id: "x", label: "Eva Editor" }, async (_tx, audit) =>
      audit({
        action: "commitment.updated",
        entityType: "commitment",
        entityId: POINT[4],
        before: { text: { sv: "Gammal text" }, weight: 1, version: 1 },
        after: { text: { sv: "Ny text" }, weight: 1, version: 2 },
      }),
    );
    const { events } = await getPointHistory({
      db: database.db,
      viewer: coordinator,
      commitmentId: POINT[4],
    });
    expect(events.map((e) => [e.who, e.action, e.period])).toEqual([
      [police.name, "follow_up.draft_saved", "2026-T3"],
      [coordinator.name, "follow_up.draft_saved", "2026-T3"],
      [police.name, "follow_up.submitted", "2026-T3"],
      [coordinator.name, "follow_up.approved", "2026-T3"],
      ["Eva Editor", "commitment.updated", null],
    ]);
    expect(events[1]?.changes).toEqual([
      { field: "narrative", before: "Första versionen", after: "Samordnarens version" },
    ]);
    expect(events[0]?.changes).toContainEqual({
      field: "measurements",
      before: null,
      after: "Kvällspass i centrum (st): 140",
    });
    expect(events[4]?.changes).toEqual([{ field: "text", before: "Gammal text", after: "Ny text" }]);
    const stranger = principal("reader", { partnershipId: "0d7c7f0e-0000-4000-8000-000000000001" });
    const hidden = await caught(
      getPointHistory({ db: database.db, viewer: stranger, commitmentId: POINT[4] }),
    );
    expect(hidden?.code).toBe("not_found");
  });
});

async function findT3(commitmentId: string) {
  const [row] = await database.db
    .select()
    .from(t.followUps)
    .where(and(eq(t.followUps.commitmentId, commitmentId), eq(t.followUps.periodId, ROUND_2026_PERIOD[3])));
  if (!row) throw new Error("no follow-up");
  return row;
}
