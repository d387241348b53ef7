import type { Context } from "hono";
import type { AppEnv } from "../platform/http/env.js";

export type FormBody = Record<string, string | File | (string | File)[]>;

/** The posted form (urlencoded or multipart); repeated fields become arrays. */
export function readForm(c: Context<AppEnv>): Promise<FormBody> {
  return c.req.parseBody({ all: true }) as Promise<FormBody>;
}

/** One text field ("" when missing; the first value when repeated). */
export function textOf(body: FormBody, key: string): string {
  const value = body[key];
  const first = Array.isArray(value) ? value[0] : value;
  return typeof first === "string" ? first : "";
}

/** A repeated text field (checkboxes) as a list. */
export function textsOf(body: FormBody, key: string): string[] {
  const value = body[key];
  const all = Array.isArray(value) ? value : value === undefined ? [] : [value];
  return all.filter((v): v is string => typeof v === "string" && v !== "");
}

/**
 * A `next` address honoured after sign-in only when it is a path on this site: it starts with one
 * "/", and is not "//host" or "/\host" (which browsers treat as another site).
 */
export function localPathOrNull(next: string | undefined | null): string | null {
  if (!next || next.length > 2000) return null;
  if (!/^\/(?![/\\])/.test(next)) return null;
  if (/[\u0000-\u001f\u007f\\]/.test(next)) return null;
  return next;
}
