import { type Context, Hono } from "hono";
import { AppError } from "../platform/errors.js";
import type { AppEnv } from "../platform/http/env.js";
import { pageContext } from "../platform/http/page-context.js";
import { parseInput } from "../platform/http/parse.js";
import { PeriodCodeSchema, RefSchema, SlugSchema } from "../platform/http/schemas.js";
import { sharedPdfProvider } from "../platform/pdf/pdf.js";
import { PUBLIC_VIEWER } from "../platform/viewer.js";
import { localHref, type PageContext } from "../platform/web/layout.js";
import { readPromisePreview } from "./preview.js";
import { readPublicIndicators } from "./public-indicators.js";
import { isReservedSegment, publicPromisePath } from "./public-paths.js";
import {
  readPublicContacts,
  readPublicHome,
  readPublicPartnershipPage,
  readPublicPromisePage,
  readPublicPromisePlaces,
} from "./public-readers.js";
import { publicDocumentFile, readPublicPeriodReport, readPublicReportBack } from "./public-reports.js";
import { markPublic } from "./public-snapshot.js";
import type { OverviewFilters, PublicPromiseAddress } from "./publishing.types.js";
import { AccessibilityPage } from "./views/accessibility-page.js";
import { ChoosePromisePage } from "./views/choose-promise-page.js";
import { HomePage } from "./views/home-page.js";
import { PartnershipPage } from "./views/partnership-page.js";
import { PromisePage } from "./views/promise-page.js";
import { PublicIndicatorsPage } from "./views/public-indicators-page.js";
import { PublicReportPage } from "./views/public-report-page.js";
import { publicWalkPages } from "./walks.pages.js";

/**
 * The context of a public page: language and address only. The viewer is always the resident, so
 * a signed-in staff member gets the same bytes as anyone else (and the page could be cached).
 */
function publicPageContext(c: Context<AppEnv>): PageContext {
  return { ...pageContext(c), viewer: PUBLIC_VIEWER, csrfToken: null };
}

const CLASSIFICATIONS = new Set(["vulnerable", "risk", "especially_vulnerable"]);

/**
 * The start page's filters from the query (`lan`, `kommun`, `klassning`, `ar`, `sida`); an empty
 * value is "all". A value that cannot be one is a 400 (a Swedish error page), never a 500.
 */
