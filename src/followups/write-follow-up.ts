/**
 * The one write path of a follow-up's content and of its submission, used by the form, the API
 * and the spreadsheet import. Each function works inside the caller's transaction (`mutate`), so
 * a save and a submit, or a whole import, land together or not at all; each authorizes the
 * write by the round's policy before it writes.
 */
import type { Executor, Tx } from "../platform/db/client.js";
import type { Audit } from "../platform/db/mutation.js";
import { AppError } from "../platform/errors.js";
import type { Viewer } from "../platform/viewer.js";
import { listTargets } from "../promises/promises.repository.js";
import { type PointOwnership, roundPolicy } from "./followups.policy.js";
import { measureKindOf, measureProblem } from "./measure-kinds.js";
import {
  type FollowUpRow,
  findFollowUp,
  insertFollowUp,
  latestFollowUpEvent,
  lockPeriod,
  replaceLinks,
  replaceMeasurements,
  updateFollowUpIfVersion,
} from "./round.repository.js";
import type { FollowUpConflict, FollowUpDraftInput, FollowUpSnapshot } from "./round.types.js";
import { snapshotFollowUp } from "./round-snapshot.js";

/** A point as the write path needs it: its id and what decides who may write it. */
export type WritablePoint = PointOwnership & { id: string };

/** A period as the write path needs it. */
export interface WritablePeriod {
  id: string;
  code: string;
  closedAt: Date | null;
}

/** Only drafts and returned follow-ups can be edited or submitted. */
export const isEditableState = (state: string): boolean => state === "draft" || state === "returned";

/** A closed period takes no more writes until a coordinator reopens it. */
export function assertPeriodOpen(period: WritablePeriod): void {
  if (period.closedAt)
    throw new AppError("transition_refused", { entity: "period_closed", period: period.code });
}

/**
 * Reads the period again inside the write's transaction with a shared row lock (FOR SHARE) and
 * refuses a closed one: a close (FOR UPDATE) and a write of the same period serialise, so no
 * write lands after the period's close.
 */
export async function assertPeriodOpenLocked(tx: Tx, period: WritablePeriod): Promise<void> {
  const current = await lockPeriod(tx, period.id, "share");
  assertPeriodOpen(current ?? period);
}

function assertEditable(row: FollowUpRow): void {
  if (!isEditableState(row.state)) {
    throw new AppError("transition_refused", { entity: `follow_up_${row.state}` });
  }
}

const authorizeWrite = (viewer: Viewer, point: WritablePoint) =>
  roundPolicy.authorize(viewer, "write", point, { entity: "commitment", value: point.id });

const personOf = (viewer: Viewer) => (viewer.kind === "account" ? viewer.personId : null);

export interface FollowUpWrite {
  viewer: Viewer;
  point: WritablePoint;
  period: WritablePeriod;
  /** The version the writer read; null when no follow-up existed. A stale version is a conflict. */
  version: number | null;
  status: FollowUpDraftInput["status"];
  /** The Swedish narrative; other languages are kept. */
  narrative: string;
  /** Every measured value of the point (replaces the stored ones). */
  measurements: FollowUpDraftInput["measurements"];
  /** Every link (replaces the stored ones); undefined keeps them (the spreadsheet has none). */
  links?: FollowUpDraftInput["links"];
  /** The audit action: a draft saved in the round, or a row of an import. */
  action: "follow_up.draft_saved" | "follow_up.imported";
}

export interface WrittenFollowUp {
  row: FollowUpRow;
  /** Null when the follow-up was created by this write. */
  before: FollowUpSnapshot | null;
  after: FollowUpSnapshot;
}

/**
 * Writes the follow-up of a point for a period inside the caller's transaction: a new one is a
 * draft, an existing draft or returned one keeps its state. Refuses (throws) a viewer who may not
 * write the point, a closed period, a measurement of another point's target, a stale version
 * (`conflict` with the current values, `FollowUpConflict`) and a submitted or approved follow-up.
 */
