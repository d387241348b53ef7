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
import { formError, parseForm, readForm, validateForm } from "../platform/http/form.js";
import type { MessageKey } from "../platform/i18n/index.js";
import { sharedPdfProvider } from "../platform/pdf/pdf.js";
import { requireWorkspace, type Workspace } from "../workspace/workspace-context.js";
import { DOCUMENT_FORMATS, type DocumentFormat } from "./build-document.js";
import { createReportBack } from "./create-report.js";
import {
  advanceReport,
  editReportSections,
  recordCommitteeDecision,
  recordConsultations,
  recordDecision,
  supersedeReport,
} from "./decision-chain.js";
import { getReportList, saveReportList } from "./formal-parts.js";
import { PREVIEW_CSS } from "./render/html.js";
import { getReportDefaults, saveDefaults, saveLogo } from "./report-defaults.js";
import {
  type DocumentFile,
  getPeriodReportPage,
  getReportBackPage,
  getReportBackStart,
  getReportSections,
  listReports,
  periodReportFile,
  reportBackFile,
} from "./report-pages.js";
import {
  ChainStepSchema,
  CommitteeDecisionSchema,
  ConsultationsSchema,
  CorrectionSchema,
  DecisionSchema,
  LIST_KINDS,
  type ListKind,
  LogoFormSchema,
  listSchema,
  ReportDefaultsSchema,
  ReportSectionsSchema,
} from "./reports.types.js";
import { ReportBackPage, ReportBackStartPage } from "./views/report-back-page.js";
import { ReportDefaultsPage } from "./views/report-defaults-page.js";
import { ReportListPage } from "./views/report-list-page.js";
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
  if (edition === undefined) {
    const start = await getReportBackStart(reportOf(c, ws));
    if (start) return c.html(<ReportBackStartPage frame={frameOf(ws)} start={start} notice={notice} />);
  }
  const page = await getReportBackPage({ ...reportOf(c, ws), edition });
  return c.html(<ReportBackPage frame={frameOf(ws)} page={page} edition={edition} notice={notice} />);
}

/**
 * A refusal shown on the page again: it moved on meanwhile, the step is not possible now, or
 * what was typed is refused (a date that does not exist, is before the promise or in the future).
 */
const shownOnPage = (error: unknown): error is AppError =>
  isAppError(error) &&
  (error.code === "transition_refused" || error.code === "conflict" || error.code === "invalid_body");

/** The refusal's message in the page's language (the specific one when there is one). */
const messageOf = (ws: Workspace, error: AppError) => {
  const specific = `errors.${error.code}.${error.params.entity ?? ""}` as MessageKey;
  const text = ws.ctx.t(specific, error.params);
  return text === specific ? ws.ctx.t(`errors.${error.code}` as MessageKey, error.params) : text;
};
const statusOf = (error: AppError) => (error.code === "invalid_body" ? 400 : 409);

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
      c.status(statusOf(error));
      return reportBackPage(c, ws, messageOf(ws, error));
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
  `${REPORT_BACK}/utskott`,
  chainStep(CommitteeDecisionSchema, (c, ws, input) =>
    recordCommitteeDecision({ ...reportOf(c, ws), ...input }),
  ),
);

reportsPages.post(
  `${REPORT_BACK}/rattelse`,
  chainStep(CorrectionSchema, (c, ws, input) => supersedeReport({ ...reportOf(c, ws), ...input })),
);

/** Creates the återrapportering of a promise that is followed up, prefilled; then shows it. */
reportsPages.post(`${REPORT_BACK}/skapa`, async (c) => {
  const ws = await requireWorkspace(c);
  try {
    await createReportBack(reportOf(c, ws));
  } catch (error) {
    if (!shownOnPage(error)) throw error;
    c.status(statusOf(error));
    return reportBackPage(c, ws, messageOf(ws, error));
  }
  return c.redirect(`/arbete/${ws.partnership.slug}/loften/${c.req.param("ref")}/aterrapportering`, 303);
});

const listKindOf = (c: C): ListKind => {
  const kind = c.req.param("list") as ListKind;
  if (!LIST_KINDS.includes(kind)) throw new AppError("not_found", { entity: "route", value: c.req.path });
  return kind;
};

