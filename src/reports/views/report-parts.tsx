/** The building blocks of the report pages: checks, downloads, preview and the edit form. */
import { raw } from "hono/html";
import { type PeriodScheme, periodCode, periodsOfYear } from "../../periods/calendar.js";
import type { MessageKey } from "../../platform/i18n/index.js";
import { CsrfField } from "../../platform/web/forms.js";
import type { PageContext } from "../../platform/web/layout.js";
import type { NavItem } from "../../platform/web/workspace-layout.js";
import { DOCUMENT_FORMATS, type DocumentFormat } from "../build-document.js";
import type { DocumentModel } from "../model/document.js";
import { renderHtmlBody } from "../render/html.js";
import { EDITABLE, type Editable, HEADING } from "../reports.types.js";
import type { ValidationIssue } from "../validate.js";

/** The workspace a report page is shown in. */
export interface ReportFrame {
  ctx: PageContext;
  nav: NavItem[];
  partnershipName: string;
  slug: string;
  periodScheme: PeriodScheme;
}

/** The editor page of a promise in the workspace. */
export const promiseUrl = (frame: ReportFrame, ref: string) =>
  `/arbete/${frame.slug}/loften/${encodeURIComponent(ref)}`;

/** Where each validation issue is fixed. */
export function issueHref(
  frame: ReportFrame,
  promise: { ref: string; toYear: number },
  issue: ValidationIssue,
): string {
  const base = promiseUrl(frame, promise.ref);
  const { field, id } = issue.target;
  if (field === "commitment" && id) return `${base}#point-${id}-h`;
  if (field === "followUp" && id) {
    const final = periodsOfYear(promise.toYear, frame.periodScheme).at(-1);
    return final ? `/arbete/${frame.slug}/punkter/${id}/${periodCode(final)}` : base;
  }
  if (field === "consultations") return "#samrad-form";
  if ((EDITABLE as readonly string[]).includes(field))
    return `${base}/aterrapportering/redigera#falt-${field}`;
  return `${base}/aterrapportering/redigera`;
}

export function Issues(props: {
  ctx: PageContext;
  issues: ValidationIssue[];
  href: (i: ValidationIssue) => string;
}) {
  const { t } = props.ctx;
  const errors = props.issues.filter((i) => i.severity === "error");
  return (
    <section aria-labelledby="kontroll">
      <h2 id="kontroll">{t("reports.validation")}</h2>
      {props.issues.length === 0 ? (
        <p>{t("reports.validation.none")}</p>
      ) : (
        <>
          {errors.length ? <p>{t("reports.validation.errors", { count: errors.length })}</p> : null}
          <ul class="issues">
            {props.issues.map((i) => (
              <li class={`issue-${i.severity}`}>
                <strong>
                  {t(i.severity === "error" ? "reports.validation.error" : "reports.validation.warning")}:
                </strong>{" "}
                {i.message} <a href={props.href(i)}>{t("reports.validation.fix")}</a>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

export function Downloads(props: { ctx: PageContext; href: (f: DocumentFormat) => string }) {
  const { t } = props.ctx;
  return (
    <section aria-labelledby="ladda-ner">
      <h2 id="ladda-ner">{t("reports.download")}</h2>
      <ul>
        {DOCUMENT_FORMATS.map((f) => (
          <li>
            <a href={props.href(f)}>{t(`reports.download.${f}` as MessageKey)}</a>
          </li>
        ))}
      </ul>
    </section>
  );
}

export function Preview(props: { ctx: PageContext; model: DocumentModel }) {
  return (
    <section aria-labelledby="forhandsvisning" class="report-preview">
      <h2 id="forhandsvisning">{props.ctx.t("reports.preview")}</h2>
      {raw(renderHtmlBody(props.model, { headingOffset: 2 }))}
    </section>
  );
}

export function EditForm(props: {
  ctx: PageContext;
  action: string;
  back: string;
  version: number;
  values: Record<Editable, string>;
  saved?: Record<Editable, string> | undefined;
  error?: string | undefined;
}) {
  const { t } = props.ctx;
  const label = (f: Editable) => t(`reports.field.${f}` as MessageKey);
  const changed = props.saved
    ? EDITABLE.filter((f) => (props.saved?.[f] ?? "") !== (props.values[f] ?? ""))
    : [];
  return (
    <>
      {props.error ? (
        <div role="alert" class="error-summary">
          <h2>{t("reports.errorSummary")}</h2>
          <p>{props.error}</p>
          {changed.length ? (
            <dl>
              {changed.map((f) => (
                <>
                  <dt>{label(f)}</dt>
                  <dd>{props.saved?.[f] || "–"}</dd>
                </>
              ))}
            </dl>
          ) : null}
        </div>
      ) : null}
      <p>{t("reports.edit.hint")}</p>
      <form method="post" action={props.action}>
        <CsrfField ctx={props.ctx} />
        <input type="hidden" name="version" value={String(props.version)} />
        {EDITABLE.map((f) => (
          <p>
            <label for={`falt-${f}`}>{label(f)}</label>
            <br />
            {(HEADING as readonly string[]).includes(f) || f === "title" ? (
              <input id={`falt-${f}`} name={f} value={props.values[f]} />
            ) : (
              <textarea
                id={`falt-${f}`}
                name={f}
                rows={f === "background" || f === "matter" ? 12 : 4}
                cols={80}
              >
                {props.values[f]}
              </textarea>
            )}
          </p>
        ))}
        <button type="submit">{t("reports.edit.save")}</button>
      </form>
      <p>
        <a href={props.back}>{t("reports.backToReport")}</a>
      </p>
    </>
  );
}
