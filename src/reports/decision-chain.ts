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
import { loadReportBackInput } from "./build-document.js";
import { type ReportKey, reportPromise } from "./load-report-data.js";
import { assembleReportBack } from "./model/assemble-report-back.js";
import {
  copyReportParts,
  insertDecision,
  insertReportBack,
  listReportParts,
  type ReportBackRow,
  updateConsultation,
  updateReportBack,
} from "./reports.repository.js";
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

type ChainOptions = {
  db: Db;
  viewer: Viewer;
  /** The version the user read (optimistic concurrency). */
  version: number;
} & ReportKey;

/** The newest edition, once the policy allows the action and the version is the one the user read. */
async function loadForChange(options: ChainOptions, action: "moveChain" | "editFormalParts" = "moveChain") {
  const promise = await reportPromise(options.db, options.viewer, options, action);
  const input = await loadReportBackInput(options.db, promise);
  const row = input.reportRow;
  if (row.version !== options.version) {
    throw new AppError("conflict", { entity: "report" }, { expected: options.version, actual: row.version });
  }
  return { input, row, partnershipId: promise.partnershipId };
}

async function saveStatus(
  options: ChainOptions,
  row: ReportBackRow,
  partnershipId: string,
  values: Partial<ReportBackRow>,
  action: string,
  extra?: (tx: Tx) => Promise<unknown[]>,
): Promise<ReportBackRow> {
  return mutate(options.db, actorOf(options.viewer), async (tx, audit) => {
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
  const { input, row, partnershipId } = await loadForChange(options);
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
  return saveStatus(options, row, partnershipId, { status: next }, `report.${next}`);
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
  const { row, partnershipId } = await loadForChange(options);
  if (row.status !== "consultation")
    throw new AppError("transition_refused", { from: row.status, to: "consultation" });
  if (options.positions.length === 0) return row;
  return saveStatus(options, row, partnershipId, {}, "report.consultation_recorded", async (tx) => {
    const details = [];
    for (const position of options.positions) {
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
      });
    }
    return details;
  });
}

/** The board's decision: locks the report and freezes its document model. */
export async function recordDecision(
  options: ChainOptions & { body: string; decidedOn: string; paragraph: string | null; text: string },
): Promise<ReportBackRow> {
  const { input, row, partnershipId } = await loadForChange(options);
  if (row.status !== "to_board")
    throw new AppError("transition_refused", { from: row.status, to: "decided" });
  const issues = validateReportBack(input);
  if (hasErrors(issues)) {
    throw new AppError("transition_refused", { from: row.status, to: "decided" }, { issues });
  }
  const model = assembleReportBack(input);
  return saveStatus(
    options,
    row,
    partnershipId,
    { status: "decided", frozenModel: model },
    "report.decided",
    async (tx) => [
      await insertDecision(tx, {
        reportId: row.id,
        body: options.body,
        decidedOn: options.decidedOn,
        paragraph: options.paragraph,
        text: { sv: options.text },
      }),
    ],
  );
}

/** Edits the narrative sections of a draft (a decided report is never changed). */
export async function editReportSections(
  options: ChainOptions & {
    values: Partial<
      Record<
        | "matter"
        | "background"
        | "genderEquality"
        | "publicationNote"
        | "committeeNote"
        | "goalsIntro"
        | "mblStatement",
        string
      > & { registrationNumber: string }
    >;
  },
): Promise<ReportBackRow> {
  const { row, partnershipId } = await loadForChange(options, "editFormalParts");
  if (isLocked(row.status)) throw new AppError("transition_refused", { from: row.status, to: "edit" });
  const values: Partial<ReportBackRow> = {};
  for (const [key, text] of Object.entries(options.values)) {
    if (text === undefined) continue;
    if (key === "registrationNumber") values.registrationNumber = text.trim() || null;
    else (values as Record<string, unknown>)[key] = { sv: text.trim() };
  }
  return saveStatus(options, row, partnershipId, values, "report.edited");
}

/** A correction of a decided report: a new draft edition that supersedes it; both stay readable. */
export async function supersedeReport(options: ChainOptions): Promise<ReportBackRow> {
  const { row, partnershipId } = await loadForChange(options);
  if (!isLocked(row.status)) throw new AppError("transition_refused", { from: row.status, to: "draft" });
  const parts = await listReportParts(options.db, row.id);
  return mutate(options.db, actorOf(options.viewer), async (tx, audit) => {
    const {
      id: _id,
      edition,
      status: _s,
      frozenModel: _f,
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
      frozenModel: null,
    });
    await copyReportParts(tx, parts, created.id);
    audit({
      action: "report.superseded",
      entityType: "report_back",
      entityId: created.id,
      partnershipId,
      before: { id: row.id, edition: row.edition },
      after: { id: created.id, edition: created.edition, supersedesId: row.id },
    });
    return created;
  });
}
