import type { FollowUpFormView } from "../../followups/get-follow-up-form.js";
import type { FollowUpConflict, FollowUpSnapshot } from "../../followups/round.types.js";
import { FOLLOW_UP_STATUSES } from "../../followups/statuses.js";
import { periodName } from "../../periods/calendar.js";
import { pickText } from "../../platform/i18n/localized-text.js";
import { CsrfField } from "../../platform/web/forms.js";
import type { PageContext } from "../../platform/web/layout.js";
import { type NavItem, WorkspaceLayout } from "../../platform/web/workspace-layout.js";
import { EMPTY_LINK_ROWS, type FieldError, type TypedValues } from "../follow-up-form.js";
import { formatDate, formatDateTime, formatNumber } from "./format.js";
import { LocalText } from "./local-text.js";

export interface FollowUpFormModel {
  slug: string;
  partnershipName: string;
  nav: NavItem[];
  view: FollowUpFormView;
  /** What the user typed (after an error or a conflict); otherwise the stored values are shown. */
  typed?: TypedValues;
  errors?: FieldError[];
  conflict?: FollowUpConflict;
  /** Message after a redirect: "saved" or "submitted". */
  done?: "saved" | "submitted";
}

/** The stored follow-up as form values. */
export function storedValues(ctx: PageContext, view: FollowUpFormView): TypedValues {
  const f = view.followUp;
  return {
    version: f ? String(f.version) : "",
    status: f?.status ?? "",
    narrative: f?.narrative ?? "",
    measures: Object.fromEntries(
      view.targets.map((t) => {
        const m = f?.measurements.find((x) => x.targetId === t.id);
        return [t.id, m ? formatNumber(ctx.locale, m.value) : ""];
      }),
    ),
    links: (f?.links ?? []).map((l) => ({ url: l.url, label: l.label ?? "" })),
  };
}

/** The follow-up form of one point and period: status, narrative, measured values, links. */
export function FollowUpFormPage(props: { ctx: PageContext; model: FollowUpFormModel }) {
  const { ctx, model } = props;
  const { t } = ctx;
  const { view } = model;
  const title = t("workspace.form.title", {
    number: view.point.number,
    period: periodName(view.period.code, ctx.locale),
  });
  const values = model.typed ?? storedValues(ctx, view);
  const state = view.followUp?.state ?? "not_started";
  const action = `/arbete/${model.slug}/punkter/${view.point.id}/${view.period.code}`;
  return (
    <WorkspaceLayout ctx={ctx} title={title} partnershipName={model.partnershipName} nav={model.nav}>
      <h1>{title}</h1>
      {view.demo ? <p class="notice">{t("workspace.demoNotice", { ref: view.point.promiseRef })}</p> : null}
      {model.done ? (
        <p class="success" role="status">
          {t(model.done === "saved" ? "workspace.form.saved" : "workspace.form.submittedOk")}
        </p>
      ) : null}
      {model.errors && model.errors.length > 0 ? <ErrorSummary ctx={ctx} errors={model.errors} /> : null}
      {model.conflict ? (
        <ConflictPanel ctx={ctx} view={view} conflict={model.conflict} typed={values} />
      ) : null}
      <dl class="facts">
        <dt>{t("workspace.form.promise")}</dt>
        <dd>
          <LocalText ctx={ctx} text={view.point.promiseTitle} />
        </dd>
        <dt>{t("workspace.form.point")}</dt>
        <dd>
          <LocalText ctx={ctx} text={view.point.text} />
        </dd>
      </dl>
      <p>
        {t("workspace.form.deadline", { date: formatDate(ctx.locale, view.period.deadline) })}.{" "}
        {t("workspace.form.state", { state: t(`workspace.state.${state}`) })}
        {view.authorName ? `. ${t("workspace.form.author", { name: view.authorName })}` : ""}
      </p>
      {view.followUp?.state === "returned" && view.followUp.returnComment ? (
        <div class="notice">
          <p>{t("workspace.form.returnedComment")}</p>
          <p>{view.followUp.returnComment}</p>
        </div>
      ) : null}
      {view.editable ? (
        <EditForm ctx={ctx} view={view} values={values} errors={model.errors ?? []} action={action} />
      ) : (
        <ReadOnly ctx={ctx} view={view} />
      )}
      <p>
        <a href={`/arbete/${model.slug}/punkter/${view.point.id}/historik`}>{t("workspace.form.history")}</a>
        {" · "}
        <a href={`/arbete/${model.slug}/dialoger/punkter/${view.point.id}`}>{t("dialogues.why.title")}</a>
      </p>
    </WorkspaceLayout>
  );
}

