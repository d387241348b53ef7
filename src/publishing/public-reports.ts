/**
 * The public readers of reports: a published återrapportering (the document frozen at the
 * decision, every published edition readable, the replaced ones marked) and the public period
 * reports (a closed period whose follow-ups are all approved; see PUBLIC_PERIOD_REPORT in
 * publishing.repository.ts), each as a document model residents read as a page or download as
 * PDF and DOCX. Like every public reader they take no viewer: the answer is the same for anyone.
 */
import type { Executor } from "../platform/db/client.js";
import { AppError } from "../platform/errors.js";
import type { PdfProvider } from "../platform/pdf/pdf.js";
import { findPromise } from "../promises/promises.repository.js";
import {
  CONTENT_TYPES,
  type DocumentFormat,
  documentFileName,
  renderDocument,
} from "../reports/build-document.js";
import { loadMunicipality, loadPromiseData } from "../reports/load-report-data.js";
import { assemblePeriodReport } from "../reports/model/assemble-period-report.js";
import type { DocumentModel } from "../reports/model/document.js";
import { PUBLIC_FOLLOW_UP_STATES } from "./publishing.policy.js";
import { selectPublicPeriodReport, selectPublicReportEdition } from "./publishing.repository.js";
import type { PublicPromiseAddress } from "./publishing.types.js";

export interface PublicReportBack {
  ref: string;
  promiseTitle: string;
  edition: number;
  replaced: boolean;
  editions: { edition: number; replaced: boolean }[];
  model: DocumentModel;
}

/** A published edition of a public promise's återrapportering (default: the newest); 404 otherwise. */
export async function readPublicReportBack(
  ex: Executor,
  at: PublicPromiseAddress,
  edition?: number,
): Promise<PublicReportBack> {
  const { ref } = at;
  const row = await selectPublicReportEdition(ex, at.partnershipSlug, ref, edition);
  if (!row) throw new AppError("not_found", { entity: "report", value: ref });
  return {
    ref: row.ref,
    promiseTitle: row.title.sv,
    edition: row.edition,
    replaced: row.replaced,
    editions: row.editions,
    model: row.frozenModel as DocumentModel,
  };
}

/**
 * A public period report: assembled from the promise's approved follow-ups only (whatever else
 * the database holds never reaches it); 404 for a period whose report is not public.
 */
export async function readPublicPeriodReport(
  ex: Executor,
  at: PublicPromiseAddress,
  periodCode: string,
): Promise<{ ref: string; promiseTitle: string; period: string; model: DocumentModel }> {
  const head = await selectPublicPeriodReport(ex, at.partnershipSlug, at.ref, periodCode);
  const promise = head ? await findPromise(ex, { id: head.promiseId }) : null;
  if (!head || !promise) throw new AppError("not_found", { entity: "period", value: periodCode });
  const [municipality, data] = await Promise.all([
    loadMunicipality(ex, promise.partnershipId),
    loadPromiseData(ex, promise),
  ]);
  const approved: readonly string[] = PUBLIC_FOLLOW_UP_STATES;
  const publicData = {
    ...data,
    commitments: data.commitments.map((c) => ({
      ...c,
      followUps: c.followUps.filter((f) => approved.includes(f.state)),
    })),
  };
  const model = assemblePeriodReport({
    municipality,
    promise: publicData,
    periodCode,
    registrationNumber: head.registrationNumber,
  });
  return { ref: promise.ref, promiseTitle: promise.title.sv, period: periodCode, model };
}

/** A public document as a file: its bytes, name and type. */
export async function publicDocumentFile(
  model: DocumentModel,
  name: { ref: string; kind: string },
  format: DocumentFormat,
  pdf: () => PdfProvider,
) {
  return {
    bytes: await renderDocument(model, format, pdf),
    fileName: documentFileName(name.ref, name.kind, format),
    contentType: CONTENT_TYPES[format],
  };
}
