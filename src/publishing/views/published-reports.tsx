import type { LocalizedText } from "../../platform/i18n/localized-text.js";
import { localHref, type PageContext } from "../../platform/web/layout.js";
import type { PublishedReport } from "../publishing.types.js";
import { LocalParagraphs, shownText } from "./local-text.js";

/** The published report-back editions of a promise, newest first: title, case facts, matter, decisions. */
export function PublishedReports(props: {
  ctx: PageContext;
  reports: PublishedReport[];
  /** The promise page's address. */
  promisePath: string;
}) {
  const { ctx, reports } = props;
  const reportPath = `${props.promisePath}/aterrapportering`;
  const { t } = ctx;
  return (
    <section aria-labelledby="reports">
      <h2 id="reports">{t("publishing.reports.title")}</h2>
      <p>{t("publishing.reports.intro")}</p>
      {reports.map((report) => {
        const title = shownText(ctx, report.title);
        return (
          <article class="report" aria-labelledby={`report-${report.edition}`}>
            <h3 id={`report-${report.edition}`} {...title.attrs}>
              {title.text}
            </h3>
            <p>
              <a href={localHref(ctx, `${reportPath}?utgava=${report.edition}`)}>
                {t("publishing.reports.read", { edition: report.edition })}
              </a>{" "}
              (<a href={`${reportPath}/ladda-ner/pdf?utgava=${report.edition}`}>PDF</a>,{" "}
              <a href={`${reportPath}/ladda-ner/docx?utgava=${report.edition}`}>DOCX</a>)
            </p>
            {report.replaced ? <p class="notice">{t("publishing.reports.replaced")}</p> : null}
            <dl class="facts">
              <dt>{t("publishing.reports.edition", { edition: report.edition })}</dt>
              <dd>
                {report.datedOn ? (
                  <>
                    {t("publishing.reports.datedOn")} <time datetime={report.datedOn}>{report.datedOn}</time>
                  </>
                ) : (
                  "–"
                )}
              </dd>
              {report.registrationNumber ? (
                <>
                  <dt>{t("publishing.reports.registrationNumber")}</dt>
                  <dd>{report.registrationNumber}</dd>
                </>
              ) : null}
            </dl>
            {report.matter ? (
              <>
                <p>
                  <strong>{t("publishing.reports.matter")}</strong>
                </p>
                <Paragraphs ctx={ctx} text={report.matter} />
              </>
            ) : null}
            {report.decisions.map((d) => (
              <>
                <p>
                  <strong>
                    {d.step === "committee"
                      ? d.paragraph
                        ? t("publishing.reports.committeeParagraph", {
                            body: d.body,
                            date: d.decidedOn,
                            paragraph: d.paragraph,
                          })
                        : t("publishing.reports.committee", { body: d.body, date: d.decidedOn })
                      : d.paragraph
                        ? t("publishing.reports.decisionParagraph", {
                            body: d.body,
                            date: d.decidedOn,
                            paragraph: d.paragraph,
                          })
                        : t("publishing.reports.decision", { body: d.body, date: d.decidedOn })}
                  </strong>
                </p>
                <Paragraphs ctx={ctx} text={d.text} />
              </>
            ))}
          </article>
        );
      })}
    </section>
  );
}

function Paragraphs(props: { ctx: PageContext; text: LocalizedText }) {
  return <LocalParagraphs ctx={props.ctx} text={props.text} />;
}