export async function writeFollowUp(tx: Tx, audit: Audit, write: FollowUpWrite): Promise<WrittenFollowUp> {
  const { viewer, point, period } = write;
  authorizeWrite(viewer, point);
  await assertPeriodOpenLocked(tx, period);
  const targets = new Map((await listTargets(tx, [point.id])).map((t) => [t.id, t]));
  const unknown = write.measurements.find((m) => !targets.has(m.targetId));
  if (unknown) throw new AppError("invalid_body", { param: "measurements", value: unknown.targetId });
  write.measurements.forEach((m, i) => {
    const problem = measureProblem(measureKindOf(targets.get(m.targetId)?.unit ?? ""), m.value);
    if (problem) {
      throw new AppError(
        "invalid_body",
        { entity: `measure_${problem}`, param: `measurements.${i}.value`, value: String(m.value) },
        [{ path: `measurements.${i}.value`, message: problem }],
      );
    }
  });

  const key = { commitmentId: point.id, periodId: period.id };
  const existing = await findFollowUp(tx, key);
  const values = {
    status: write.status,
    narrative: narrativeOf(existing, write.narrative),
    authorId: personOf(viewer) ?? existing?.authorId ?? null,
  };
  let before: FollowUpSnapshot | null = null;
  let row: FollowUpRow | null;
  if (existing) {
    if (write.version !== existing.version) throw await conflictOf(tx, existing);
    assertEditable(existing);
    // Only a draft may lack a status: a returned follow-up was submitted with one.
    if (write.status === null && existing.state !== "draft") throw missingError(["status"]);
    before = await snapshotFollowUp(tx, existing);
    row = await updateFollowUpIfVersion(tx, existing.id, existing.version, values);
    if (!row) throw await conflictOf(tx, existing);
  } else {
    if (write.version !== null) throw new AppError("conflict", { entity: "follow_up" });
    row = await insertFollowUp(tx, { ...key, state: "draft", ...values });
    if (!row) {
      const other = await findFollowUp(tx, key);
      throw other ? await conflictOf(tx, other) : new AppError("conflict", { entity: "follow_up" });
    }
  }
  await replaceMeasurements(tx, row.id, write.measurements);
  if (write.links) await replaceLinks(tx, row.id, write.links);
  const after = await snapshotFollowUp(tx, row);
  audit({
    action: write.action,
    entityType: "follow_up",
    entityId: row.id,
    partnershipId: point.partnershipId,
    before,
    after,
  });
  return { row, before, after };
}

/**
 * Submits a follow-up (a draft or a returned one, as read in this transaction) for the
 * coordinator's review, inside the caller's transaction.
 */
export async function submitFollowUpRow(
  tx: Tx,
  audit: Audit,
  submit: { viewer: Viewer; point: WritablePoint; period: WritablePeriod; row: FollowUpRow },
): Promise<FollowUpSnapshot> {
  const { viewer, point, period, row: existing } = submit;
  authorizeWrite(viewer, point);
  await assertPeriodOpenLocked(tx, period);
  assertEditable(existing);
  assertComplete(existing);
  const before = await snapshotFollowUp(tx, existing);
  const person = personOf(viewer);
  const row = await updateFollowUpIfVersion(tx, existing.id, existing.version, {
    state: "submitted",
    submittedAt: new Date(),
    submittedByAccountId: viewer.kind === "account" ? viewer.accountId : null,
    ...(person ? { authorId: person } : {}),
  });
  if (!row) throw await conflictOf(tx, existing);
  const after = await snapshotFollowUp(tx, row);
  audit({
    action: "follow_up.submitted",
    entityType: "follow_up",
    entityId: row.id,
    partnershipId: point.partnershipId,
    before,
    after,
  });
  return after;
}

/**
 * A follow-up is submitted only with a chosen status and a written result: an unstarted point is
 * reported as "not_started" on purpose, never by default. A draft may be partial.
 */
function assertComplete(row: FollowUpRow): void {
  const missing = [
    ...(row.status === null ? ["status"] : []),
    ...((row.narrative?.sv ?? "").trim() === "" ? ["narrative"] : []),
  ];
  if (missing.length > 0) throw missingError(missing);
}

const missingError = (missing: string[]) =>
  new AppError(
    "invalid_body",
    { entity: `follow_up_missing_${missing[0]}`, param: missing[0] ?? "", value: "" },
    missing.map((path) => ({ path, message: "required" })),
  );

function narrativeOf(existing: FollowUpRow | null, sv: string) {
  const text = sv.trim();
  const rest = { ...(existing?.narrative ?? {}) };
  delete (rest as { sv?: string }).sv;
  if (text === "" && Object.keys(rest).length === 0) return null;
  return { ...rest, sv: text };
}

/** The `conflict` error of a stale write, carrying the other person's current values. */
export async function conflictOf(ex: Executor, row: FollowUpRow): Promise<AppError> {
  const fresh = (await findFollowUp(ex, { id: row.id })) ?? row;
  const event = await latestFollowUpEvent(ex, row.id);
  const details: FollowUpConflict = {
    kind: "follow_up_conflict",
    current: await snapshotFollowUp(ex, fresh),
    changedBy: event?.actorLabel ?? null,
    changedAt: event?.occurredAt.toISOString() ?? fresh.updatedAt.toISOString(),
  };
  return new AppError("conflict", { entity: "follow_up" }, details);
}
