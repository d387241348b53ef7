import type { Executor } from "../platform/db/client.js";
import type { LocalizedText } from "../platform/i18n/localized-text.js";
import { rowsWithDemoMarkers } from "../platform/markers/markers.repository.js";
import type { Viewer } from "../platform/viewer.js";
import { findPromise, listTargets } from "../promises/promises.repository.js";
import type { TargetDirection } from "./attainment.js";
import { roundPolicy } from "./followups.policy.js";
import { findFollowUp, personNames } from "./round.repository.js";
import type { FollowUpSnapshot } from "./round.types.js";
import { resolvePointInPeriod } from "./round-access.js";
import { snapshotFollowUp } from "./round-snapshot.js";
import { isEditableState } from "./write-follow-up.js";

interface ReadOptions {
  db: Executor;
  viewer: Viewer;
  commitmentId: string;
  period: string;
}

/** The follow-up of a point for a period as it is now (null when nobody has saved one). */
export async function getFollowUpSnapshot(options: ReadOptions): Promise<FollowUpSnapshot | null> {
  const { db, viewer, commitmentId } = options;
  const { period } = await resolvePointInPeriod(db, viewer, commitmentId, options.period, "read");
  const row = await findFollowUp(db, { commitmentId, periodId: period.id });
  return row ? snapshotFollowUp(db, row) : null;
}

export interface FollowUpFormView {
  point: { id: string; number: number; text: LocalizedText; promiseRef: string; promiseTitle: LocalizedText };
  period: { id: string; code: string; deadline: string; closed: boolean };
  targets: {
    id: string;
    description: LocalizedText;
    unit: string;
    /** null: no target (a measure only). */
    targetValue: number | null;
    direction: TargetDirection;
  }[];
  followUp: FollowUpSnapshot | null;
  authorName: string | null;
  /** The viewer's role allows writing this point. */
  canWrite: boolean;
  /** …and the period is open and the follow-up is a draft, returned, or not started. */
  editable: boolean;
  demo: boolean;
}

/** Everything the follow-up form shows. */
export async function getFollowUpForm(options: ReadOptions): Promise<FollowUpFormView> {
  const { db, viewer, commitmentId } = options;
  const { point, period } = await resolvePointInPeriod(db, viewer, commitmentId, options.period, "read");
  const [row, targets, promise, demo] = await Promise.all([
    findFollowUp(db, { commitmentId, periodId: period.id }),
    listTargets(db, [commitmentId]),
    findPromise(db, { id: point.promiseId }),
    rowsWithDemoMarkers(db, "promises", [point.promiseId]),
  ]);
  const followUp = row ? await snapshotFollowUp(db, row) : null;
  const names = await personNames(db, followUp?.authorId ? [followUp.authorId] : []);
  const canWrite = roundPolicy.allows(viewer, "write", point);
  const stateAllows = !followUp || isEditableState(followUp.state);
  return {
    point: {
      id: point.id,
      number: point.number,
      text: point.text,
      promiseRef: point.promiseRef,
      promiseTitle: promise?.title ?? { sv: point.promiseRef },
    },
    period: { id: period.id, code: period.code, deadline: period.deadline, closed: period.closedAt !== null },
    targets: targets.map((t) => ({
      id: t.id,
      description: t.description,
      unit: t.unit,
      targetValue: t.targetValue,
      direction: t.direction as TargetDirection,
    })),
    followUp,
    authorName: followUp?.authorId ? (names.get(followUp.authorId) ?? null) : null,
    canWrite,
    editable: canWrite && stateAllows && period.closedAt === null,
    demo: demo.size > 0,
  };
}
