/**
 * Workspace pages of the reports module: the återrapportering (preview, validation list with links
 * to what to fix, decision chain, downloads in each format, editions) and the period reports.
 * Each handler reads its form with the form's schema (reports.types.ts), calls one service and
 * renders a view; who may do what is the services' business (reports.policy.ts). Documents are
 * built by the same service as the CLI (`build-document.ts`).
 */
import type { Context } from "hono";
import { Hono } from "hono";
import type { z } from "zod";
import type { PeriodScheme } from "../periods/calendar.js";
import { AppError, isAppError } from "../platform/errors.js";
import type { AppEnv } from "../platform/http/env.js";
import { parseForm } from "../platform/http/form.js";
import type { MessageKey } from "../platform/i18n/index.js";
import { sharedPdfProvider } from "../platform/pdf/pdf.js";
import { requireWorkspace, type Workspace } from "../workspace/workspace-context.js";
import { DOCUMENT_FORMATS, type DocumentFormat } from "./build-document.js";
import {
  advanceReport,
  editReportSections,
  recordConsultations,
  recordDecision,
  supersedeReport,
} from "./decision-chain.js";
import { PREVIEW_CSS } from "./render/html.js";
import {
  type DocumentFile,
  getPeriodReportPage,
  getReportBackPage,
  getReportSections,
  listReports,
  periodReportFile,
  reportBackFile,
} from "./report-pages.js";
import {
  ChainStepSchema,
  ConsultationsSchema,
  DecisionSchema,
  ReportSectionsSchema,
} from "./reports.types.js";
import { ReportBackPage } from "./views/report-back-page.js";
import { PeriodReportPage, ReportSectionsPage, ReportsListPage } from "./views/report-pages.js";
import type { ReportFrame } from "./views/report-parts.js";

type C = Context<AppEnv>;

const PROMISE = "/arbete/:partnership/loften/:ref";
const REPORT_BACK = `${PROMISE}/aterrapportering`;

export const reportsPages = new Hono<AppEnv>();

reportsPages.get("/assets/report.css", (c) =>
  c.body(PREVIEW_CSS, 200, {
    "Content-Type": "text/css; charset=utf-8",
    "Cache-Control": "public, max-age=3600",
  }),
);

const frameOf = (ws: Workspace): ReportFrame => ({
  ctx: ws.ctx,
  nav: ws.nav,
  partnershipName: ws.partnership.name,
  slug: ws.partnership.slug,
  periodScheme: ws.partnership.periodScheme as PeriodScheme,
});

/** The workspace's viewer and the promise the address names, as a service's key. */
const reportOf = (c: C, ws: Workspace) => ({
  db: c.get("db"),
  viewer: ws.principal,
  partnershipId: ws.partnership.id,
  ref: c.req.param("ref") ?? "",
});

const editionOf = (c: C) => {
  const value = c.req.query("utgava");
  if (value === undefined) return undefined;
  if (!/^[1-9]\d*$/.test(value)) throw new AppError("invalid_query", { param: "utgava", value });
  return Number(value);
};

const formatOf = (c: C): DocumentFormat => {
  const format = c.req.param("format") as DocumentFormat;
  if (!DOCUMENT_FORMATS.includes(format))
    throw new AppError("not_found", { entity: "route", value: c.req.path });
  return format;
};

const pdfOf = (c: C) => () => sharedPdfProvider(c.get("config").chromiumPath);

const sendDocument = (c: C, file: DocumentFile) =>
  c.body(new Uint8Array(file.bytes), 200, {
    "Content-Type": file.contentType,
    "Content-Disposition": `attachment; filename="${file.fileName}"`,
  });

async function reportBackPage(c: C, ws: Workspace, notice?: string) {
  const edition = editionOf(c);
  const page = await getReportBackPage({ ...reportOf(c, ws), edition });
  return c.html(<ReportBackPage frame={frameOf(ws)} page={page} edition={edition} notice={notice} />);
}

/** A refusal of the chain shown on the page again: it moved on meanwhile, or the step is not possible now. */
const shownOnPage = (error: unknown): error is AppError =>
  isAppError(error) && (error.code === "transition_refused" || error.code === "conflict");

