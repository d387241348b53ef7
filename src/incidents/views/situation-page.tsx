/**
 * One week's lägesbild: state, totals, a bar chart of the window's weeks and a map of counts per
 * area (each with the same figures as a table or list beside it), the category × area table with
 * trends, the assessment, and the coordinator's forms (compile again, assess, share, publish to
 * residents or withdraw).
 */
import { raw } from "hono/html";
import { renderBarChart } from "../../platform/charts/bar-chart.js";
import type { MessageKey } from "../../platform/i18n/index.js";
import type { Boundary } from "../../platform/maps/geojson.js";
import { renderSvgMap } from "../../platform/maps/svg-map.js";
import { CsrfField } from "../../platform/web/forms.js";
import type { PageContext } from "../../platform/web/layout.js";
import { type NavItem, WorkspaceLayout } from "../../platform/web/workspace-layout.js";
import type { SituationView } from "../situation-model.js";
import { SUPPRESS_BELOW } from "../suppression.js";
import { weekName } from "../weeks.js";
import { whenText } from "./incidents-page.js";
import { ErrorSummary, type Failure, Field, valueOf } from "./parts.js";

export interface SituationPageModel {
  ctx: PageContext;
  nav: NavItem[];
  slug: string;
  partnershipName: string;
  situation: SituationView & {
    week: string;
    name: string;
    state: "draft" | "shared";
    compiledAt: string;
    assessment: string;
    publishedAt: string | null;
    version: number;
    boundaries: { id: string; name: string; boundary: Boundary }[];
  };
  canCompile: boolean;
  canAssess: boolean;
  canShare: boolean;
  canPublish: boolean;
  notice?: string | undefined;
  failure?: Failure | undefined;
}

const shown = (n: number | null) => (n === null ? `<${SUPPRESS_BELOW}` : String(n));

