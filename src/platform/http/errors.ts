import type { Context } from "hono";
import { HTTPException } from "hono/http-exception";
import type { ZodError } from "zod";
import { AppError, httpStatusOf } from "../errors.js";
import { hasMessage, type Translate } from "../i18n/index.js";
import type { AppEnv } from "./env.js";

/** Path parameters that hold ids or references; a bad value is an invalid id, not a bad query. */
const ID_PARAMS = new Set(["partnershipId", "promiseId", "commitmentId", "periodId"]);

/**
 * The validation hook of every route: turns a zod failure into an AppError with the
 * parameter and value, so that the one error handler answers it.
 */
export function validationHook(
  result: { success: true } | { success: false; error: ZodError; target: string },
  c: Context<AppEnv>,
): void {
  if (result.success) return;
  const issue = result.error.issues[0];
  const param = String(issue?.path[0] ?? "");
  const value = inputValue(c, result.target, param);
  const details = result.error.issues.map((i) => ({ path: i.path.join("."), message: i.message }));
  if (result.target === "param") {
    throw new AppError(ID_PARAMS.has(param) ? "invalid_id" : "bad_request", { value, param }, details);
  }
  throw new AppError(result.target === "query" ? "invalid_query" : "invalid_body", { param, value }, details);
}

function inputValue(c: Context<AppEnv>, target: string, param: string): string {
  if (target === "param") return c.req.param(param) ?? "";
  if (target === "query") return c.req.query(param) ?? "";
  return "";
}

export interface ErrorBody {
  status: number;
  code: string;
  message: string;
  details?: unknown;
}

/** Maps any thrown value to a status, a stable code and a message in the request's language. */
export function describeError(error: unknown, t: Translate): ErrorBody {
  if (error instanceof AppError) {
    const specific = `errors.${error.code}.${error.params.entity ?? ""}`;
    const key = hasMessage(specific)
      ? specific
      : hasMessage(`errors.${error.code}`)
        ? `errors.${error.code}`
        : null;
    const message = key ? t(key as never, error.params) : t("errors.bad_request");
    return {
      status: httpStatusOf(error.code),
      code: error.code,
      message,
      ...(error.details !== undefined ? { details: error.details } : {}),
    };
  }
  if (error instanceof HTTPException) {
    const status = error.status;
    if (status === 413) return { status, code: "payload_too_large", message: t("errors.payload_too_large") };
    if (status >= 400 && status < 500)
      return { status, code: "bad_request", message: t("errors.bad_request") };
  }
  return { status: 500, code: "internal", message: t("errors.internal") };
}
