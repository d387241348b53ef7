/**
 * The report-back's decision chain: utkast → samråd → till utskott → till kommunstyrelsen →
 * beslutat → publicerat. Each step goes through `mutate` (audited, optimistic version check).
 * Validation errors block moving on; a decided report is locked (its document model frozen) and a
 * correction is a new edition that supersedes it, both readable.
 */

import type { Db } from "../platform/db/client.js";
import type { Actor } from "../platform/db/mutation.js";
import { mutate } from "../platform/db/mutation.js";
import { AppError } from "../platform/errors.js";
import type { Viewer } from "../platform/viewer.js";
import { loadReportBackInput } from "./build-document.js";
import { findPromiseByRef } from "./load-report-data.js";
import { assembleReportBack } from "./model/assemble-report-back.js";
import { canMoveReportChain } from "./reports.policy.js";
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

interface ChainOptions {
  db: Db;
  viewer: Viewer;
  actor: Actor;
  ref: string;
  /** The version the user read (optimistic concurrency). */
  version: number;
}

async function loadForChange(options: ChainOptions) {
  const input = await loadReportBackInput(options.db, options.ref);
  const row = input.reportRow;
  const partnershipId = await partnershipOf(options.db, options.ref);
  if (!canMoveReportChain(options.viewer, partnershipId)) throw new AppError("forbidden");
  if (row.version !== options.version) {
    throw new AppError("conflict", { entity: "report" }, { expected: options.version, actual: row.version });
  }
  return { input, row, partnershipId };
}

async function partnershipOf(db: Db, ref: string): Promise<string> {
  return (await findPromiseByRef(db, ref)).partnershipId;
}

async function saveStatus(
  options: ChainOptions,
  row: ReportBackRow,
  partnershipId: string,
  values: Partial<ReportBackRow>,
  action: string,
  extra?: (tx: Parameters<Parameters<typeof mutate>[2]>[0]) => Promise<unknown>,
): Promise<ReportBackRow> {
  return mutate(options.db, options.actor, async (tx, audit) => {
    const after = await updateReportBack(tx, row.id, row.version, values);
    if (!after) throw new AppError("conflict", { entity: "report" });
    const detail = extra ? await extra(tx) : undefined;
    audit({
      action,
      entityType: "report_back",
      entityId: row.id,
      partnershipId,
      before: { status: row.status, version: row.version },
      after: { status: after.status, version: after.version, ...(detail ? { detail } : {}) },
    });
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

/** Records a consulted body's position and comment (during consultation only). */
export async function recordConsultation(
  options: ChainOptions & {
    consultationId: string;
    stance: "endorses" | "rejects" | "no_objection";
    comment: string | null;
    consultedOn: string | null;
  },
): Promise<ReportBackRow> {
  const { row, partnershipId } = await loadForChange(options);
  if (row.status !== "consultation")
    throw new AppError("transition_refused", { from: row.status, to: "consultation" });
  return saveStatus(options, row, partnershipId, {}, "report.consultation_recorded", async (tx) => {
    const updated = await updateConsultation(tx, row.id, options.consultationId, {
      stance: options.stance,
      comment: options.comment,
      consultedOn: options.consultedOn,
    });
    if (!updated) throw new AppError("not_found", { entity: "consultation", value: options.consultationId });
    return {
      consultationId: updated.id,
      body: updated.body,
      stance: updated.stance,
      comment: updated.comment,
    };
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
    (tx) =>
      insertDecision(tx, {
        reportId: row.id,
        body: options.body,
        decidedOn: options.decidedOn,
        paragraph: options.paragraph,
        text: { sv: options.text },
      }),
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
  const { row, partnershipId } = await loadForChange(options);
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
  return mutate(options.db, options.actor, async (tx, audit) => {
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
