/**
 * Form pieces of the promise editor. Every form keeps what the user typed when it is shown again
 * after a refused save (`FormFailure.values`).
 */
import type { AppError } from "../../platform/errors.js";
import type { MessageKey, Translate } from "../../platform/i18n/index.js";
import { CsrfField } from "../../platform/web/forms.js";
import type { PageContext } from "../../platform/web/layout.js";
import type { EditorModel } from "../get-editor.js";
import { describeIssues, type ImportIssue } from "../spreadsheet-rows.js";

/** A refused form submission, shown as an error summary and in the form itself. */
export interface FormFailure {
  /** The id of the form that was refused (the summary links to it). */
  form: string;
  message: string;
  lines: string[];
  values?: Record<string, string | string[]>;
}

export type FormValues = Record<string, string | string[]>;

/** The lines under an error summary: lifecycle reasons, import problems by row and column, or the other change. */
export function failureLines(error: AppError, t: Translate): string[] {
  if (error.code === "transition_refused" && Array.isArray(error.details)) {
    return (error.details as Array<{ code: string; params?: Record<string, string | number> }>).map((r) =>
      t(`refusal.${r.code}` as MessageKey, reasonParams(t, r.params)),
    );
  }
  if (error.code === "import_refused" && Array.isArray(error.details)) {
    return describeIssues(error.details as ImportIssue[], t as never).map((i) =>
      i.column
        ? t("editor.sheet.issue", { row: i.row, column: i.column, message: i.message })
        : t("editor.sheet.issueNoColumn", { row: i.row, message: i.message }),
    );
  }
  const current = (error.details as { current?: { text?: { sv?: string } } } | undefined)?.current;
  return current?.text?.sv ? [current.text.sv] : [];
}

/** Status codes inside refusal params read as words. */
export function reasonParams(t: Translate, params: Record<string, string | number> | undefined) {
  if (!params) return undefined;
  const out: Record<string, string | number> = { ...params };
  for (const key of ["from", "to"]) {
    const v = params[key];
    if (typeof v === "string") out[key] = t(`promiseStatus.${v}` as MessageKey);
  }
  return out;
}

/** Reads a submitted value back for re-display, else the stored value. */
export function valuesOf(failure: FormFailure | undefined, form: string) {
  const values = failure?.form === form ? failure.values : undefined;
  return {
    text: (name: string, stored: string): string => {
      if (!values) return stored;
      const v = values[name];
      return Array.isArray(v) ? (v[0] ?? "") : (v ?? "");
    },
    checked: (name: string, id: string, stored: boolean): boolean => {
      if (!values) return stored;
      const v = values[name];
      return Array.isArray(v) ? v.includes(id) : v === id;
    },
  };
}

export function Checkboxes(props: {
  idPrefix: string;
  name: string;
  legend: string;
  options: Array<{ id: string; label: string }>;
  isChecked: (id: string) => boolean;
  disabled?: boolean;
}) {
  if (props.options.length === 0) return null;
  return (
    <fieldset>
      <legend>{props.legend}</legend>
      {props.options.map((o) => (
        <div class="check">
          <input
            type="checkbox"
            id={`${props.idPrefix}-${o.id}`}
            name={props.name}
            value={o.id}
            checked={props.isChecked(o.id)}
            disabled={props.disabled}
          />{" "}
          <label for={`${props.idPrefix}-${o.id}`} class="inline">
            {o.label}
          </label>
        </div>
      ))}
    </fieldset>
  );
}

const KINDS = ["joint", "municipality", "police", "other"] as const;
const DIRECTIONS = ["at_least", "at_most", "exactly"] as const;

type Point = EditorModel["points"][number];

