import { AppError, isAppError } from "../platform/errors.js";

/**
 * Input problems per form field, as reason codes (`accounts.error.<reason>` in the catalog).
 * Services throw them as one `invalid_body` AppError; pages show them beside the fields and in
 * the error summary; the API returns them in `details.fields`.
 */
export type FieldErrors = Record<string, FieldReason>;

export type FieldReason =
  | "required"
  | "email_invalid"
  | "email_taken"
  | "too_short"
  | "too_long"
  | "is_email"
  | "repeat_mismatch"
  | "current_wrong"
  | "party_required"
  | "party_invalid"
  | "unit_invalid"
  | "person_invalid"
  | "role_invalid"
  | "role_exists"
  | "last_role"
  | "own_admin_role"
  | "self_disable"
  | "lifetime_invalid";

export function invalidFields(fields: FieldErrors): AppError {
  const [first] = Object.keys(fields);
  return new AppError("invalid_body", { param: first ?? "", value: "" }, { fields });
}

/** The field errors carried by an error, or null when it is not an input problem. */
export function fieldErrorsOf(error: unknown): FieldErrors | null {
  if (!isAppError(error) || error.code !== "invalid_body") return null;
  const details = error.details as { fields?: FieldErrors } | undefined;
  return details?.fields ?? null;
}
