import type { MiddlewareHandler } from "hono";
import { bodyLimit } from "hono/body-limit";
import { AppError } from "../errors.js";
import type { AppEnv } from "./env.js";

/** A larger body allowed on some paths (an upload), with the error that names the limit. */
export interface BodyLimit {
  /** Matched against the request path. */
  path: RegExp;
  maxBytes: number;
  /** The error for a body over the limit (e.g. `payload_too_large` naming the file kind). */
  error: () => AppError;
}

/** Forms and JSON bodies: far more than any form needs, far less than a memory problem. */
export const DEFAULT_BODY_LIMIT_BYTES = 1024 * 1024;

/**
 * Limits every request body before anything reads it (authentication reads a form's `_csrf`
 * field, so the limit must come first): a path's own limit when a module declares one, else
 * the default. Over the limit → 413 `payload_too_large`.
 */
export function requestBodyLimit(limits: readonly BodyLimit[]): MiddlewareHandler<AppEnv> {
  const fallback = bodyLimit({
    maxSize: DEFAULT_BODY_LIMIT_BYTES,
    onError: () => {
      throw new AppError("payload_too_large");
    },
  });
  const specific = limits.map((limit) => ({
    path: limit.path,
    middleware: bodyLimit({
      maxSize: limit.maxBytes,
      onError: () => {
        throw limit.error();
      },
    }),
  }));
  return (c, next) => {
    const own = specific.find((s) => s.path.test(c.req.path));
    return (own?.middleware ?? fallback)(c, next);
  };
}
