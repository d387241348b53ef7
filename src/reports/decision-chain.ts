/**
 * The report-back's decision chain: utkast → samråd → till utskott → till kommunstyrelsen →
 * beslutat → publicerat. Each step goes through `mutate` (audited, optimistic version check).
 * Validation errors block moving on; a decided report is locked (its document model frozen) and a
 * correction is a new edition that supersedes it, both readable. Only the samordnare moves the
 * chain and edits the formal parts (reports.policy.ts); the administratör does not.
 */

import type { Db, Tx } from "../platform/db/client.js";
import { actorOf, mutate } from "../platform/db/mutation.js";
import { AppError } from "../platform/errors.js";
import type { Viewer } from "../platform/viewer.js";
import { changePromiseStatus } from "../promises/edit-promise.js";
import type { PromiseRow } from "../promises/promises.repository.js";
import { loadReportBackInput } from "./build-document.js";
import { checkChainDate, todayInSweden } from "./chain-dates.js";
import { type ReportKey, reportPromise } from "./load-report-data.js";
import { assembleReportBack } from "./model/assemble-report-back.js";
import {
  copyReportParts,
  insertDecision,
  insertReportBack,
  listReportParts,
  lockReportBack,
  markOtherEditionsReplaced,
  type ReportBackRow,
  updateConsultation,
  updateReportBack,
} from "./reports.repository.js";
import { type Editable, HEADING, type HeadingField } from "./reports.types.js";
import { hasErrors, validateReportBack } from "./validate.js";

export const REPORT_STATUSES = [
  "draft",
  "consultation",
  "to_committee",
  "to_board",
  "decided",
  "published",
] as const;
export type ReportStatus = (typeof REPORT_STATUSES)[number];

/** The step after each status (decided needs a decision record; published is the end). */
export const NEXT_STATUS: Partial<Record<ReportStatus, ReportStatus>> = {
  draft: "consultation",
  consultation: "to_committee",
  to_committee: "to_board",
  to_board: "decided",
  decided: "published",
};

export const isLocked = (status: string) => status === "decided" || status === "published";

export type ChainOptions = {
  db: Db;
  viewer: Viewer;
  /** The version the user read (optimistic concurrency). */
  version: number;
  /** Today's date in Sweden (tests fix it); dates of the chain may not be later. */
  today?: string;
} & ReportKey;

/** The newest edition, once the policy allows the action and the version is the one the user read. */
export async function loadForChange(
  options: ChainOptions,
  action: "moveChain" | "editFormalParts" = "moveChain",
) {
  const promise = await reportPromise(options.db, options.viewer, options, action);
  const input = await loadReportBackInput(options.db, promise);
  const row = input.reportRow;
  if (row.version !== options.version) {
    throw new AppError("conflict", { entity: "report" }, { expected: options.version, actual: row.version });
  }
  return { input, row, promise, partnershipId: promise.partnershipId };
}

/**
 * Locks the report's row in the step's transaction and checks that it still has the version the
 * step was based on: of two concurrent steps the second is a `conflict` (409) and writes nothing.
 */
async function lockUnchanged(tx: Tx, row: ReportBackRow): Promise<void> {
  const current = await lockReportBack(tx, row.id);
  if (!current || current.version !== row.version) {
    throw new AppError(
      "conflict",
      { entity: "report" },
      { expected: row.version, actual: current?.version ?? null },
    );
  }
}

/** A date of the chain checked against the promise and today (see chain-dates.ts). */
const chainDate = (
  options: ChainOptions,
  promise: PromiseRow,
  field: string,
  value: string,
  previous: string | null = null,
) =>
  checkChainDate(value, {
    field,
    notBefore: `${promise.fromYear}-01-01`,
    today: options.today ?? todayInSweden(),
    previous,
  });

/** The latest of some dates (the step before), or null. */
const latest = (dates: (string | null | undefined)[]) =>
  dates
    .filter((d): d is string => !!d)
    .sort()
    .at(-1) ?? null;

export async function saveStatus(
  options: ChainOptions,
  row: ReportBackRow,
  partnershipId: string,
  values: Partial<ReportBackRow>,
  action: string,
  extra?: (tx: Tx) => Promise<unknown[]>,
): Promise<ReportBackRow> {
  return mutate(options.db, actorOf(options.viewer), async (tx, audit) => {
    await lockUnchanged(tx, row);
    const after = await updateReportBack(tx, row.id, row.version, values);
    if (!after) throw new AppError("conflict", { entity: "report" });
    const details = extra ? await extra(tx) : [undefined];
    for (const detail of details) {
      audit({
        action,
        entityType: "report_back",
        entityId: row.id,
        partnershipId,
        before: { status: row.status, version: row.version },
        after: { status: after.status, version: after.version, ...(detail ? { detail } : {}) },
      });
    }
    return after;
  });
}

