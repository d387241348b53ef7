import type { Context, MiddlewareHandler } from "hono";
import { AppError } from "../errors.js";
import type { AppEnv } from "./env.js";

/**
 * The one boundary rule for text. Every text a request brings — query parameters, form fields
 * (urlencoded and multipart text parts), JSON string values and keys — is checked before any
 * route, service or query sees it:
 * - no NUL and no other control character (C0 except tab, newline and carriage return — browsers
 *   send CRLF from a textarea; DEL and the C1 range too) → 400 `invalid_text`;
 * - no single text longer than `TEXT_MAX_CHARS` → 400 `invalid_text` (`too_long`). The schemas
 *   set the real limits per field; this is the backstop so that no text reaches the database
 *   unchecked (a long key breaks an index entry, a NUL breaks PostgreSQL's text type).
 * Uploaded files are not text and are left to their readers. Forms normalise CRLF to LF
 * (`form.ts`), so stored text has one kind of line break.
 */
export const TEXT_MAX_CHARS = 100_000;

const FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/;

/** Why a text is refused, or null when it passes the rule. */
export function textProblem(text: string): "control_character" | "too_long" | null {
  if (FORBIDDEN.test(text)) return "control_character";
  if (text.length > TEXT_MAX_CHARS) return "too_long";
  return null;
}

function refuse(problem: "control_character" | "too_long", where: string): AppError {
  const param = where.length > 60 ? `${where.slice(0, 60)}…` : where;
  return new AppError("invalid_text", {
    entity: problem,
    param: FORBIDDEN.test(param) ? "?" : param,
    max: TEXT_MAX_CHARS,
  });
}

function check(text: string, where: string): void {
  const problem = textProblem(text);
  if (problem) throw refuse(problem, where);
}

/** Walks a parsed JSON value without recursion (deep nesting must not exhaust the stack). */
function checkJson(root: unknown): void {
  const stack: { value: unknown; path: string }[] = [{ value: root, path: "" }];
  while (stack.length > 0) {
    const { value, path } = stack.pop() as { value: unknown; path: string };
    if (typeof value === "string") check(value, path || "body");
    else if (Array.isArray(value)) value.forEach((v, i) => stack.push({ value: v, path: `${path}.${i}` }));
    else if (value !== null && typeof value === "object") {
      for (const [key, v] of Object.entries(value)) {
        check(key, path || "body");
        stack.push({ value: v, path: path ? `${path}.${key}` : key });
      }
    }
  }
}

const BODY_METHODS = new Set(["POST", "PUT", "PATCH", "DELETE"]);

async function checkBody(c: Context<AppEnv>): Promise<void> {
  const type = (c.req.header("Content-Type") ?? "").split(";")[0]?.trim().toLowerCase() ?? "";
  if (type === "application/x-www-form-urlencoded" || type === "multipart/form-data") {
    let form: Record<string, unknown>;
    try {
      // Hono caches the parsed form, so the route reads it again without a second parse.
      form = (await c.req.parseBody({ all: true })) as Record<string, unknown>;
    } catch {
      throw new AppError("bad_request");
    }
    for (const [key, value] of Object.entries(form)) {
      check(key, "field");
      for (const v of Array.isArray(value) ? value : [value]) if (typeof v === "string") check(v, key);
    }
  } else if (type === "application/json" || type.endsWith("+json")) {
    const text = await c.req.text();
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch {
      return; // Malformed JSON is the route's to refuse (400 from its validator).
    }
    checkJson(parsed);
  }
}

/** The middleware: registered right after the body limit, before authentication reads a form. */
export const textRule: MiddlewareHandler<AppEnv> = async (c, next) => {
  const url = new URL(c.req.url);
  for (const [key, value] of url.searchParams) {
    check(key, "query");
    check(value, key);
  }
  if (BODY_METHODS.has(c.req.method)) await checkBody(c);
  await next();
};