function ErrorSummary(props: { ctx: PageContext; errors: FieldError[] }) {
  const { t } = props.ctx;
  return (
    <div class="error-summary" role="alert" aria-labelledby="error-summary-title">
      <h2 id="error-summary-title">{t("workspace.form.errorTitle")}</h2>
      <ul>
        {props.errors.map((e) => (
          <li>
            <a href={`#${e.fieldId}`}>{t(e.key, { label: e.label })}</a>
          </li>
        ))}
      </ul>
    </div>
  );
}

/** The other person's saved values beside what this user typed, field by field. */
function ConflictPanel(props: {
  ctx: PageContext;
  view: FollowUpFormView;
  conflict: FollowUpConflict;
  typed: TypedValues;
}) {
  const { ctx, view, conflict, typed } = props;
  const { t } = ctx;
  const who = conflict.changedBy ?? t("workspace.conflict.someone");
  const when = conflict.changedAt ? formatDateTime(ctx.locale, conflict.changedAt) : "";
  const theirs = conflict.current;
  const statusLabel = (code: string | null) => (code ? t(`followUpStatus.${code}` as never) : "");
  const rows: [string, string, string][] = [
    [t("workspace.form.status"), statusLabel(theirs.status), statusLabel(typed.status)],
    [t("workspace.form.narrative"), theirs.narrative ?? "", typed.narrative],
    ...view.targets.map((target): [string, string, string] => {
      const m = theirs.measurements.find((x) => x.targetId === target.id);
      return [
        pickText(target.description, ctx.locale).text,
        m ? formatNumber(ctx.locale, m.value) : "",
        typed.measures[target.id] ?? "",
      ];
    }),
    [
      t("workspace.form.links"),
      linksText(theirs),
      typed.links
        .filter((l) => l.url)
        .map((l) => l.url)
        .join(", "),
    ],
  ];
  return (
    <section class="error-summary" aria-labelledby="conflict-title" role="alert">
      <h2 id="conflict-title">{t("workspace.conflict.title")}</h2>
      <p>{t("workspace.conflict.intro", { who, when })}</p>
      <table>
        <caption class="meta">{t("workspace.conflict.title")}</caption>
        <thead>
          <tr>
            <th scope="col">{t("workspace.conflict.field")}</th>
            <th scope="col">{t("workspace.conflict.theirs", { who })}</th>
            <th scope="col">{t("workspace.conflict.yours")}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map(([field, a, b]) => (
            <tr>
              <th scope="row">{field}</th>
              <td class="conflict-theirs">{a}</td>
              <td class="conflict-yours">{b}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

const linksText = (f: FollowUpSnapshot) => f.links.map((l) => l.url).join(", ");

function EditForm(props: {
  ctx: PageContext;
  view: FollowUpFormView;
  values: TypedValues;
  errors: FieldError[];
  action: string;
}) {
  const { ctx, view, values, errors, action } = props;
  const { t } = ctx;
  const errorOf = (fieldId: string) => errors.find((e) => e.fieldId === fieldId);
  const linkRows = [
    ...values.links,
    ...Array.from({ length: EMPTY_LINK_ROWS }, () => ({ url: "", label: "" })),
  ];
  return (
    <form method="post" action={action} novalidate>
      <CsrfField ctx={ctx} />
      <input type="hidden" name="version" value={values.version} />
      <fieldset id="status">
        <legend>{t("workspace.form.status")}</legend>
        {FOLLOW_UP_STATUSES.map((s) => (
          <label class="choice">
            <input type="radio" name="status" value={s.code} checked={values.status === s.code} />{" "}
            {t(`followUpStatus.${s.code}`)}
          </label>
        ))}
      </fieldset>
      <label for="narrative">{t("workspace.form.narrative")}</label>
      <p class="hint" id="narrative-hint">
        {t("workspace.form.narrativeHint")}
      </p>
      <textarea id="narrative" name="narrative" aria-describedby="narrative-hint">
        {values.narrative}
      </textarea>
      {view.targets.length > 0 ? (
        <fieldset>
          <legend>{t("workspace.form.targets")}</legend>
          {view.targets.map((target, i) => {
            const id = `measure-${target.id}`;
            const error = errorOf(id);
            return (
              <div>
                <label for={id}>
                  <LocalText ctx={ctx} text={target.description} /> ({target.unit})
                </label>
                <p class="hint" id={`${id}-hint`}>
                  {target.targetValue === null
                    ? t("workspace.form.measureHint", { unit: target.unit })
                    : t("workspace.form.targetHint", {
                        direction: t(`direction.${target.direction}`),
                        target: formatNumber(ctx.locale, target.targetValue),
                        unit: target.unit,
                      })}
                </p>
                {error ? (
                  <p class="field-error" id={`${id}-error`}>
                    {t(error.key, { label: error.label })}
                  </p>
                ) : null}
                <input type="hidden" name={`measurements.${i}.targetId`} value={target.id} />
                <input
                  type="text"
                  inputmode="decimal"
                  id={id}
                  name={`measurements.${i}.value`}
                  value={values.measures[target.id] ?? ""}
                  aria-describedby={error ? `${id}-hint ${id}-error` : `${id}-hint`}
                  aria-invalid={error ? "true" : undefined}
                />
              </div>
            );
          })}
        </fieldset>
      ) : null}
      <fieldset>
        <legend>{t("workspace.form.links")}</legend>
        {linkRows.map((link, i) => {
          const error = errorOf(`linkUrl-${i}`);
          const labelError = errorOf(`linkLabel-${i}`);
          return (
            <div>
              <label for={`linkUrl-${i}`}>{t("workspace.form.linkUrl", { n: i + 1 })}</label>
              {error ? (
                <p class="field-error" id={`linkUrl-${i}-error`}>
                  {t(error.key, { label: error.label })}
                </p>
              ) : null}
              <input
                type="url"
                id={`linkUrl-${i}`}
                name={`links.${i}.url`}
                value={link.url}
                aria-describedby={error ? `linkUrl-${i}-error` : undefined}
                aria-invalid={error ? "true" : undefined}
              />
              <label for={`linkLabel-${i}`}>{t("workspace.form.linkLabel", { n: i + 1 })}</label>
              {labelError ? (
                <p class="field-error" id={`linkLabel-${i}-error`}>
                  {t(labelError.key, { label: labelError.label })}
                </p>
              ) : null}
              <input
                type="text"
                id={`linkLabel-${i}`}
                name={`links.${i}.label`}
                value={link.label}
                aria-describedby={labelError ? `linkLabel-${i}-error` : undefined}
                aria-invalid={labelError ? "true" : undefined}
              />
            </div>
          );
        })}
      </fieldset>
      <p class="actions">
        <button type="submit" name="intent" value="save" class="secondary">
          {t("workspace.form.save")}
        </button>{" "}
        <button type="submit" name="intent" value="submit">
          {t("workspace.form.submit")}
        </button>
      </p>
    </form>
  );
}

function ReadOnly(props: { ctx: PageContext; view: FollowUpFormView }) {
  const { ctx, view } = props;
  const { t } = ctx;
  const f = view.followUp;
  const reason = view.period.closed
    ? t("workspace.form.closed")
    : !view.canWrite
      ? t("workspace.form.readOnly")
      : t("workspace.form.notEditable", { state: t(`workspace.state.${f?.state ?? "not_started"}`) });
  return (
    <>
      <p class="notice">{reason}</p>
      {f ? (
        <dl class="facts">
          <dt>{t("workspace.form.status")}</dt>
          <dd>{f.status ? t(`followUpStatus.${f.status}`) : t("workspace.form.noStatus")}</dd>
          <dt>{t("workspace.form.narrative")}</dt>
          <dd>{f.narrative ?? ""}</dd>
          {view.targets.map((target) => {
            const m = f.measurements.find((x) => x.targetId === target.id);
            return (
              <>
                <dt>
                  <LocalText ctx={ctx} text={target.description} />
                </dt>
                <dd>
                  {m ? `${formatNumber(ctx.locale, m.value)} ${target.unit}` : "–"} (
                  {target.targetValue === null
                    ? t("workspace.form.noTarget")
                    : t("workspace.form.targetOnly", {
                        direction: t(`direction.${target.direction}`),
                        target: formatNumber(ctx.locale, target.targetValue),
                        unit: target.unit,
                      })}
                  )
                </dd>
              </>
            );
          })}
          {f.links.length > 0 ? (
            <>
              <dt>{t("workspace.form.links")}</dt>
              <dd>
                <ul>
                  {f.links.map((l) => (
                    <li>
                      <a href={l.url}>{l.label ?? l.url}</a>
                    </li>
                  ))}
                </ul>
              </dd>
            </>
          ) : null}
        </dl>
      ) : null}
    </>
  );
}