function overviewQueryOf(c: Context<AppEnv>): { filters: OverviewFilters; page: number } {
  const value = (name: string) => {
    const v = c.req.query(name)?.trim();
    return v === undefined || v === "" ? undefined : v;
  };
  const refuse = (param: string, v: string): never => {
    throw new AppError("invalid_query", { param, value: v.slice(0, 100) });
  };
  const filters: OverviewFilters = {};
  const county = value("lan");
  if (county !== undefined) filters.county = county.length > 100 ? refuse("lan", county) : county;
  const municipality = value("kommun");
  if (municipality !== undefined)
    filters.municipality = municipality.length > 200 ? refuse("kommun", municipality) : municipality;
  const classification = value("klassning");
  if (classification !== undefined) {
    if (!CLASSIFICATIONS.has(classification)) refuse("klassning", classification);
    filters.classification = classification as OverviewFilters["classification"];
  }
  const year = value("ar");
  if (year !== undefined) {
    if (!/^\d{4}$/.test(year) || Number(year) < 2000 || Number(year) > 2100) refuse("ar", year);
    filters.year = Number(year);
  }
  const page = value("sida");
  if (page !== undefined && !/^[1-9]\d{0,4}$/.test(page)) refuse("sida", page);
  return { filters, page: page === undefined ? 1 : Number(page) };
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

/**
 * `/loften/<ref>…`, the address before promise references were per partnership: 301 to the one
 * public promise with the reference (the rest of the path and the query kept), a page listing them
 * when several partnerships have one, 404 when none does.
 */
async function redirectOldAddress(c: Context<AppEnv>) {
  const ref = refOf(c);
  const places = await readPublicPromisePlaces(c.get("db"), ref);
  const [only] = places;
  if (places.length === 0 || !only) throw new AppError("not_found", { entity: "promise", value: ref });
  if (places.length > 1)
    return c.html(<ChoosePromisePage ctx={publicPageContext(c)} ref={ref} places={places} />);
  const query = new URL(c.req.url).searchParams;
  query.delete("lang"); // the language goes into the address's prefix
  const search = query.size > 0 ? `?${query}` : "";
  const rest = c.req.path.slice(`/loften/${ref}`.length);
  const target = `${publicPromisePath(only.partnershipSlug, ref)}${rest}${search}`;
  return c.redirect(localHref(publicPageContext(c), target), 301);
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

/** The address of a public promise page, from the path; a reserved first segment is not one. */
function addressOf(c: Context<AppEnv>): PublicPromiseAddress | null {
  const partnership = c.req.param("partnership") ?? "";
  if (isReservedSegment(partnership)) return null;
  return {
    partnershipSlug: parseInput(SlugSchema, partnership, { code: "invalid_ref", param: "partnership" }),
    ref: refOf(c),
  };
}

/**
 * Public pages for residents (server-rendered, no JavaScript), read only through the public
 * readers and marked for the published snapshot; and the workspace preview of a promise page,
 * drafts included, clearly marked. A promise lives at `/<partnership>/<ref>`; the old
 * `/loften/<ref>` (and below) redirects there when one public promise has the reference, lists
 * them when several do.
 */
export const publishingPages = new Hono<AppEnv>()
  .get("/", async (c) => {
    const { filters, page } = overviewQueryOf(c);
    const model = await readPublicHome(c.get("db"), filters, page);
    if (page > model.pageCount) throw new AppError("not_found", { entity: "page", value: String(page) });
    markPublic(c);
    return c.html(<HomePage ctx={publicPageContext(c)} model={model} />);
  })
  .get("/tillganglighet", async (c) => {
    const contacts = await readPublicContacts(c.get("db"));
    return c.html(<AccessibilityPage ctx={publicPageContext(c)} contacts={contacts} />);
  })
  .get("/:partnership", async (c, next) => {
    const slug = c.req.param("partnership");
    if (isReservedSegment(slug)) return next();
    if (!SlugSchema.safeParse(slug).success)
      throw new AppError("not_found", { entity: "partnership", value: slug.slice(0, 100) });
    const model = await readPublicPartnershipPage(c.get("db"), slug);
    markPublic(c);
    return c.html(<PartnershipPage ctx={publicPageContext(c)} model={model} />);
  })
  .get("/loften/:ref/*", (c) => redirectOldAddress(c))
  .get("/loften/:ref", (c) => redirectOldAddress(c))
  .route("/", publicWalkPages)
  .get("/:partnership/trygghet", async (c, next) => {
    const slug = c.req.param("partnership");
    if (isReservedSegment(slug)) return next();
    const model = await readPublicIndicators(
      c.get("db"),
      parseInput(SlugSchema, slug, { code: "invalid_ref", param: "partnership" }),
    );
    markPublic(c);
    return c.html(<PublicIndicatorsPage ctx={publicPageContext(c)} model={model} />);
  })
  .get("/:partnership/:ref", async (c, next) => {
    const at = addressOf(c);
    if (!at) return next();
    const model = await readPublicPromisePage(c.get("db"), at, periodOf(c));
    markPublic(c);
    return c.html(<PromisePage ctx={publicPageContext(c)} model={model} />);
  })
  .get("/:partnership/:ref/aterrapportering", async (c, next) => {
    const at = addressOf(c);
    if (!at) return next();
    const ctx = publicPageContext(c);
    const report = await readPublicReportBack(c.get("db"), at, editionOf(c));
    markPublic(c);
    return c.html(
      <PublicReportPage
        ctx={ctx}
        title={ctx.t("publishing.reports.page", { promise: report.promiseTitle })}
        path={`${publicPromisePath(at.partnershipSlug, report.ref)}/aterrapportering`}
        promisePath={publicPromisePath(at.partnershipSlug, report.ref)}
        model={report.model}
        editions={{ current: report.edition, replaced: report.replaced, all: report.editions }}
      />,
    );
  })
  .get("/:partnership/:ref/aterrapportering/ladda-ner/:format", async (c, next) => {
    const at = addressOf(c);
    if (!at) return next();
    const report = await readPublicReportBack(c.get("db"), at, editionOf(c));
    return sendPublicFile(c, report.model, {
      ref: report.ref,
      kind: `aterrapportering-utgava-${report.edition}`,
    });
  })
  .get("/:partnership/:ref/period/:period", async (c, next) => {
    const at = addressOf(c);
    if (!at) return next();
    const ctx = publicPageContext(c);
    const report = await readPublicPeriodReport(c.get("db"), at, periodParamOf(c));
    markPublic(c);
    return c.html(
      <PublicReportPage
        ctx={ctx}
        title={ctx.t("publishing.periodReports.page", {
          period: report.period,
          promise: report.promiseTitle,
        })}
        path={`${publicPromisePath(at.partnershipSlug, report.ref)}/period/${report.period}`}
        promisePath={publicPromisePath(at.partnershipSlug, report.ref)}
        model={report.model}
      />,
    );
  })
  .get("/:partnership/:ref/period/:period/ladda-ner/:format", async (c, next) => {
    const at = addressOf(c);
    if (!at) return next();
    const report = await readPublicPeriodReport(c.get("db"), at, periodParamOf(c));
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
