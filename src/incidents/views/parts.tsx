/** Form parts of the incident pages: labelled fields with the reason beside them, the error summary. */
import type { Child } from "hono/jsx";
import type { MessageKey } from "../../platform/i18n/index.js";
import type { PageContext } from "../../platform/web/layout.js";

/** A refused form: which one, each field's reason, what was typed. */
export interface Failure {
  form: string;
  fields: Record<string, string>;
  values: Record<string, string | string[]>;
  message?: string;
}

export const reasonText = (ctx: PageContext, reason: string) =>
  ctx.t(`incidents.error.${reason}` as MessageKey);

export function valueOf(failure: Failure | undefined, form: string, name: string, fallback = ""): string {
  if (failure?.form !== form) return fallback;
  const v = failure.values[name];
  return Array.isArray(v) ? (v[0] ?? "") : (v ?? fallback);
}

export function ErrorSummary(props: { ctx: PageContext; failure: Failure | undefined; form: string }) {
  const { failure, ctx } = props;
  if (failure?.form !== props.form) return null;
  return (
    <div role="alert" class="error-summary" tabindex={-1} aria-labelledby={`${props.form}-errors`}>
      <h2 id={`${props.form}-errors`}>{ctx.t("incidents.errorSummary")}</h2>
      <ul>
        {Object.entries(failure.fields).map(([field, reason]) => (
          <li>
            <a href={`#${props.form}-${field}`}>{reasonText(ctx, reason)}</a>
          </li>
        ))}
        {failure.message ? <li>{failure.message}</li> : null}
      </ul>
    </div>
  );
}

/** A label, an optional hint, the field's error, then the control (given the ids to describe it). */
export function Field(props: {
  ctx: PageContext;
  form: string;
  name: string;
  label: string;
  hint?: string;
  failure: Failure | undefined;
  control: (a: { id: string; "aria-invalid"?: "true"; "aria-describedby"?: string }) => Child;
}) {
  const id = `${props.form}-${props.name}`;
  const reason = props.failure?.form === props.form ? props.failure.fields[props.name] : undefined;
  const described = [props.hint ? `${id}-hint` : null, reason ? `${id}-error` : null]
    .filter(Boolean)
    .join(" ");
  return (
    <p>
      <label for={id}>{props.label}</label>
      {props.hint ? (
        <>
          <br />
          <span class="hint" id={`${id}-hint`}>
            {props.hint}
          </span>
        </>
      ) : null}
      <br />
      {reason ? (
        <span class="field-error" id={`${id}-error`}>
          {reasonText(props.ctx, reason)}
          <br />
        </span>
      ) : null}
      {props.control({
        id,
        ...(reason ? { "aria-invalid": "true" as const } : {}),
        ...(described ? { "aria-describedby": described } : {}),
      })}
    </p>
  );
}