/** A list of the formal parts: its rows, to edit, add to, remove from and reorder. */
reportsPages.get(`${REPORT_BACK}/listor/:list`, async (c) => {
  const ws = await requireWorkspace(c);
  const kind = listKindOf(c);
  const list = await getReportList({ ...reportOf(c, ws), kind });
  return c.html(
    <ReportListPage
      frame={frameOf(ws)}
      kind={kind}
      ref={list.promise.ref}
      version={list.version}
      items={list.items}
    />,
  );
});

reportsPages.post(`${REPORT_BACK}/listor/:list`, async (c) => {
  const ws = await requireWorkspace(c);
  const kind = listKindOf(c);
  const input = await parseForm(c, listSchema(kind));
  try {
    await saveReportList({ ...reportOf(c, ws), kind, ...input });
  } catch (error) {
    if (!shownOnPage(error)) throw error;
    // The list as saved now (the other person's values), with the reason.
    const current = await getReportList({ ...reportOf(c, ws), kind });
    c.status(statusOf(error));
    return c.html(
      <ReportListPage
        frame={frameOf(ws)}
        kind={kind}
        ref={current.promise.ref}
        version={current.version}
        items={error.code === "conflict" ? current.items : input.items}
        error={messageOf(ws, error)}
      />,
    );
  }
  return c.redirect(`/arbete/${ws.partnership.slug}/loften/${c.req.param("ref")}/aterrapportering`, 303);
});

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
    // The form again with what the user typed and the reason, on the version saved now; on a
    // conflict the values saved meanwhile are shown beside it.
    const current = await getReportSections(reportOf(c, ws));
    c.status(statusOf(error));
    return c.html(
      <ReportSectionsPage
        frame={frameOf(ws)}
        ref={current.promise.ref}
        version={current.version}
        values={values}
        saved={error.code === "conflict" ? current.values : undefined}
        error={messageOf(ws, error)}
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

// The partnership's defaults for new report-backs, and its logo.

const DEFAULTS = "/arbete/:partnership/rapporter/standard";

const defaultsOf = (c: C, ws: Workspace) => ({
  db: c.get("db"),
  viewer: ws.principal,
  partnershipId: ws.partnership.id,
});

async function defaultsPage(c: C, ws: Workspace, error?: string, typed?: Record<string, string>) {
  const defaults = await getReportDefaults(defaultsOf(c, ws));
  return c.html(
    <ReportDefaultsPage
      frame={frameOf(ws)}
      version={defaults.version}
      values={typed ? { ...defaults.values, ...typed } : defaults.values}
      logo={
        defaults.logo
          ? { type: defaults.logo.type, bytes: Math.ceil((defaults.logo.base64.length * 3) / 4) }
          : null
      }
      error={error}
    />,
  );
}

reportsPages.get(DEFAULTS, async (c) => defaultsPage(c, await requireWorkspace(c)));

reportsPages.post(DEFAULTS, async (c) => {
  const ws = await requireWorkspace(c);
  const { version, ...values } = await parseForm(c, ReportDefaultsSchema);
  try {
    await saveDefaults({ ...defaultsOf(c, ws), version, values });
  } catch (error) {
    if (!shownOnPage(error)) throw error;
    c.status(statusOf(error));
    return defaultsPage(c, ws, messageOf(ws, error), error.code === "conflict" ? undefined : values);
  }
  return c.redirect(`/arbete/${ws.partnership.slug}/rapporter/standard`, 303);
});

/** The logo upload (multipart, field `file`); its size is limited before anything reads the body. */
reportsPages.post(`${DEFAULTS}/logotyp`, async (c) => {
  const ws = await requireWorkspace(c);
  const body = await readForm(c);
  const result = validateForm(LogoFormSchema, body);
  if (!result.success) throw formError(result.issues);
  const file = body.file instanceof File ? new Uint8Array(await body.file.arrayBuffer()) : null;
  try {
    await saveLogo({ ...defaultsOf(c, ws), ...result.data, file });
  } catch (error) {
    if (!(shownOnPage(error) || (isAppError(error) && error.code === "payload_too_large"))) throw error;
    c.status(error.code === "payload_too_large" ? 413 : statusOf(error));
    return defaultsPage(c, ws, messageOf(ws, error));
  }
  return c.redirect(`/arbete/${ws.partnership.slug}/rapporter/standard`, 303);
});
