/**
 * What the workspace's report pages show and download: the list of a partnership's reports, the
 * återrapportering with its checks and decision chain, the edit form of its formal parts, a period
 * report, and the documents as files. Each asks the reports policy first (reports.policy.ts).
 */
import { listPeriods } from "../periods/periods.repository.js";
import type { Executor } from "../platform/db/client.js";
import { AppError } from "../platform/errors.js";
import type { PdfProvider } from "../platform/pdf/pdf.js";
import type { Viewer } from "../platform/viewer.js";
import { listPromises } from "../promises/promises.repository.js";
import {
  type BuiltDocument,
  buildPeriodReport,
  buildReportBack,
  CONTENT_TYPES,
  type DocumentFormat,
  documentFileName,
  loadReportBackInput,
  periodReportDocument,
  renderDocument,
  reportBackDocument,
} from "./build-document.js";
import { isReportable } from "./create-report.js";
import { isLocked, NEXT_STATUS, type ReportStatus } from "./decision-chain.js";
import { type ReportKey, reportPromise } from "./load-report-data.js";
import { reportsPolicy } from "./reports.policy.js";
import { findLatestReportBack, listEditions, listReportParts } from "./reports.repository.js";
import { EDITABLE, type Editable } from "./reports.types.js";

/** The promise as the report pages name and link it. */
const promiseOf = (row: { ref: string; title: { sv: string }; toYear: number }) => ({
  ref: row.ref,
  title: row.title.sv,
  toYear: row.toYear,
});

/** The partnership's promises, each with its report-back and the periods of its period reports. */
export async function listReports(options: { db: Executor; viewer: Viewer; partnershipId: string }) {
  const { db, viewer, partnershipId } = options;
  reportsPolicy.authorize(viewer, "read", { partnershipId }, { entity: "partnership", value: partnershipId });
  const [promises, periods] = await Promise.all([
    listPromises(db, { partnershipId }),
    listPeriods(db, partnershipId),
  ]);
  const latest = await Promise.all(promises.map((p) => findLatestReportBack(db, p.id)));
  return promises.map((p, i) => {
    const own = periods.filter((x) => x.year >= p.fromYear && x.year <= p.toYear);
    return {
      ...promiseOf(p),
      periods: own.map((x) => x.code),
      /** The newest edition's status, or null when there is no report-back yet. */
      reportStatus: (latest[i]?.status as ReportStatus | undefined) ?? null,
      reportable: isReportable(p.status),
      /** The last period of the promise is closed: the report-back is expected. */
      expected: own.length > 0 && own.every((x) => x.closedAt !== null),
    };
  });
}

/**
 * A promise without a report-back yet: whether one may be created now (the promise is followed
 * up), whether it is expected (the last period is closed), and whether the viewer may create it.
 */
export async function getReportBackStart(options: { db: Executor; viewer: Viewer } & ReportKey) {
  const { db, viewer } = options;
  const promise = await reportPromise(db, viewer, options, "read");
  if (await findLatestReportBack(db, promise.id)) return null;
  const periods = (await listPeriods(db, promise.partnershipId)).filter(
    (x) => x.year >= promise.fromYear && x.year <= promise.toYear,
  );
  return {
    promise: { ...promiseOf(promise), status: promise.status },
    reportable: isReportable(promise.status),
    expected: periods.length > 0 && periods.every((x) => x.closedAt !== null),
    canCreate: reportsPolicy.allows(viewer, "editFormalParts", promise),
  };
}

export type ReportList = Awaited<ReturnType<typeof listReports>>;

/**
 * The återrapportering (the given edition, else the newest): the document and its checks, the
 * decision chain's state, the editions, and what the viewer may do with it.
 */
export async function getReportBackPage(
  options: { db: Executor; viewer: Viewer; edition?: number | undefined } & ReportKey,
) {
  const { db, viewer } = options;
  const promise = await reportPromise(db, viewer, options, "read");
  const input = await loadReportBackInput(db, promise, options.edition);
  const report = input.reportRow;
  const [editions, parts] = await Promise.all([listEditions(db, promise.id), listReportParts(db, report.id)]);
  const status = report.status as ReportStatus;
  const latest = editions.at(-1)?.edition === report.edition;
  const replaced = report.supersedesId ? editions.find((e) => e.id === report.supersedesId) : undefined;
  return {
    promise: promiseOf(promise),
    report,
    status,
    next: NEXT_STATUS[status] ?? null,
    locked: isLocked(status),
    built: reportBackDocument(input),
    editions,
    parts,
    /** The edition this correction replaces, and why. */
    replaces: replaced ? { edition: replaced.edition, reason: report.correctionReason?.sv ?? "" } : null,
    /** Only the newest edition moves on; an older one is read. */
    canMove: latest && reportsPolicy.allows(viewer, "moveChain", promise),
    canEdit: latest && !isLocked(status) && reportsPolicy.allows(viewer, "editFormalParts", promise),
  };
}

export type ReportBackPage = Awaited<ReturnType<typeof getReportBackPage>>;

/** The formal parts of the newest edition, for editing; a decided report is never changed. */
export async function getReportSections(options: { db: Executor; viewer: Viewer } & ReportKey) {
  const promise = await reportPromise(options.db, options.viewer, options, "editFormalParts");
  const { reportRow } = await loadReportBackInput(options.db, promise);
  if (isLocked(reportRow.status)) {
    throw new AppError("transition_refused", { from: reportRow.status, to: "edit" });
  }
  const values = Object.fromEntries(
    EDITABLE.map((f) => {
      const value = reportRow[f] as string | { sv: string } | null;
      return [f, typeof value === "string" ? value : (value?.sv ?? "")];
    }),
  ) as Record<Editable, string>;
  return { promise: promiseOf(promise), version: reportRow.version, values };
}

/** A period report with its checks, and the promise it is about. */
export async function getPeriodReportPage(
  options: { db: Executor; viewer: Viewer; period: string } & ReportKey,
) {
  const promise = await reportPromise(options.db, options.viewer, options, "read");
  return {
    promise: promiseOf(promise),
    built: await periodReportDocument(options.db, promise, options.period),
  };
}

/** A document to download: its bytes, name and type. */
export interface DocumentFile {
  bytes: Buffer;
  fileName: string;
  contentType: string;
}

async function fileOf(
  built: BuiltDocument,
  format: DocumentFormat,
  pdf: () => PdfProvider,
  name: string,
): Promise<DocumentFile> {
  return {
    bytes: await renderDocument(built.model, format, pdf),
    fileName: name,
    contentType: CONTENT_TYPES[format],
  };
}

/** The återrapportering as a file; the same bytes as `medborgarlofte report` writes. */
export async function reportBackFile(
  options: {
    db: Executor;
    viewer: Viewer;
    edition?: number | undefined;
    format: DocumentFormat;
    pdf: () => PdfProvider;
  } & ReportKey,
): Promise<DocumentFile> {
  const built = await buildReportBack(options);
  return fileOf(
    built,
    options.format,
    options.pdf,
    documentFileName(options.ref, "aterrapportering", options.format),
  );
}

/** A period report as a file. */
export async function periodReportFile(
  options: {
    db: Executor;
    viewer: Viewer;
    period: string;
    format: DocumentFormat;
    pdf: () => PdfProvider;
  } & ReportKey,
): Promise<DocumentFile> {
  const built = await buildPeriodReport(options);
  return fileOf(
    built,
    options.format,
    options.pdf,
    documentFileName(options.ref, `period-${options.period}`, options.format),
  );
}
