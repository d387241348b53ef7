import { AppError, isAppError } from "../platform/errors.js";
import type { FormIssue } from "../platform/http/form.js";

/**
 * Input problems per form field, as reason codes (`accounts.error.<reason>` in the catalog).
 * Services throw them as one `invalid_body` AppError; the form schemas (accounts.types.ts) use
 * them as their messages; pages show them beside the fields and in the error summary; the API
 * returns them in `details.fields`.
 */
export type FieldErrors = Record<string, FieldReason>;

const FIELD_REASONS = [
  "required",
  "email_invalid",
  "email_taken",
  "too_short",
  "too_long",
  "is_email",
  "common",
  "repeat_mismatch",
  "current_wrong",
  "party_required",
  "party_invalid",
  "unit_invalid",
  "person_invalid",
  "role_invalid",
  "role_exists",
  "last_role",
  "own_admin_role",
  "self_disable",
  "lifetime_invalid",
  // the installation's administration (system/)
  "slug_invalid",
  "slug_taken",
  // sign-in with OpenID Connect (sso/manage-providers.ts)
  "issuer_invalid",
  "secret_ref_invalid",
  "scopes_invalid",
  "claim_invalid",
  "domains_invalid",
  "self_service_needs_partnership",
  "no_working_provider",
] as const;

export type FieldReason = (typeof FIELD_REASONS)[number];

const isFieldReason = (message: string): message is FieldReason =>
  (FIELD_REASONS as readonly string[]).includes(message);

export function invalidFields(fields: FieldErrors): AppError {
  const [first] = Object.keys(fields);
  return new AppError("invalid_body", { param: first ?? "", value: "" }, { fields });
}

/**
 * The form helper's issues as field errors (the first reason per field; `unitIds.0` belongs to
 * `unitIds`), or null when an issue is not one a page shows beside a field (e.g. a tampered
 * hidden `version`): such a form is answered as a bad request.
 */
export function fieldErrorsOfIssues(issues: readonly FormIssue[]): FieldErrors | null {
  const fields: FieldErrors = {};
  for (const issue of issues) {
    if (!isFieldReason(issue.message)) return null;
    const field = issue.field.split(".")[0] ?? "";
    fields[field] ??= issue.message;
  }
  return fields;
}

/**
 * The field errors carried by an error (a service's `invalidFields`, or the form helper's
 * `invalid_body` with field reasons as messages), or null when it is not an input problem.
 */
export function fieldErrorsOf(error: unknown): FieldErrors | null {
  if (!isAppError(error) || error.code !== "invalid_body") return null;
  const details = error.details;
  if (Array.isArray(details))
    return fieldErrorsOfIssues(
      details.map((d: { path?: unknown; message?: unknown }) => ({
        field: String(d.path ?? ""),
        message: String(d.message ?? ""),
      })),
    );
  const fields = (details as { fields?: FieldErrors } | undefined)?.fields;
  return fields ?? null;
}
