/**
 * The one way a page reads a posted form: the fields become the object the API's zod schema
 * describes, and the same schema validates them. A form field is text; the schema says what it
 * becomes: a number (a decimal comma is accepted), a boolean (a checked box), a list (repeated
 * fields or checkboxes), a nested object or list of objects (`links.0.url`). An empty text for
 * an optional field is "not given"; for a nullable one (that is not optional) it is null.
 *
 * @example
 * const input = await parseForm(c, SaveFollowUpSchema);   // throws invalid_body with details
 * const { values, result } = await readFormAs(c, Schema); // keeps what was typed, for re-display
 */
import type { Context } from "hono";
import type { z } from "zod";
import { AppError } from "../errors.js";
import type { AppEnv } from "./env.js";

/** A posted form: text fields (repeated ones as lists) and uploaded files. */
export type FormBody = Record<string, string | File | (string | File)[]>;

/** Exactly what the user typed, without the CSRF field (for re-displaying the form). */
export type FormValues = Record<string, string | string[]>;

/** The posted form (urlencoded or multipart); repeated fields become lists. */
export function readForm(c: Context<AppEnv>): Promise<FormBody> {
  return c.req.parseBody({ all: true }) as Promise<FormBody>;
}

/** The text fields of a posted form, as typed. */
export function formValuesOf(body: FormBody): FormValues {
  const out: FormValues = {};
  for (const [k, v] of Object.entries(body)) {
    if (k === "_csrf") continue;
    if (Array.isArray(v)) out[k] = v.filter((x): x is string => typeof x === "string");
    else if (typeof v === "string") out[k] = v;
  }
  return out;
}

/** One field issue: the form field's name and zod's message. */
export interface FormIssue {
  field: string;
  message: string;
}

export type FormResult<T> = { success: true; data: T } | { success: false; issues: FormIssue[] };

/** Converts the form to the schema's shape and validates it, without throwing. */
export function validateForm<T extends z.ZodType>(schema: T, body: FormBody): FormResult<z.output<T>> {
  const parsed = schema.safeParse(toSchemaShape(schema, body, ""));
  if (parsed.success) return { success: true, data: parsed.data };
  return {
    success: false,
    issues: parsed.error.issues.map((i) => ({ field: i.path.join("."), message: i.message })),
  };
}

/** The issues as the AppError the API answers a bad body with (400 `invalid_body`). */
export function formError(issues: FormIssue[]): AppError {
  const first = issues[0];
  return new AppError(
    "invalid_body",
    { param: first?.field ?? "", value: "" },
    issues.map((i) => ({ path: i.field, message: i.message })),
  );
}

/** Reads and validates the posted form against the API's schema; throws `invalid_body`. */
export async function parseForm<T extends z.ZodType>(c: Context<AppEnv>, schema: T): Promise<z.output<T>> {
  const result = validateForm(schema, await readForm(c));
  if (!result.success) throw formError(result.issues);
  return result.data;
}

/** Reads the form once: what was typed (for re-display) and the validation result. */
export async function readFormAs<T extends z.ZodType>(
  c: Context<AppEnv>,
  schema: T,
): Promise<{ body: FormBody; values: FormValues; result: FormResult<z.output<T>> }> {
  const body = await readForm(c);
  return { body, values: formValuesOf(body), result: validateForm(schema, body) };
}

// --- form fields → the schema's shape -------------------------------------------------------

type AnySchema = z.core.$ZodType;

/** The schema under optional/nullable/default/pipe wrappers, and whether it may be absent or null. */
function unwrap(schema: AnySchema): { inner: AnySchema; optional: boolean; nullable: boolean } {
  let current = schema;
  let optional = false;
  let nullable = false;
  for (;;) {
    const def = current._zod.def as { type: string; innerType?: AnySchema; in?: AnySchema };
    if (def.type === "optional" || def.type === "default" || def.type === "prefault") optional = true;
    if (def.type === "nullable") nullable = true;
    if (
      (def.type === "optional" ||
        def.type === "nullable" ||
        def.type === "default" ||
        def.type === "prefault" ||
        def.type === "readonly" ||
        def.type === "catch") &&
      def.innerType
    ) {
      current = def.innerType;
    } else if (def.type === "pipe" && def.in) {
      current = def.in;
    } else {
      return { inner: current, optional, nullable };
    }
  }
}

const textsAt = (body: FormBody, key: string): string[] => {
  const value = body[key];
  const all = Array.isArray(value) ? value : value === undefined ? [] : [value];
  // A textarea posts CRLF; stored text has LF only (control characters never got this far: text-rule.ts).
  return all.filter((v): v is string => typeof v === "string").map((v) => v.replace(/\r\n?/g, "\n"));
};

const filesAt = (body: FormBody, key: string): File[] => {
  const value = body[key];
  const all = Array.isArray(value) ? value : value === undefined ? [] : [value];
  return all.filter((v): v is File => typeof v !== "string");
};

/** Indexes present under `prefix.N.` (rows of a repeated group such as links). */
function rowIndexes(body: FormBody, prefix: string): number[] {
  const found = new Set<number>();
  const pattern = new RegExp(`^${prefix.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}\\.(\\d+)(\\.|$)`);
  for (const key of Object.keys(body)) {
    const m = pattern.exec(key);
    if (m?.[1]) found.add(Number(m[1]));
  }
  return [...found].sort((a, b) => a - b);
}

function toSchemaShape(schema: AnySchema, body: FormBody, key: string): unknown {
  const { inner, optional, nullable } = unwrap(schema);
  const def = inner._zod.def as { type: string; shape?: Record<string, AnySchema>; element?: AnySchema };
  const at = (name: string) => (key === "" ? name : `${key}.${name}`);
  switch (def.type) {
    case "object": {
      const out: Record<string, unknown> = {};
      for (const [name, field] of Object.entries(def.shape ?? {})) {
        const value = toSchemaShape(field, body, at(name));
        if (value !== undefined) out[name] = value;
      }
      return out;
    }
    case "array": {
      const element = def.element ? unwrap(def.element).inner : undefined;
      const elementType = element ? (element._zod.def as { type: string }).type : "string";
      if (elementType === "object" && def.element) {
        return rowIndexes(body, key).map((i) => toSchemaShape(def.element as AnySchema, body, `${key}.${i}`));
      }
      const texts = textsAt(body, key).filter((v) => v !== "");
      if (elementType === "number" || elementType === "int") return texts.map(toNumber);
      return texts;
    }
    case "file":
      return filesAt(body, key)[0];
    default: {
      const text = textsAt(body, key)[0];
      if (def.type === "boolean") return text !== undefined && text !== "" && text !== "false";
      if (text === undefined || (text.trim() === "" && optional)) return undefined;
      if (text.trim() === "" && nullable) return null;
      if (def.type === "number" || def.type === "int" || def.type === "bigint") return toNumber(text);
      return text;
    }
  }
}

/** A number typed in Swedish or English (`3,5` or `3.5`, spaces allowed); NaN fails validation. */
function toNumber(text: string): number {
  const cleaned = text.trim().replace(/\s/g, "").replace(",", ".");
  return cleaned === "" ? Number.NaN : Number(cleaned);
}
