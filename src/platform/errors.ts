/**
 * The one error type of the application. Codes are stable API; each maps to one HTTP status
 * in `httpStatusOf` and to a message in the catalogs (`errors.<code>`).
 *
 * @example
 * throw new AppError("not_found", { entity: "promise" });
 */
export const ERROR_STATUS = {
  bad_request: 400,
  invalid_id: 400,
  invalid_ref: 400,
  invalid_query: 400,
  invalid_body: 400,
  /** A text with a control character (NUL …) or over the length every text is capped at. */
  invalid_text: 400,
  unauthorized: 401,
  forbidden: 403,
  /** A cookie-authenticated change without a valid CSRF token. */
  csrf_invalid: 403,
  /** The account must choose a new password before doing anything else. */
  password_change_required: 403,
  not_found: 404,
  conflict: 409,
  transition_refused: 409,
  payload_too_large: 413,
  /** A spreadsheet import with problems; details list every one by row and column. */
  import_refused: 422,
  /** Too many requests from one client or for one address (subscriptions); answered with Retry-After. */
  rate_limited: 429,
  /** A setup file with problems; details list every one with its path in the file. */
  setup_invalid: 422,
  /** An incident report whose free text looks like it holds personal data; details name the kinds. */
  personal_data_suspected: 422,
  internal: 500,
} as const;

export type ErrorCode = keyof typeof ERROR_STATUS;

export class AppError extends Error {
  override name = "AppError";
  constructor(
    readonly code: ErrorCode,
    readonly params: Record<string, string | number> = {},
    /** Structured details safe to show to the client (e.g. validation issues). */
    readonly details?: unknown,
  ) {
    super(`${code} ${JSON.stringify(params)}`);
  }
}

export function httpStatusOf(code: ErrorCode): number {
  return ERROR_STATUS[code];
}

export function isAppError(e: unknown): e is AppError {
  return e instanceof AppError;
}