/**
 * Moves the report one step on (not into "decided": that is `recordDecision`). Refused with the
 * validation errors when there are any, and from consultation on while a consulted body has no
 * recorded position.
 */
export async function advanceReport(options: ChainOptions): Promise<ReportBackRow> {
  const { input, row, promise, partnershipId } = await loadForChange(options);
  const next = NEXT_STATUS[row.status as ReportStatus];
  if (!next || next === "decided") {
    throw new AppError("transition_refused", { from: row.status, to: next ?? "" });
  }
  if (next !== "published") {
    const issues = validateReportBack(input);
    // Entering consultation needs everything but the positions the consultation will record.
    const blocking = issues.filter(
      (i) => i.severity === "error" && !(next === "consultation" && i.code === "consultation_incomplete"),
    );
    if (blocking.length) {
      throw new AppError("transition_refused", { from: row.status, to: next }, { issues: blocking });
    }
  }
  if (next === "published") return publishReport(options, row, promise, partnershipId);
  return saveStatus(options, row, partnershipId, { status: next }, `report.${next}`);
}

/**
 * Publishing a decided edition: it becomes public (publishing/ reads published editions), an
 * older published edition is marked as replaced (and stays readable), and a promise that is
 * followed up moves to återrapporterat through the promise's own transition service, in the same
 * transaction (its checks refuse the whole step, e.g. a point without an approved final follow-up).
 */
async function publishReport(
  options: ChainOptions,
  row: ReportBackRow,
  promise: PromiseRow,
  partnershipId: string,
): Promise<ReportBackRow> {
  return saveStatus(options, row, partnershipId, { status: "published" }, "report.published", async (tx) => {
    const replaced = await markOtherEditionsReplaced(tx, row.promiseId, row.id);
    if (promise.status === "following_up") {
      await changePromiseStatus({
        db: tx as unknown as Db,
        viewer: options.viewer,
        promiseId: promise.id,
        version: promise.version,
        to: "reported_back",
      });
    }
    return [{ replacedEditions: replaced.map((r) => r.edition), promiseStatus: "reported_back" }];
  });
}

/** A consulted body's position on the report. */
export interface ConsultationPosition {
  consultationId: string;
  stance: "endorses" | "rejects" | "no_objection";
  comment: string | null;
  consultedOn: string | null;
}

/**
 * Records consulted bodies' positions and comments (during consultation only), all in one
 * change; each is audited. No positions: nothing changes.
 */
export async function recordConsultations(
  options: ChainOptions & { positions: ConsultationPosition[] },
): Promise<ReportBackRow> {
  const { row, promise, partnershipId } = await loadForChange(options);
  if (row.status !== "consultation")
    throw new AppError("transition_refused", { from: row.status, to: "consultation" });
  if (options.positions.length === 0) return row;
  const positions = options.positions.map((p) => ({
    ...p,
    consultedOn: p.consultedOn === null ? null : chainDate(options, promise, "consultedOn", p.consultedOn),
  }));
  return saveStatus(options, row, partnershipId, {}, "report.consultation_recorded", async (tx) => {
    const details = [];
    for (const position of positions) {
      const updated = await updateConsultation(tx, row.id, position.consultationId, {
        stance: position.stance,
        comment: position.comment,
        consultedOn: position.consultedOn,
      });
      if (!updated) {
        throw new AppError("not_found", { entity: "consultation", value: position.consultationId });
      }
      details.push({
        consultationId: updated.id,
        body: updated.body,
        stance: updated.stance,
        comment: updated.comment,
        consultedOn: updated.consultedOn,
      });
    }
    return details;
  });
}

type DecisionInput = { body: string; decidedOn: string; paragraph: string | null };

/**
 * The committee's (utskott) decision on the report: recorded with body, date and §, and the
 * report goes on to the board. (A partnership without a committee step sends it on with
 * `advanceReport`.)
 */
export async function recordCommitteeDecision(
  options: ChainOptions & DecisionInput & { text: string | null },
): Promise<ReportBackRow> {
  const { row, promise, partnershipId } = await loadForChange(options);
  if (row.status !== "to_committee")
    throw new AppError("transition_refused", { from: row.status, to: "to_board" });
  const parts = await listReportParts(options.db, row.id);
  const afterConsultation = latest(parts.consultations.map((c) => c.consultedOn));
  const decidedOn = chainDate(options, promise, "decidedOn", options.decidedOn, afterConsultation);
  return saveStatus(options, row, partnershipId, { status: "to_board" }, "report.to_board", async (tx) => [
    await insertDecision(tx, {
      reportId: row.id,
      step: "committee",
      body: options.body,
      decidedOn,
      paragraph: options.paragraph,
      text: { sv: options.text ?? "" },
    }),
  ]);
}

/** Paragraphs of a decision text: what was decided, one measure each. */
const decisionItemsOf = (text: string) =>
  text
    .split(/\n\s*\n|\n/)
    .map((t) => t.trim())
    .filter(Boolean);

