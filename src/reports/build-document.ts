/**
 * One use case for the CLI and the workspace alike: build a report's document model from the
 * database, validate it, and render it in a format. Both callers go through here, so they give the
 * same documents. The viewer is asked about first (the CLI is the system viewer).
 */
import type { Executor } from "../platform/db/client.js";
import { AppError } from "../platform/errors.js";
import type { PdfProvider } from "../platform/pdf/pdf.js";
import type { Viewer } from "../platform/viewer.js";
import type { PromiseRow } from "../promises/promises.repository.js";
import { loadDemoMarks } from "./demo-marks.js";
import {
  loadMunicipality,
  loadPromiseData,
  loadPromiseIndicators,
  loadReportBackData,
  type ReportKey,
  reportPromise,
} from "./load-report-data.js";
import { assemblePeriodReport } from "./model/assemble-period-report.js";
import { assembleProtocolExtract, assembleReportBack } from "./model/assemble-report-back.js";
import type { DocumentModel } from "./model/document.js";
import type { ReportBackInput } from "./model/report-data.js";
import { renderHtml } from "./render/html.js";
import { renderPdf } from "./render/pdf.js";
import { findLatestReportBack, findReportBackEdition } from "./reports.repository.js";
import { type ValidationIssue, validatePeriodReport, validateReportBack } from "./validate.js";

export type DocumentFormat = "html" | "docx" | "pdf";
export const DOCUMENT_FORMATS: readonly DocumentFormat[] = ["html", "docx", "pdf"];
export const CONTENT_TYPES: Record<DocumentFormat, string> = {
  html: "text/html; charset=utf-8",
  docx: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
  pdf: "application/pdf",
};

export interface BuiltDocument {
  model: DocumentModel;
  issues: ValidationIssue[];
}

export type ReportBackInputWithRow = ReportBackInput & {
  reportRow: NonNullable<Awaited<ReturnType<typeof findLatestReportBack>>>;
};

/**
 * The report-back's input data of a promise the caller has authorized: the given edition, or the
 * newest one.
 */
export async function loadReportBackInput(
  db: Executor,
  promiseRow: PromiseRow,
  edition?: number,
): Promise<ReportBackInputWithRow> {
  const row =
    edition === undefined
      ? await findLatestReportBack(db, promiseRow.id)
      : await findReportBackEdition(db, promiseRow.id, edition);
  if (!row) throw new AppError("not_found", { entity: "report", value: promiseRow.ref });
  const [municipality, promise, report] = await Promise.all([
    loadMunicipality(db, promiseRow.partnershipId),
    loadPromiseData(db, promiseRow),
    loadReportBackData(db, row, promiseRow.partnershipId),
  ]);
  const [demo, indicators] = await Promise.all([
    loadDemoMarks(db, promise, report),
    loadPromiseIndicators(db, promiseRow),
  ]);
  return { municipality, promise, report, reportRow: row, demo, indicators };
}

/**
 * The report-back as a document model with its validation issues. A decided edition gives the
 * model frozen at the decision (what was decided), not one rebuilt from today's data.
 */
export async function buildReportBack(
  options: { db: Executor; viewer: Viewer; edition?: number | undefined } & ReportKey,
): Promise<BuiltDocument> {
  const promise = await reportPromise(options.db, options.viewer, options, "read");
  return reportBackDocument(await loadReportBackInput(options.db, promise, options.edition));
}

/** The document of loaded report-back data: frozen at the decision, else assembled and checked. */
export function reportBackDocument(input: ReportBackInputWithRow): BuiltDocument {
  const frozen = input.reportRow.frozenModel as DocumentModel | null;
  if (frozen) return { model: frozen, issues: [] };
  return { model: assembleReportBack(input), issues: validateReportBack(input) };
}

/**
 * The protokollsutdrag (extract from the minutes) of a decided edition: the given edition, else
 * the newest. An edition without a board decision has none (404).
 */
export async function buildProtocolExtract(
  options: { db: Executor; viewer: Viewer; edition?: number | undefined } & ReportKey,
): Promise<BuiltDocument> {
  const promise = await reportPromise(options.db, options.viewer, options, "read");
  const input = await loadReportBackInput(options.db, promise, options.edition);
  if (!input.report.decision) {
    throw new AppError("not_found", { entity: "report", value: `${promise.ref} (beslut)` });
  }
  return { model: assembleProtocolExtract(input), issues: [] };
}

/**
 * A period report (the given period, else the latest with an approved follow-up) as a document
 * model with its validation issues.
 */
export async function buildPeriodReport(
  options: { db: Executor; viewer: Viewer; period?: string | undefined } & ReportKey,
): Promise<BuiltDocument> {
  const promise = await reportPromise(options.db, options.viewer, options, "read");
  return periodReportDocument(options.db, promise, options.period);
}

/** The period report of a promise the caller has authorized. */
export async function periodReportDocument(
  db: Executor,
  promiseRow: PromiseRow,
  periodCode?: string,
): Promise<BuiltDocument> {
  const [municipality, promise, report] = await Promise.all([
    loadMunicipality(db, promiseRow.partnershipId),
    loadPromiseData(db, promiseRow),
    findLatestReportBack(db, promiseRow.id),
  ]);
  const withFollowUps = promise.periods.filter((code) =>
    promise.commitments.some((c) => c.followUps.some((f) => f.periodCode === code && f.state === "approved")),
  );
  const code = periodCode ?? withFollowUps.at(-1) ?? promise.periods.at(-1);
  if (!code || !promise.periods.includes(code)) {
    throw new AppError("not_found", { entity: "period", value: periodCode ?? "" });
  }
  const input = {
    municipality,
    promise,
    periodCode: code,
    registrationNumber: report?.registrationNumber ?? null,
    demo: await loadDemoMarks(db, promise, report ? { id: report.id, attachments: [] } : null),
  };
  return { model: assemblePeriodReport(input), issues: validatePeriodReport(input) };
}

/** Renders a model; PDF needs a provider (a warm browser). */
export async function renderDocument(
  model: DocumentModel,
  format: DocumentFormat,
  pdf: () => PdfProvider,
): Promise<Buffer> {
  switch (format) {
    case "html":
      return Buffer.from(renderHtml(model), "utf8");
    case "docx":
      // docx is large: loaded with the first Word document.
      return (await import("./render/docx.js")).renderDocx(model);
    case "pdf":
      return renderPdf(model, pdf());
  }
}

/** A file name for a download, e.g. "skaggetorp-2017-aterrapportering.docx". */
export const documentFileName = (ref: string, kind: string, format: DocumentFormat) =>
  `${ref}-${kind}.${format}`;