/** Runs one step of the chain; a refusal shows the page again with the reason (409), else 303 back. */
function chainStep<S extends z.ZodType>(
  schema: S,
  step: (c: C, ws: Workspace, input: z.output<S>) => Promise<unknown>,
) {
  return async (c: C) => {
    const ws = await requireWorkspace(c);
    const input = await parseForm(c, schema);
    try {
      await step(c, ws, input);
    } catch (error) {
      if (!shownOnPage(error)) throw error;
      c.status(409);
      return reportBackPage(c, ws, ws.ctx.t(`errors.${error.code}` as MessageKey, error.params));
    }
    return c.redirect(`/arbete/${ws.partnership.slug}/loften/${c.req.param("ref")}/aterrapportering`, 303);
  };
}

reportsPages.get(REPORT_BACK, async (c) => reportBackPage(c, await requireWorkspace(c)));

/** The document in a format; the same bytes as `medborgarlofte report` gives. */
reportsPages.get(`${REPORT_BACK}/ladda-ner/:format`, async (c) => {
  const ws = await requireWorkspace(c);
  const file = await reportBackFile({
    ...reportOf(c, ws),
    edition: editionOf(c),
    format: formatOf(c),
    pdf: pdfOf(c),
  });
  return sendDocument(c, file);
});

reportsPages.post(
  `${REPORT_BACK}/skicka`,
  chainStep(ChainStepSchema, (c, ws, input) => advanceReport({ ...reportOf(c, ws), ...input })),
);

reportsPages.post(
  `${REPORT_BACK}/samrad`,
  chainStep(ConsultationsSchema, (c, ws, input) => recordConsultations({ ...reportOf(c, ws), ...input })),
);

reportsPages.post(
  `${REPORT_BACK}/beslut`,
  chainStep(DecisionSchema, (c, ws, input) => recordDecision({ ...reportOf(c, ws), ...input })),
);

reportsPages.post(
  `${REPORT_BACK}/rattelse`,
  chainStep(ChainStepSchema, (c, ws, input) => supersedeReport({ ...reportOf(c, ws), ...input })),
);

reportsPages.get(`${REPORT_BACK}/redigera`, async (c) => {
  const ws = await requireWorkspace(c);
  const sections = await getReportSections(reportOf(c, ws));
  return c.html(
    <ReportSectionsPage
      frame={frameOf(ws)}
      ref={sections.promise.ref}
      version={sections.version}
      values={sections.values}
    />,
  );
});

reportsPages.post(`${REPORT_BACK}/redigera`, async (c) => {
  const ws = await requireWorkspace(c);
  const { version, ...values } = await parseForm(c, ReportSectionsSchema);
  try {
    await editReportSections({ ...reportOf(c, ws), version, values });
  } catch (error) {
    if (!shownOnPage(error)) throw error;
    // The form again with what the user typed and the reason, on the version saved now.
    const current = await getReportSections(reportOf(c, ws));
    c.status(409);
    return c.html(
      <ReportSectionsPage
        frame={frameOf(ws)}
        ref={current.promise.ref}
        version={current.version}
        values={values}
        error={ws.ctx.t(`errors.${error.code}` as MessageKey, error.params)}
      />,
    );
  }
  return c.redirect(`/arbete/${ws.partnership.slug}/loften/${c.req.param("ref")}/aterrapportering`, 303);
});

// Period reports.

reportsPages.get(`${PROMISE}/period/:period`, async (c) => {
  const ws = await requireWorkspace(c);
  const period = c.req.param("period");
  const page = await getPeriodReportPage({ ...reportOf(c, ws), period });
  return c.html(
    <PeriodReportPage frame={frameOf(ws)} promise={page.promise} period={period} built={page.built} />,
  );
});

reportsPages.get(`${PROMISE}/period/:period/ladda-ner/:format`, async (c) => {
  const ws = await requireWorkspace(c);
  const file = await periodReportFile({
    ...reportOf(c, ws),
    period: c.req.param("period"),
    format: formatOf(c),
    pdf: pdfOf(c),
  });
  return sendDocument(c, file);
});

/** The reports of the partnership's promises: each promise's report-back and period reports. */
reportsPages.get("/arbete/:partnership/rapporter", async (c) => {
  const ws = await requireWorkspace(c);
  const reports = await listReports({
    db: c.get("db"),
    viewer: ws.principal,
    partnershipId: ws.partnership.id,
  });
  return c.html(<ReportsListPage frame={frameOf(ws)} reports={reports} />);
});