/**
 * The board's decision: locks the report and freezes its document model, the decision included
 * (the decided edition prints it; the model frozen is what was decided).
 */
export async function recordDecision(
  options: ChainOptions & DecisionInput & { text: string },
): Promise<ReportBackRow> {
  const { input, row, promise, partnershipId } = await loadForChange(options);
  if (row.status !== "to_board")
    throw new AppError("transition_refused", { from: row.status, to: "decided" });
  const parts = await listReportParts(options.db, row.id);
  const previous = latest([
    ...parts.consultations.map((c) => c.consultedOn),
    ...parts.decisions.filter((d) => d.step === "committee").map((d) => d.decidedOn),
  ]);
  const decidedOn = chainDate(options, promise, "decidedOn", options.decidedOn, previous);
  const issues = validateReportBack(input);
  if (hasErrors(issues)) {
    throw new AppError("transition_refused", { from: row.status, to: "decided" }, { issues });
  }
  const model = assembleReportBack({
    ...input,
    report: {
      ...input.report,
      status: "decided",
      decision: {
        body: options.body,
        decidedOn,
        paragraph: options.paragraph,
        items: decisionItemsOf(options.text),
      },
    },
  });
  return saveStatus(
    options,
    row,
    partnershipId,
    { status: "decided", frozenModel: model },
    "report.decided",
    async (tx) => [
      await insertDecision(tx, {
        reportId: row.id,
        step: "board",
        body: options.body,
        decidedOn,
        paragraph: options.paragraph,
        text: { sv: options.text },
      }),
    ],
  );
}

/** Heading fields that may not be empty in the row (the rest become null when emptied). */
const REQUIRED_TEXT: readonly string[] = ["addressee", "issuingUnit"];

/**
 * Edits the heading and the narrative sections of a draft (a decided report is never changed).
 * The date is checked like the chain's; the audit event holds the fields before and after.
 */
export async function editReportSections(
  options: ChainOptions & { values: Partial<Record<Editable, string>> },
): Promise<ReportBackRow> {
  const { row, promise, partnershipId } = await loadForChange(options, "editFormalParts");
  if (isLocked(row.status)) throw new AppError("transition_refused", { from: row.status, to: "edit" });
  const values: Record<string, unknown> = {};
  for (const [key, raw] of Object.entries(options.values)) {
    if (raw === undefined) continue;
    const text = raw.trim();
    if (key === "datedOn") values.datedOn = text ? chainDate(options, promise, "datedOn", text) : null;
    else if (key === "officerEmail" && text && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(text)) {
      throw new AppError("invalid_body", { entity: "email", param: "officerEmail", value: text });
    } else if ((HEADING as readonly string[]).includes(key)) {
      values[key] = text || (REQUIRED_TEXT.includes(key) ? "" : null);
    } else values[key] = { sv: text };
  }
  const changed = Object.keys(values) as (HeadingField | Editable)[];
  const before = Object.fromEntries(changed.map((k) => [k, (row as Record<string, unknown>)[k]]));
  return mutate(options.db, actorOf(options.viewer), async (tx, audit) => {
    await lockUnchanged(tx, row);
    const after = await updateReportBack(tx, row.id, row.version, values as Partial<ReportBackRow>);
    if (!after) throw new AppError("conflict", { entity: "report" });
    audit({
      action: "report.edited",
      entityType: "report_back",
      entityId: row.id,
      partnershipId,
      before: { version: row.version, ...before },
      after: { version: after.version, ...values },
    });
    return after;
  });
}

/**
 * A correction of a decided report: a new draft edition that supersedes it, saying why, with
 * everything of that edition copied (the consultation statements included); both stay readable.
 */
export async function supersedeReport(options: ChainOptions & { reason: string }): Promise<ReportBackRow> {
  const { row, partnershipId } = await loadForChange(options);
  if (!isLocked(row.status)) throw new AppError("transition_refused", { from: row.status, to: "draft" });
  const parts = await listReportParts(options.db, row.id);
  return mutate(options.db, actorOf(options.viewer), async (tx, audit) => {
    await lockUnchanged(tx, row);
    const {
      id: _id,
      edition,
      status: _s,
      frozenModel: _f,
      replacedAt: _r,
      correctionReason: _cr,
      version: _v,
      createdAt: _c,
      updatedAt: _u,
      ...rest
    } = row;
    const created = await insertReportBack(tx, {
      ...rest,
      edition: edition + 1,
      status: "draft",
      supersedesId: row.id,
      correctionReason: { sv: options.reason.trim() },
      frozenModel: null,
    });
    await copyReportParts(tx, parts, created.id);
    audit({
      action: "report.superseded",
      entityType: "report_back",
      entityId: created.id,
      partnershipId,
      before: { id: row.id, edition: row.edition },
      after: { id: created.id, edition: created.edition, supersedesId: row.id, reason: options.reason },
    });
    return created;
  });
}