export function SituationPage(props: { model: SituationPageModel }) {
  const m = props.model;
  const { ctx, situation: s } = m;
  const { t, locale } = ctx;
  const base = `/arbete/${m.slug}/handelser`;
  const title = t("incidents.situation.title", { week: s.name });
  const chart = renderBarChart(
    s.weeks.map((w, i) => ({ label: `v. ${Number(w.slice(6))}`, value: s.weekTotals[i] ?? 0 })),
    {
      id: "weeks-chart",
      title: t("incidents.situation.chart"),
      description: t("incidents.situation.chartDesc"),
    },
  );
  const countOf = (areaId: string) => s.byArea.find((a) => a.areaId === areaId)?.count ?? 0;
  const map = renderSvgMap(
    s.boundaries.map((b) => ({
      name: t("incidents.situation.mapArea", { area: b.name, count: shown(countOf(b.id)) }),
      boundary: b.boundary,
      highlight: countOf(b.id) !== 0,
    })),
    {
      id: "incident-map",
      title: t("incidents.situation.map"),
      description: t("incidents.situation.mapDesc"),
    },
  );
  const noArea = s.byArea.find((a) => a.areaId === null);
  return (
    <WorkspaceLayout ctx={ctx} title={title} partnershipName={m.partnershipName} nav={m.nav}>
      <h1>{title}</h1>
      <p>
        <a href={base}>{t("incidents.back")}</a>
      </p>
      {m.notice ? (
        <p class="notice" role="status">
          {m.notice}
        </p>
      ) : null}
      <p>
        {t("incidents.situation.state", {
          state: t(`incidents.state.${s.state}` as MessageKey),
          at: whenText(s.compiledAt, locale),
        })}
      </p>
      <p>{t("incidents.situation.total", { count: shown(s.total) })}</p>
      {s.suppressed ? <p>{t("incidents.situation.suppressedNote")}</p> : null}

      <h2>{t("incidents.situation.chart")}</h2>
      <figure>
        {raw(chart)}
        <figcaption>
          <table>
            <caption>{t("incidents.situation.chart")}</caption>
            <thead>
              <tr>
                <th scope="col">{t("incidents.situation.week")}</th>
                <th scope="col">{t("incidents.situation.count")}</th>
              </tr>
            </thead>
            <tbody>
              {s.weeks.map((w, i) => (
                <tr>
                  <th scope="row">{weekName(w, locale)}</th>
                  <td>{shown(s.weekTotals[i] ?? 0)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </figcaption>
      </figure>

      <h2>{t("incidents.situation.map")}</h2>
      {map ? (
        <figure>
          {raw(map.svg)}
          <figcaption>
            <ul>
              {map.alternative.map((line) => (
                <li>{line}</li>
              ))}
              {noArea ? (
                <li>
                  {t("incidents.situation.mapArea", {
                    area: t("incidents.situation.noArea"),
                    count: shown(noArea.count),
                  })}
                </li>
              ) : null}
            </ul>
          </figcaption>
        </figure>
      ) : (
        <ul>
          {s.byArea.map((a) => (
            <li>
              {t("incidents.situation.mapArea", {
                area: a.areaName ?? t("incidents.situation.noArea"),
                count: shown(a.count),
              })}
            </li>
          ))}
        </ul>
      )}

      <h2>{t("incidents.situation.cells")}</h2>
      {s.rows.length === 0 ? (
        <p>{t("incidents.situation.empty")}</p>
      ) : (
        <table>
          <caption>{t("incidents.situation.cells")}</caption>
          <thead>
            <tr>
              <th scope="col">{t("incidents.report.category")}</th>
              <th scope="col">{t("incidents.situation.area")}</th>
              <th scope="col">{t("incidents.situation.count")}</th>
              <th scope="col">{t("incidents.situation.mean")}</th>
              <th scope="col">{t("incidents.situation.trend")}</th>
            </tr>
          </thead>
          <tbody>
            {s.rows.map((r) => (
              <tr>
                <th scope="row">{r.categoryName}</th>
                <td>{r.areaName ?? t("incidents.situation.noArea")}</td>
                <td>{shown(r.count)}</td>
                <td>
                  {r.previousMean === null
                    ? `<${SUPPRESS_BELOW}`
                    : r.previousMean.toLocaleString(locale === "sv" ? "sv-SE" : "en-GB")}
                </td>
                <td>{t(`incidents.trend.${r.trend}` as MessageKey)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}

      {s.byCategory.length > 0 ? (
        <>
          <h2>{t("incidents.situation.byCategory")}</h2>
          <table>
            <caption>{t("incidents.situation.byCategory")}</caption>
            <thead>
              <tr>
                <th scope="col">{t("incidents.report.category")}</th>
                {s.weeks.map((w) => (
                  <th scope="col">{weekName(w, locale)}</th>
                ))}
              </tr>
            </thead>
            <tbody>
              {s.byCategory.map((c) => (
                <tr>
                  <th scope="row">{c.categoryName}</th>
                  {c.counts.map((n) => (
                    <td>{shown(n)}</td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </>
      ) : null}

      <h2>{t("incidents.assessment.title")}</h2>
      {m.canAssess ? (
        <form method="post" action={`${base}/lagesbild/${s.week}/bedomning`}>
          <CsrfField ctx={ctx} />
          <ErrorSummary ctx={ctx} failure={m.failure} form="assessment" />
          <input type="hidden" name="version" value={String(s.version)} />
          <Field
            ctx={ctx}
            form="assessment"
            name="assessment"
            label={t("incidents.assessment.label")}
            failure={m.failure}
            control={(a) => (
              <textarea {...a} name="assessment" rows={8} cols={70} maxlength={5000}>
                {valueOf(m.failure, "assessment", "assessment", s.assessment)}
              </textarea>
            )}
          />
          <p>
            <button type="submit">{t("incidents.assessment.save")}</button>
          </p>
        </form>
      ) : (
        <p>{s.assessment || t("incidents.assessment.none")}</p>
      )}
      {m.canShare && s.state === "draft" ? (
        <form method="post" action={`${base}/lagesbild/${s.week}/dela`}>
          <CsrfField ctx={ctx} />
          <input type="hidden" name="version" value={String(s.version)} />
          <p>{t("incidents.share.hint")}</p>
          <p>
            <button type="submit">{t("incidents.share.submit")}</button>
          </p>
        </form>
      ) : null}
      {s.state === "shared" && (m.canPublish || s.publishedAt) ? (
        <PublicationPart model={m} base={base} />
      ) : null}
      {m.canCompile && s.state === "draft" ? (
        <form method="post" action={`${base}/sammanstall`}>
          <CsrfField ctx={ctx} />
          <input type="hidden" name="week" value={s.week} />
          <p>
            <button type="submit">{t("incidents.compile.again")}</button>
          </p>
        </form>
      ) : null}
    </WorkspaceLayout>
  );
}

/** Publishing to residents: what becomes public, the state, and the samordnare's one button. */
function PublicationPart(props: { model: SituationPageModel; base: string }) {
  const { model: m, base } = props;
  const { ctx, situation: s } = m;
  const { t, locale } = ctx;
  return (
    <>
      <h2>{t("incidents.publish.title")}</h2>
      <p>{t("incidents.publish.hint")}</p>
      {s.publishedAt ? (
        <p>
          {t("incidents.publish.state", { at: whenText(s.publishedAt, locale) })}{" "}
          <a href={`/${m.slug}/trygghet#handelser`}>{t("incidents.publish.publicLink")}</a>
        </p>
      ) : null}
      {m.canPublish ? (
        <form
          method="post"
          action={`${base}/lagesbild/${s.week}/${s.publishedAt ? "avpublicera" : "publicera"}`}
        >
          <CsrfField ctx={ctx} />
          <input type="hidden" name="version" value={String(s.version)} />
          <p>
            <button type="submit">
              {t(s.publishedAt ? "incidents.publish.withdraw" : "incidents.publish.submit")}
            </button>
          </p>
        </form>
      ) : null}
    </>
  );
}