/** The fields of a point (used for editing and for adding). */
export function PointFields(props: {
  ctx: PageContext;
  model: EditorModel;
  formId: string;
  point: Point | null;
  failure: FormFailure | undefined;
  disabled: boolean;
}) {
  const { t } = props.ctx;
  const { model, point, formId, disabled } = props;
  const v = valuesOf(props.failure, formId);
  const id = (name: string) => `${formId}-${name}`;
  const has = (list: Array<{ id: string }> | undefined, x: string) => (list ?? []).some((p) => p.id === x);
  const parties = model.vocabulary.parties.map((p) => ({ id: p.id, label: p.name }));
  const kind = v.text("responsibleKind", point?.responsibleKind ?? "municipality");
  const targets = point?.targets ?? [];
  return (
    <>
      <label for={id("text")}>{t("editor.field.text")}</label>
      <textarea id={id("text")} name="text" required disabled={disabled}>
        {v.text("text", point?.text.sv ?? "")}
      </textarea>
      <fieldset>
        <legend>{t("editor.field.kind")}</legend>
        {KINDS.map((k) => (
          <div class="check">
            <input
              type="radio"
              id={id(`kind-${k}`)}
              name="responsibleKind"
              value={k}
              checked={kind === k}
              disabled={disabled}
            />{" "}
            <label for={id(`kind-${k}`)} class="inline">
              {t(`editor.kind.${k}` as MessageKey)}
            </label>
          </div>
        ))}
      </fieldset>
      <Checkboxes
        idPrefix={id("rp")}
        name="responsiblePartyIds"
        legend={t("editor.field.responsible")}
        options={parties}
        isChecked={(x) => v.checked("responsiblePartyIds", x, has(point?.responsibleParties, x))}
        disabled={disabled}
      />
      <Checkboxes
        idPrefix={id("cp")}
        name="contributorPartyIds"
        legend={t("editor.field.contributors")}
        options={parties}
        isChecked={(x) => v.checked("contributorPartyIds", x, has(point?.contributors, x))}
        disabled={disabled}
      />
      <Checkboxes
        idPrefix={id("u")}
        name="unitIds"
        legend={t("editor.field.units")}
        options={model.vocabulary.units.map((u) => ({ id: u.id, label: u.name }))}
        isChecked={(x) => v.checked("unitIds", x, has(point?.units, x))}
        disabled={disabled}
      />
      <Checkboxes
        idPrefix={id("g")}
        name="goalIds"
        legend={t("editor.field.goals")}
        options={model.vocabulary.goals.map((g) => ({ id: g.id, label: `${g.number}. ${g.text.sv}` }))}
        isChecked={(x) => v.checked("goalIds", x, has(point?.councilGoals, x))}
        disabled={disabled}
      />
      <label for={id("weight")}>{t("editor.field.weight")}</label>
      <input
        id={id("weight")}
        name="weight"
        inputmode="decimal"
        value={v.text("weight", String(point?.weight ?? 1))}
        disabled={disabled}
      />
      <fieldset>
        <legend>{t("editor.field.targets")}</legend>
        {targets.map((target, i) => (
          <TargetFields
            ctx={props.ctx}
            prefix={id(`t${i}`)}
            name={`targets.${i}`}
            legend={t("editor.field.target", { number: i + 1 })}
            text={v.text}
            stored={{
              id: target.id,
              description: target.description.sv,
              direction: target.direction,
              targetValue: target.targetValue === null ? "" : String(target.targetValue),
              unit: target.unit,
            }}
            removable
            disabled={disabled}
          />
        ))}
        {NEW_TARGET_ROWS.map((n) => (
          <TargetFields
            ctx={props.ctx}
            prefix={id(`tnew${n}`)}
            name={`targets.${targets.length + n}`}
            legend={t("editor.field.newTarget")}
            text={v.text}
            stored={{ id: "", description: "", direction: "at_least", targetValue: "", unit: "" }}
            removable={false}
            disabled={disabled}
          />
        ))}
      </fieldset>
    </>
  );
}

/** Empty rows for new targets under the existing ones: several added in one submit, no JavaScript. */
const NEW_TARGET_ROWS = [0, 1] as const;

function TargetFields(props: {
  ctx: PageContext;
  prefix: string;
  name: string;
  legend: string;
  text: (name: string, stored: string) => string;
  stored: { id: string; description: string; direction: string; targetValue: string; unit: string };
  removable: boolean;
  disabled: boolean;
}) {
  const { t } = props.ctx;
  const { prefix, name, stored, text, disabled } = props;
  const direction = text(`${name}.direction`, stored.direction);
  return (
    <fieldset>
      <legend>{props.legend}</legend>
      {stored.id ? <input type="hidden" name={`${name}.id`} value={stored.id} /> : null}
      <label for={`${prefix}-d`}>{t("editor.field.targetDescription")}</label>
      <input
        id={`${prefix}-d`}
        name={`${name}.description`}
        value={text(`${name}.description`, stored.description)}
        disabled={disabled}
      />
      <label for={`${prefix}-dir`}>{t("editor.field.targetDirection")}</label>
      <select id={`${prefix}-dir`} name={`${name}.direction`} disabled={disabled}>
        {DIRECTIONS.map((d) => (
          <option value={d} selected={direction === d}>
            {t(`direction.${d}` as MessageKey)}
          </option>
        ))}
      </select>
      <label for={`${prefix}-v`}>{t("editor.field.targetValue")}</label>
      <input
        id={`${prefix}-v`}
        name={`${name}.targetValue`}
        inputmode="decimal"
        value={text(`${name}.targetValue`, stored.targetValue)}
        disabled={disabled}
      />
      <label for={`${prefix}-u`}>{t("editor.field.targetUnit")}</label>
      <input
        id={`${prefix}-u`}
        name={`${name}.unit`}
        value={text(`${name}.unit`, stored.unit)}
        disabled={disabled}
      />
      {props.removable ? (
        <div class="check">
          <input type="checkbox" id={`${prefix}-rm`} name={`${name}.remove`} value="1" disabled={disabled} />{" "}
          <label for={`${prefix}-rm`} class="inline">
            {t("editor.field.removeTarget")}
          </label>
        </div>
      ) : null}
    </fieldset>
  );
}

/** A form that POSTs with the CSRF field. */
export function PostForm(props: {
  ctx: PageContext;
  action: string;
  id?: string;
  class?: string;
  multipart?: boolean;
  children: unknown;
}) {
  return (
    <form
      method="post"
      action={props.action}
      id={props.id}
      class={props.class}
      enctype={props.multipart ? "multipart/form-data" : undefined}
    >
      <CsrfField ctx={props.ctx} />
      {props.children as never}
    </form>
  );
}
