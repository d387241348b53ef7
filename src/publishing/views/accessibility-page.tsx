import { intlTag, type Locale } from "../../platform/i18n/index.js";
import { Layout, localHref, type PageContext } from "../../platform/web/layout.js";

/** When the statement was last assessed and updated (ISO dates); change them with the text. */
export const STATEMENT_ASSESSED = "2026-11-29";
export const STATEMENT_UPDATED = "2026-11-29";

const DIGG_URL = "https://www.digg.se/tdosanmalan";

const longDate = (locale: Locale, iso: string) =>
  new Intl.DateTimeFormat(intlTag(locale), { dateStyle: "long", timeZone: "UTC" }).format(
    new Date(`${iso}T00:00:00Z`),
  );

/**
 * The accessibility statement (tillgänglighetsredogörelse) with what DIGG requires, under DIGG's
 * model headings: who and what, compliance status, what is not accessible and why, how to get
 * content another way and report shortcomings (every partnership's contact), enforcement by DIGG
 * with its form, how it was assessed and the dates.
 */
export function AccessibilityPage(props: {
  ctx: PageContext;
  contacts: { slug: string; name: string; email: string | null; phone: string | null }[];
}) {
  const { ctx } = props;
  const { t } = ctx;
  return (
    <Layout ctx={ctx} title={t("a11y.title")}>
      <h1>{t("a11y.heading")}</h1>
      <p class="lead">{t("a11y.intro")}</p>
      <h2>{t("a11y.how.title")}</h2>
      <p>{t("a11y.how.text")}</p>
      <h2>{t("a11y.cannot.title")}</h2>
      <p>{t("a11y.cannot.text")}</p>
      <h2 id="rapportera">{t("a11y.report.title")}</h2>
      <p>{t("a11y.report.text")}</p>
      {props.contacts.length > 0 ? (
        <div class="table-scroll" tabindex={0} role="region" aria-labelledby="contacts-caption">
          <table>
            <caption id="contacts-caption">{t("a11y.report.contacts")}</caption>
            <thead>
              <tr>
                <th scope="col">{t("a11y.report.partnership")}</th>
                <th scope="col">{t("a11y.report.address")}</th>
              </tr>
            </thead>
            <tbody>
              {props.contacts.map((c) => (
                <tr>
                  <td>
                    <a href={localHref(ctx, `/${c.slug}`)}>{c.name}</a>
                  </td>
                  <td>
                    {c.email ? <a href={`mailto:${c.email}`}>{c.email}</a> : null}
                    {c.email && c.phone ? ", " : null}
                    {c.phone ?? null}
                    {!c.email && !c.phone ? t("a11y.report.none") : null}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
      <h2>{t("a11y.supervision.title")}</h2>
      <p>{t("a11y.supervision.text")}</p>
      <p>
        <a href={DIGG_URL}>{t("a11y.supervision.link")}</a>
      </p>
      <h2>{t("a11y.technical.title")}</h2>
      <p>{t("a11y.technical.text")}</p>
      <h3>{t("a11y.missing.title")}</h3>
      <ul>
        <li>{t("a11y.missing.attachments")}</li>
        <li>{t("a11y.missing.maps")}</li>
        <li>{t("a11y.missing.languages")}</li>
      </ul>
      <h2>{t("a11y.tested.title")}</h2>
      <p>{t("a11y.tested.text", { assessed: longDate(ctx.locale, STATEMENT_ASSESSED) })}</p>
      <p>{t("a11y.updated", { updated: longDate(ctx.locale, STATEMENT_UPDATED) })}</p>
    </Layout>
  );
}
