import type { MessageKey } from "../../platform/i18n/index.js";
import type { PageContext } from "../../platform/web/layout.js";
import type { FieldErrors } from "../field-errors.js";

/** The message of a field's error, or null. */
export function fieldMessage(ctx: PageContext, errors: FieldErrors, field: string): string | null {
  const reason = errors[field];
  return reason ? ctx.t(`accounts.error.${reason}` as MessageKey) : null;
}

/**
 * The error summary at the top of a form: a heading and one link per problem, to its field.
 * `role="alert"` makes screen readers announce it when the page comes back with errors.
 */
export function ErrorSummary(props: {
  ctx: PageContext;
  errors: FieldErrors;
  /** Field name → the id of the element to link to (default: the field name). */
  targets?: Record<string, string>;
  /** A message that belongs to no field (e.g. wrong e-mail or password). */
  general?: string | null;
}) {
  const { ctx, errors } = props;
  const fields = Object.keys(errors);
  if (fields.length === 0 && !props.general) return null;
  return (
    <div class="error-summary" role="alert" aria-labelledby="error-summary-title">
      <h2 id="error-summary-title">{ctx.t("accounts.errorSummary")}</h2>
      <ul>
        {props.general ? <li>{props.general}</li> : null}
        {fields.map((f) => (
          <li>
            <a href={`#${props.targets?.[f] ?? f}`}>{fieldMessage(ctx, errors, f)}</a>
          </li>
        ))}
      </ul>
    </div>
  );
}

/** A labelled input with its hint and error tied to it by aria-describedby. */
export function Field(props: {
  ctx: PageContext;
  errors: FieldErrors;
  name: string;
  label: string;
  type?: "text" | "email" | "password";
  value?: string;
  hint?: string;
  autocomplete?: string;
  required?: boolean;
}) {
  const { ctx, errors, name } = props;
  const error = fieldMessage(ctx, errors, name);
  const described = [props.hint ? `${name}-hint` : null, error ? `${name}-error` : null]
    .filter(Boolean)
    .join(" ");
  return (
    <div class="field">
      <label for={name}>{props.label}</label>
      {props.hint ? (
        <p class="hint" id={`${name}-hint`}>
          {props.hint}
        </p>
      ) : null}
      {error ? (
        <p class="field-error" id={`${name}-error`}>
          {error}
        </p>
      ) : null}
      <input
        id={name}
        name={name}
        type={props.type ?? "text"}
        value={props.value ?? ""}
        autocomplete={props.autocomplete}
        required={props.required}
        aria-invalid={error ? "true" : undefined}
        aria-describedby={described || undefined}
      />
    </div>
  );
}

/** Date and time in Swedish time, e.g. "26 nov. 2026 01:23". */
export function formatDateTime(ctx: PageContext, date: Date | null): string {
  if (!date) return "";
  return new Intl.DateTimeFormat(ctx.locale === "sv" ? "sv-SE" : "en-GB", {
    dateStyle: "medium",
    timeStyle: "short",
    timeZone: "Europe/Stockholm",
  }).format(date);
}

export function formatTime(ctx: PageContext, date: Date): string {
  return new Intl.DateTimeFormat(ctx.locale === "sv" ? "sv-SE" : "en-GB", {
    hour: "2-digit",
    minute: "2-digit",
    timeZone: "Europe/Stockholm",
  }).format(date);
}
