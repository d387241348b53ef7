/**
 * The incident overview (/arbete/:partnership/handelser): the report form for händelserapportörer
 * (with the personal-data warning and its confirmation), their own reports and which recent weeks
 * they reported in, the lägesbilder the viewer may read, and links to the rest.
 */
import { intlTag, type Locale, type MessageKey } from "../../platform/i18n/index.js";
import type { PersonalDataKind } from "../../platform/personal-data.js";
import { CsrfField } from "../../platform/web/forms.js";
import type { PageContext } from "../../platform/web/layout.js";
import { type NavItem, WorkspaceLayout } from "../../platform/web/workspace-layout.js";
import type { IncidentCategory } from "../incident-categories.js";
import type { Incident } from "../incidents.types.js";
import { weekName } from "../weeks.js";
import { ErrorSummary, type Failure, Field, valueOf } from "./parts.js";

export interface IncidentsPageModel {
  ctx: PageContext;
  nav: NavItem[];
  slug: string;
  partnershipName: string;
  canReport: boolean;
  categories: IncidentCategory[];
  /** The partnership's areas; a map is shown when one has a boundary. */
  areas: { id: string; name: string; hasBoundary: boolean }[];
  mine: { rhythm: "weekly" | "biweekly"; weeksReported: string[]; data: Incident[] } | null;
  recentWeeks: string[];
  situations: { week: string; name: string; state: "draft" | "shared"; published: boolean }[];
  canCompile: boolean;
  canSeeAll: boolean;
  canConfigure: boolean;
  canExport: boolean;
  notice?: string | undefined;
  failure?: Failure | undefined;
  warning?: PersonalDataKind[] | undefined;
}

const FORM = "report";

export function whenText(iso: string, locale: Locale): string {
  return new Intl.DateTimeFormat(intlTag(locale), {
    dateStyle: "medium",
    timeStyle: "short",
    timeZone: "Europe/Stockholm",
  }).format(new Date(iso));
}

export function placeText(ctx: PageContext, r: Incident): string {
  const parts = [r.areaName, r.placeText, r.lat !== null && r.lon !== null ? `${r.lat}, ${r.lon}` : null];
  return parts.filter(Boolean).join(" – ") || ctx.t("incidents.situation.noArea");
}

