/**
 * Reading the editor's forms: submitted values (kept for re-display), the same zod schemas as the
 * API, and the lines of an error summary.
 */
import type { Context } from "hono";
import type { z } from "zod";
import { AppError } from "../platform/errors.js";
import type { AppEnv } from "../platform/http/env.js";
import type { MessageKey } from "../platform/i18n/index.js";
import { CommitmentFieldsSchema, LIMITS, PromiseFieldsSchema } from "./editor.types.js";
import { describeIssues, type ImportIssue } from "./spreadsheet-rows.js";
import type { FormValues } from "./views/editor-forms.js";
import { reasonParams } from "./views/editor-page.js";

type C = Context<AppEnv>;

export async function formValues(c: C): Promise<FormValues> {
  const body = await c.req.parseBody({ all: true });
  const out: FormValues = {};
  for (const [k, v] of Object.entries(body)) {
    if (k === "_csrf") continue;
    if (Array.isArray(v)) out[k] = v.filter((x): x is string => typeof x === "string");
    else if (typeof v === "string") out[k] = v;
  }
  return out;
}

export const one = (v: FormValues, k: string) => {
  const x = v[k];
  return Array.isArray(x) ? (x[0] ?? "") : (x ?? "");
};
export const many = (v: FormValues, k: string) => {
  const x = v[k];
  return x === undefined ? [] : Array.isArray(x) ? x : [x];
};
const decimal = (s: string) => s.trim().replace(",", ".");

export function parse<T extends z.ZodType>(schema: T, value: unknown): z.output<T> {
  const r = schema.safeParse(value);
  if (!r.success) {
    const issue = r.error.issues[0];
    throw new AppError("invalid_body", { param: String(issue?.path.join(".") ?? ""), value: "" });
  }
  return r.data;
}

export function promiseFieldsOf(v: FormValues) {
  return parse(PromiseFieldsSchema, {
    title: one(v, "title"),
    fromYear: one(v, "fromYear"),
    toYear: one(v, "toYear"),
    background: one(v, "background"),
    howMade: one(v, "howMade"),
    areaIds: many(v, "areaIds"),
    partyIds: many(v, "partyIds"),
  });
}

export function commitmentFieldsOf(v: FormValues) {
  const targets = [];
  for (let i = 0; i < LIMITS.targets; i++) {
    const key = `target.${i}`;
    if (v[`${key}.description`] === undefined || one(v, `${key}.remove`) === "1") continue;
    targets.push({
      id: one(v, `${key}.id`) || undefined,
      description: one(v, `${key}.description`),
      direction: one(v, `${key}.direction`),
      targetValue: decimal(one(v, `${key}.targetValue`)),
      unit: one(v, `${key}.unit`),
    });
  }
  if (one(v, "target.new.description").trim() !== "") {
    targets.push({
      description: one(v, "target.new.description"),
      direction: one(v, "target.new.direction"),
      targetValue: decimal(one(v, "target.new.targetValue")),
      unit: one(v, "target.new.unit"),
    });
  }
  return parse(CommitmentFieldsSchema, {
    text: one(v, "text"),
    responsibleKind: one(v, "responsibleKind"),
    responsiblePartyIds: many(v, "responsiblePartyIds"),
    contributorPartyIds: many(v, "contributorPartyIds"),
    unitIds: many(v, "unitIds"),
    goalIds: many(v, "goalIds"),
    weight: decimal(one(v, "weight") || "1"),
    targets,
  });
}

/** The lines under an error summary: lifecycle reasons, or import problems by row and column. */
export function failureLines(c: C, error: AppError): string[] {
  const t = c.get("t");
  if (error.code === "transition_refused" && Array.isArray(error.details)) {
    return (error.details as Array<{ code: string; params?: Record<string, string | number> }>).map((r) =>
      t(`refusal.${r.code}` as MessageKey, reasonParams({ t } as never, r.params)),
    );
  }
  if (error.code === "import_refused" && Array.isArray(error.details)) {
    return describeIssues(error.details as ImportIssue[], t as never).map((i) =>
      i.column
        ? t("editor.sheet.issue", { row: i.row, column: i.column, message: i.message })
        : t("editor.sheet.issueNoColumn", { row: i.row, message: i.message }),
    );
  }
  const current = (error.details as { current?: { text?: { sv?: string } } } | undefined)?.current;
  return current?.text?.sv ? [current.text.sv] : [];
}
