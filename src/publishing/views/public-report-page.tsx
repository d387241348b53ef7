/**
 * A public report as an accessible page: the återrapportering (a published edition, the
 * replaced ones marked and still readable) or a period report, with its PDF and DOCX downloads.
 * The document is the same model the downloads are rendered from.
 */
import { raw } from "hono/html";
import { textDirection } from "../../platform/i18n/index.js";
import { Layout, localHref, type PageContext } from "../../platform/web/layout.js";
import type { DocumentModel } from "../../reports/model/document.js";
import { renderHtmlBody } from "../../reports/render/html.js";

const FORMATS = ["pdf", "docx"] as const;

export function PublicReportPage(props: {
  ctx: PageContext;
  title: string;
  /** The page's own address (downloads are below it). */
  path: string;
  /** The promise page's address. */
  promisePath: string;
  model: DocumentModel;
  /** The återrapportering's editions; absent for a period report. */
  editions?: {
    current: number;
    replaced: boolean;
    all: { edition: number; replaced: boolean }[];
  };
}) {
  const { ctx, editions } = props;
  const { t } = ctx;
  const query = editions ? `?utgava=${editions.current}` : "";
  return (
    <Layout ctx={ctx} title={props.title}>
      <link rel="stylesheet" href="/assets/report.css" />
      <h1>{props.title}</h1>
      <p>
        <a href={localHref(ctx, props.promisePath)}>{t("publishing.reports.backToPromise")}</a>
      </p>
      {editions ? <p>{t("publishing.reports.thisEdition", { edition: editions.current })}</p> : null}
      {editions?.replaced ? <p class="notice">{t("publishing.reports.replacedNotice")}</p> : null}
      <section aria-labelledby="ladda-ner">
        <h2 id="ladda-ner">{t("publishing.reports.download")}</h2>
        <ul>
          {FORMATS.map((f) => (
            <li>
              <a href={localHref(ctx, `${props.path}/ladda-ner/${f}${query}`)}>
                {t(`publishing.reports.download.${f}`)}
              </a>
            </li>
          ))}
        </ul>
      </section>
      {editions && editions.all.length > 1 ? (
        <section aria-labelledby="utgavor">
          <h2 id="utgavor">{t("publishing.reports.editions")}</h2>
          <ul>
            {editions.all.map((e) => (
              <li>
                <a
                  href={localHref(ctx, `${props.path}?utgava=${e.edition}`)}
                  aria-current={e.edition === editions.current ? "page" : undefined}
                >
                  {t("publishing.reports.edition", { edition: e.edition })}
                </a>
                {e.replaced ? ` (${t("publishing.reports.replaced")})` : ""}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <section aria-labelledby="dokumentet" class="report-preview">
        <h2 id="dokumentet">{t("publishing.reports.document")}</h2>
        {/* The decided document is Swedish (its own lang says so); tell the reader, and keep it left to right. */}
        {ctx.locale === "sv" ? null : <p class="only-sv">{t("lang.onlySwedish")}</p>}
        <div dir={textDirection(ctx.locale) === "rtl" ? "ltr" : undefined}>
          {raw(renderHtmlBody(props.model, { headingOffset: 2 }))}
        </div>
      </section>
    </Layout>
  );
}