export function ReportsTable(props: {
  ctx: PageContext;
  reports: Incident[];
  withParty?: boolean;
  caption: string;
}) {
  const { t, locale } = props.ctx;
  return (
    <table>
      <caption>{props.caption}</caption>
      <thead>
        <tr>
          <th scope="col">{t("incidents.table.when")}</th>
          <th scope="col">{t("incidents.table.place")}</th>
          <th scope="col">{t("incidents.table.category")}</th>
          <th scope="col">{t("incidents.table.description")}</th>
          {props.withParty ? <th scope="col">{t("incidents.table.party")}</th> : null}
        </tr>
      </thead>
      <tbody>
        {props.reports.map((r) => (
          <tr>
            <td>
              {whenText(r.occurredAt, locale)} ({weekName(r.week, locale)})
            </td>
            <td>{placeText(props.ctx, r)}</td>
            <td>
              {r.categoryName}
              {r.subcategory ? `: ${r.subcategory}` : ""}
            </td>
            <td>
              {r.description}
              {r.warnings.length > 0 ? <em> ({t("incidents.table.confirmed")})</em> : null}
            </td>
            {props.withParty ? <td>{r.partyName}</td> : null}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** A typed coordinate as a number (a decimal comma too), or null. */
const coordinate = (text: string) => {
  const n = Number(text.trim().replace(",", "."));
  return text.trim() !== "" && Number.isFinite(n) ? n : null;
};

/**
 * The map of the partnership's areas as the form's image button: a click sends the form with
 * `karta.x`/`karta.y` (pixels of the 480 × 320 picture, not scaled by CSS). `formnovalidate`: the
 * click chooses the place even before the rest is filled in; the server then shows the form again
 * with its reasons and the place kept (as a marker and in the coordinate fields).
 */
function MapClick(props: { ctx: PageContext; base: string; lat: string; lon: string }) {
  const { t } = props.ctx;
  const lat = coordinate(props.lat);
  const lon = coordinate(props.lon);
  const chosen = lat !== null && lon !== null;
  const src = `${props.base}/karta.svg${chosen ? `?lat=${lat}&lon=${lon}` : ""}`;
  return (
    <>
      <p class="hint" id={`${FORM}-karta-hint`}>
        {t("incidents.report.mapHint")}
      </p>
      <div class="map-click">
        <input
          type="image"
          name="karta"
          src={src}
          width="480"
          height="320"
          formnovalidate
          alt={t("incidents.report.mapAlt")}
          aria-describedby={`${FORM}-karta-hint`}
        />
      </div>
      {chosen ? <p>{t("incidents.report.mapChosen", { lat: String(lat), lon: String(lon) })}</p> : null}
    </>
  );
}

function ReportForm(props: { model: IncidentsPageModel }) {
  const m = props.model;
  const { ctx, failure } = m;
  const { t } = ctx;
  const v = (name: string, fallback = "") => valueOf(failure, FORM, name, fallback);
  const f = (name: string, label: MessageKey) => ({ ctx, form: FORM, name, label: t(label), failure });
  const chosenCategory = v("categoryKey");
  const chosenSub = v("subcategory");
  const kinds = (m.warning ?? []).map((k) => t(`incidents.warning.kind.${k}` as MessageKey)).join(", ");
  return (
    <section aria-labelledby="report-title">
      <h2 id="report-title">{t("incidents.report.title")}</h2>
      <ErrorSummary ctx={ctx} failure={failure} form={FORM} />
      {m.warning && m.warning.length > 0 ? (
        <div role="alert" class="error-summary" id="report-warning" tabindex={-1}>
          <h3>{t("incidents.warning.title")}</h3>
          <p>{t("incidents.warning.intro", { kinds })}</p>
        </div>
      ) : null}
      <form method="post" action={`/arbete/${m.slug}/handelser`}>
        <CsrfField ctx={ctx} />
        <Field
          {...f("occurredAt", "incidents.report.occurredAt")}
          control={(a) => (
            <input {...a} name="occurredAt" type="datetime-local" required value={v("occurredAt")} />
          )}
        />
        <fieldset>
          <legend>{t("incidents.report.placeHint")}</legend>
          {m.areas.some((a) => a.hasBoundary) ? (
            <MapClick ctx={ctx} base={`/arbete/${m.slug}/handelser`} lat={v("lat")} lon={v("lon")} />
          ) : null}
          <Field
            {...f("areaId", "incidents.report.area")}
            control={(a) => (
              <select {...a} name="areaId">
                <option value="">{t("incidents.report.areaNone")}</option>
                {m.areas.map((area) => (
                  <option value={area.id} selected={v("areaId") === area.id}>
                    {area.name}
                  </option>
                ))}
              </select>
            )}
          />
          <Field
            {...f("placeText", "incidents.report.placeText")}
            control={(a) => (
              <input {...a} name="placeText" type="text" maxlength={200} size={50} value={v("placeText")} />
            )}
          />
          <p>{t("incidents.report.position")}</p>
          <Field
            {...f("lat", "incidents.report.lat")}
            control={(a) => (
              <input {...a} name="lat" type="text" inputmode="decimal" size={12} value={v("lat")} />
            )}
          />
          <Field
            {...f("lon", "incidents.report.lon")}
            control={(a) => (
              <input {...a} name="lon" type="text" inputmode="decimal" size={12} value={v("lon")} />
            )}
          />
        </fieldset>
        <Field
          {...f("categoryKey", "incidents.report.category")}
          control={(a) => (
            <select {...a} name="categoryKey" required>
              {m.categories.map((c) => (
                <option value={c.key} selected={chosenCategory === c.key}>
                  {c.name}
                </option>
              ))}
            </select>
          )}
        />
        <Field
          {...f("subcategory", "incidents.report.subcategory")}
          control={(a) => (
            <select {...a} name="subcategory">
              <option value="">{t("incidents.report.subcategoryNone")}</option>
              {m.categories
                .filter((c) => c.subcategories.length > 0)
                .map((c) => (
                  <optgroup label={c.name}>
                    {c.subcategories.map((s) => (
                      <option
                        value={s}
                        selected={chosenSub === s && (chosenCategory === "" || chosenCategory === c.key)}
                      >
                        {s}
                      </option>
                    ))}
                  </optgroup>
                ))}
            </select>
          )}
        />
        <Field
          {...f("description", "incidents.report.description")}
          hint={t("incidents.report.descriptionHint")}
          control={(a) => (
            <textarea {...a} name="description" rows={4} cols={60} maxlength={1000} required>
              {v("description")}
            </textarea>
          )}
        />
        {m.warning && m.warning.length > 0 ? (
          <p class="check">
            <input type="checkbox" id="report-confirmPersonalData" name="confirmPersonalData" value="true" />{" "}
            <label for="report-confirmPersonalData" class="inline">
              {t("incidents.warning.confirm")}
            </label>
          </p>
        ) : null}
        <p>
          <button type="submit">{t("incidents.report.submit")}</button>
        </p>
      </form>
    </section>
  );
}

export function IncidentsPage(props: { model: IncidentsPageModel }) {
  const m = props.model;
  const { ctx } = m;
  const { t, locale } = ctx;
  const base = `/arbete/${m.slug}/handelser`;
  return (
    <WorkspaceLayout ctx={ctx} title={t("incidents.title")} partnershipName={m.partnershipName} nav={m.nav}>
      <h1>{t("incidents.title")}</h1>
      <p>{t("incidents.intro")}</p>
      {m.notice ? (
        <p class="notice" role="status">
          {m.notice}
        </p>
      ) : null}
      <ul>
        {m.canSeeAll ? (
          <li>
            <a href={`${base}/rapporter`}>{t("incidents.all.link")}</a>
          </li>
        ) : null}
        {m.canConfigure ? (
          <li>
            <a href={`${base}/installningar`}>{t("incidents.settings.link")}</a>
          </li>
        ) : null}
        {m.canExport ? (
          <li>
            <a href={`${base}/veckoantal.csv`}>{t("incidents.export.link")}</a>
          </li>
        ) : null}
      </ul>
      {m.canReport ? <ReportForm model={m} /> : null}
      {m.mine ? (
        <section aria-labelledby="mine-title">
          <h2 id="mine-title">{t("incidents.mine.title")}</h2>
          <p>{t(`incidents.mine.rhythm.${m.mine.rhythm}` as MessageKey)}</p>
          <h3>{t("incidents.mine.weeks")}</h3>
          <ul>
            {m.recentWeeks.map((w) => (
              <li>
                {t(
                  m.mine?.weeksReported.includes(w)
                    ? "incidents.mine.weekReported"
                    : "incidents.mine.weekMissing",
                  {
                    week: weekName(w, locale),
                  },
                )}
              </li>
            ))}
          </ul>
          {m.mine.data.length > 0 ? (
            <ReportsTable ctx={ctx} reports={m.mine.data} caption={t("incidents.mine.title")} />
          ) : (
            <p>{t("incidents.mine.none")}</p>
          )}
        </section>
      ) : null}
      <section aria-labelledby="situations-title">
        <h2 id="situations-title">{t("incidents.situations.title")}</h2>
        {m.situations.length > 0 ? (
          <ul>
            {m.situations.map((s) => (
              <li>
                <a href={`${base}/lagesbild/${s.week}`}>{s.name}</a> (
                {t(`incidents.state.${s.state}` as MessageKey)}
                {s.published ? `, ${t("incidents.published")}` : ""})
              </li>
            ))}
          </ul>
        ) : (
          <p>{t("incidents.situations.none")}</p>
        )}
        {m.canCompile ? (
          <form method="post" action={`${base}/sammanstall`}>
            <CsrfField ctx={ctx} />
            <h3>{t("incidents.compile.title")}</h3>
            <p>
              <label for="compile-week">{t("incidents.compile.week")}</label>
              <br />
              <select id="compile-week" name="week">
                {m.recentWeeks.map((w, i) => (
                  <option value={w} selected={i === 1}>
                    {weekName(w, locale)}
                  </option>
                ))}
              </select>
            </p>
            <p>
              <button type="submit">{t("incidents.compile.submit")}</button>
            </p>
          </form>
        ) : null}
      </section>
    </WorkspaceLayout>
  );
}

export function AllReportsPage(props: {
  ctx: PageContext;
  nav: NavItem[];
  slug: string;
  partnershipName: string;
  reports: Incident[];
}) {
  const { ctx } = props;
  const { t } = ctx;
  return (
    <WorkspaceLayout
      ctx={ctx}
      title={t("incidents.all.title")}
      partnershipName={props.partnershipName}
      nav={props.nav}
    >
      <h1>{t("incidents.all.title")}</h1>
      <p>
        <a href={`/arbete/${props.slug}/handelser`}>{t("incidents.back")}</a>
      </p>
      {props.reports.length > 0 ? (
        <ReportsTable ctx={ctx} reports={props.reports} withParty caption={t("incidents.all.title")} />
      ) : (
        <p>{t("incidents.all.none")}</p>
      )}
    </WorkspaceLayout>
  );
}
