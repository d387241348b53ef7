import { type Context, Hono } from "hono";
import { AppError } from "../platform/errors.js";
import type { AppEnv } from "../platform/http/env.js";
import { pageContext } from "../platform/http/page-context.js";
import { parseInput } from "../platform/http/parse.js";
import { PeriodCodeSchema, RefSchema, SlugSchema } from "../platform/http/schemas.js";
import { sharedPdfProvider } from "../platform/pdf/pdf.js";
import { PUBLIC_VIEWER } from "../platform/viewer.js";
import type { PageContext } from "../platform/web/layout.js";
import { readPromisePreview } from "./preview.js";
import { readPublicHome, readPublicPromisePage } from "./public-readers.js";
import { publicDocumentFile, readPublicPeriodReport, readPublicReportBack } from "./public-reports.js";
import { HomePage } from "./views/home-page.js";
import { PromisePage } from "./views/promise-page.js";
import { PublicReportPage } from "./views/public-report-page.js";

/**
 * The context of a public page: language and address only. The viewer is always the resident, so
 * a signed-in staff member gets the same bytes as anyone else (and the page could be cached).
 */
function publicPageContext(c: Context<AppEnv>): PageContext {
  return { ...pageContext(c), viewer: PUBLIC_VIEWER, csrfToken: null };
}

const refOf = (c: Context<AppEnv>) =>
  parseInput(RefSchema, c.req.param("ref"), { code: "invalid_ref", param: "ref" });

function periodOf(c: Context<AppEnv>): string | undefined {
  const period = c.req.query("period");
  return period === undefined
    ? undefined
    : parseInput(PeriodCodeSchema, period, { code: "invalid_query", param: "period" });
}

function editionOf(c: Context<AppEnv>): number | undefined {
  const value = c.req.query("utgava");
  if (value === undefined) return undefined;
  if (!/^[1-9]\d{0,5}$/.test(value)) throw new AppError("invalid_query", { param: "utgava", value });
  return Number(value);
}

const periodParamOf = (c: Context<AppEnv>) =>
  parseInput(PeriodCodeSchema, c.req.param("period"), { code: "invalid_query", param: "period" });

/** The download formats residents get (the page itself is the HTML). */
function formatOf(c: Context<AppEnv>): "pdf" | "docx" {
  const format = c.req.param("format");
  if (format !== "pdf" && format !== "docx")
    throw new AppError("not_found", { entity: "route", value: c.req.path });
  return format;
}

async function sendPublicFile(
  c: Context<AppEnv>,
  model: Parameters<typeof publicDocumentFile>[0],
  name: { ref: string; kind: string },
) {
  const file = await publicDocumentFile(model, name, formatOf(c), () =>
    sharedPdfProvider(c.get("config").chromiumPath),
  );
  return c.body(new Uint8Array(file.bytes), 200, {
    "Content-Type": file.contentType,
    "Content-Disposition": `attachment; filename="${file.fileName}"`,
  });
}

/**
 * Public pages for residents (server-rendered, no JavaScript), read only through the public
 * readers; and the workspace preview of a promise page, drafts included, clearly marked.
 */
export const publishingPages = new Hono<AppEnv>()
  .get("/", async (c) => {
    const model = await readPublicHome(c.get("db"));
    return c.html(<HomePage ctx={publicPageContext(c)} model={model} />);
  })
  .get("/loften/:ref", async (c) => {
    const model = await readPublicPromisePage(c.get("db"), refOf(c), periodOf(c));
    return c.html(<PromisePage ctx={publicPageContext(c)} model={model} />);
  })
  .get("/loften/:ref/aterrapportering", async (c) => {
    const ctx = publicPageContext(c);
    const report = await readPublicReportBack(c.get("db"), refOf(c), editionOf(c));
    return c.html(
      <PublicReportPage
        ctx={ctx}
        title={ctx.t("publishing.reports.page", { promise: report.promiseTitle })}
        path={`/loften/${report.ref}/aterrapportering`}
        promiseRef={report.ref}
        model={report.model}
        editions={{ current: report.edition, replaced: report.replaced, all: report.editions }}
      />,
    );
  })
  .get("/loften/:ref/aterrapportering/ladda-ner/:format", async (c) => {
    const report = await readPublicReportBack(c.get("db"), refOf(c), editionOf(c));
    return sendPublicFile(c, report.model, {
      ref: report.ref,
      kind: `aterrapportering-utgava-${report.edition}`,
    });
  })
  .get("/loften/:ref/period/:period", async (c) => {
    const ctx = publicPageContext(c);
    const report = await readPublicPeriodReport(c.get("db"), refOf(c), periodParamOf(c));
    return c.html(
      <PublicReportPage
        ctx={ctx}
        title={ctx.t("publishing.periodReports.page", {
          period: report.period,
          promise: report.promiseTitle,
        })}
        path={`/loften/${report.ref}/period/${report.period}`}
        promiseRef={report.ref}
        model={report.model}
      />,
    );
  })
  .get("/loften/:ref/period/:period/ladda-ner/:format", async (c) => {
    const report = await readPublicPeriodReport(c.get("db"), refOf(c), periodParamOf(c));
    return sendPublicFile(c, report.model, { ref: report.ref, kind: `period-${report.period}` });
  })
  .get("/arbete/:partnership/loften/:ref/forhandsvisning", async (c) => {
    const partnershipSlug = parseInput(SlugSchema, c.req.param("partnership"), {
      code: "invalid_ref",
      param: "partnership",
    });
    const ref = refOf(c);
    const period = periodOf(c);
    const model = await readPromisePreview({
      db: c.get("db"),
      viewer: c.get("viewer"),
      partnershipSlug,
      ref,
      ...(period ? { period } : {}),
    });
    const path = `/arbete/${partnershipSlug}/loften/${ref}/forhandsvisning`;
    return c.html(<PromisePage ctx={pageContext(c)} model={model} preview={{ path }} />);
  });
