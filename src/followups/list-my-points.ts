import { listPeriods } from "../periods/periods.repository.js";
import type { Executor } from "../platform/db/client.js";
import type { LocalizedText } from "../platform/i18n/localized-text.js";
import { rowsWithDemoMarkers } from "../platform/markers/markers.repository.js";
import type { Viewer } from "../platform/viewer.js";
import {
  listCommitmentParties,
  listCommitments,
  listCommitmentUnits,
  listPromises,
} from "../promises/promises.repository.js";
import { roundPolicy } from "./followups.policy.js";
import { listFollowUpsOfPeriod } from "./round.repository.js";

export type TodoState = "not_started" | "draft" | "submitted" | "returned" | "approved";

export interface TodoItem {
  commitmentId: string;
  number: number;
  text: LocalizedText;
  promiseRef: string;
  period: string;
  deadline: string;
  state: TodoState;
  returnComment: string | null;
  overdue: boolean;
}

export interface TodoList {
  today: string;
  demoPromiseRefs: string[];
  returned: TodoItem[];
  overdue: TodoItem[];
  due: TodoItem[];
  submitted: TodoItem[];
  approved: TodoItem[];
}

/**
 * "Att rapportera": the points the viewer may write, in every open period that has begun and
 * whose round is not done (not every point approved), of the partnership's promises under
 * follow-up — grouped as returned, overdue, to do, submitted, approved.
 */
export async function listMyPoints(options: {
  db: Executor;
  viewer: Viewer;
  partnershipId: string;
  /** ISO date; the deadline comparison uses it. */
  today: string;
}): Promise<TodoList> {
  const { db, viewer, partnershipId, today } = options;
  roundPolicy.authorize(viewer, "read", { partnershipId });
  const promises = await listPromises(db, { partnershipId, statuses: ["following_up"] });
  const periods = (await listPeriods(db, partnershipId)).filter((p) => !p.closedAt && p.startsOn <= today);
  const commitments = await listCommitments(
    db,
    promises.map((p) => p.id),
  );
  const ids = commitments.map((c) => c.id);
  const [parties, units, followUps, demo] = await Promise.all([
    listCommitmentParties(db, ids),
    listCommitmentUnits(db, ids),
    listFollowUpsOfPeriod(
      db,
      periods.map((p) => p.id),
    ),
    rowsWithDemoMarkers(
      db,
      "promises",
      promises.map((p) => p.id),
    ),
  ]);
  const items: TodoItem[] = [];
  for (const promise of promises) {
    const own = commitments.filter((x) => x.promiseId === promise.id);
    for (const period of periods.filter((p) => p.year >= promise.fromYear && p.year <= promise.toYear)) {
      // A round where every point is approved is done, even if nobody closed the period.
      const done = own.every((c) =>
        followUps.some((f) => f.commitmentId === c.id && f.periodId === period.id && f.state === "approved"),
      );
      if (done) continue;
      for (const c of own) {
        const ownership = {
          partnershipId,
          responsibleKind: c.responsibleKind,
          responsiblePartyIds: parties
            .filter((p) => p.commitmentId === c.id && p.role === "responsible")
            .map((p) => p.id),
          unitIds: units.filter((u) => u.commitmentId === c.id).map((u) => u.id),
        };
        if (!roundPolicy.allows(viewer, "write", ownership)) continue;
        const f = followUps.find((x) => x.commitmentId === c.id && x.periodId === period.id);
        const state = (f?.state ?? "not_started") as TodoState;
        items.push({
          commitmentId: c.id,
          number: c.number,
          text: c.text,
          promiseRef: promise.ref,
          period: period.code,
          deadline: period.deadline,
          state,
          returnComment: state === "returned" ? (f?.returnComment ?? null) : null,
          overdue:
            period.deadline < today && (state === "not_started" || state === "draft" || state === "returned"),
        });
      }
    }
  }
  const open = (i: TodoItem) => i.state === "not_started" || i.state === "draft";
  return {
    today,
    demoPromiseRefs: promises
      .filter((p) => demo.has(p.id) && items.some((i) => i.promiseRef === p.ref))
      .map((p) => p.ref),
    returned: items.filter((i) => i.state === "returned"),
    overdue: items.filter((i) => open(i) && i.overdue),
    due: items.filter((i) => open(i) && !i.overdue),
    submitted: items.filter((i) => i.state === "submitted"),
    approved: items.filter((i) => i.state === "approved"),
  };
}
