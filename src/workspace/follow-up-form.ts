/**
 * The follow-up form. The platform form helper reads it with the API's schema
 * (`FollowUpDraftInputSchema`); this file adds only what the helper cannot know about this form:
 * a target left empty and the spare link row are blank rows, not values; errors are named by the
 * field the user sees; and what was typed is kept per target, so that nothing is lost on an error
 * or a conflict. Pure: no I/O.
 */
import { z } from "zod";
import { FollowUpDraftInputSchema } from "../followups/round.types.js";
import {
  type FormBody,
  type FormIssue,
  type FormResult,
  formValuesOf,
  validateForm,
} from "../platform/http/form.js";

/** The API's draft input, and which button was pressed. */
export const FollowUpFormSchema = FollowUpDraftInputSchema.extend({
  intent: z.enum(["save", "submit"]).default("save"),
});
export type FollowUpFormInput = z.output<typeof FollowUpFormSchema>;

/** What the user typed, as the form shows it again. */
export interface TypedValues {
  version: string;
  status: string;
  narrative: string;
  /** Target id → the text typed. */
  measures: Record<string, string>;
  links: { url: string; label: string }[];
}

/** A field error: the element id to link to, and a catalog key with the field's label. */
export interface FieldError {
  fieldId: string;
  key:
    | "workspace.form.errorNumber"
    | "workspace.form.errorUrl"
    | "workspace.form.errorLong"
    | "workspace.form.errorChoice"
    | "workspace.form.errorRequired"
    | "workspace.form.errorNegative"
    | "workspace.form.errorWhole"
    | "workspace.form.errorOver100"
    | "workspace.form.errorOther";
  label: string;
}

/** How many empty link rows the form offers after the filled ones. */
export const EMPTY_LINK_ROWS = 1;

export interface FollowUpForm {
  typed: TypedValues;
  result: FormResult<FollowUpFormInput>;
  /** The form row behind each list item validated: target ids and link row numbers. */
  rows: { measurements: string[]; links: number[] };
}

const ROW = /^(measurements|links)\.(\d+)\.(\w+)$/;
const text = (v: FormBody[string] | undefined): string => {
  const first = Array.isArray(v) ? v[0] : v;
  return typeof first === "string" ? first : "";
};

/** The rows of a list field (`links.0.url`, `links.0.label`, …) by row number, in order. */
function rowsOf(body: FormBody, list: "measurements" | "links"): [number, Record<string, string>][] {
  const rows = new Map<number, Record<string, string>>();
  for (const [key, value] of Object.entries(body)) {
    const m = ROW.exec(key);
    if (!m || m[1] !== list) continue;
    const n = Number(m[2]);
    rows.set(n, { ...rows.get(n), [m[3] as string]: text(value) });
  }
  return [...rows.entries()].sort(([a], [b]) => a - b);
}

const blank = (s: string | undefined) => (s ?? "").trim() === "";

/** Reads the posted follow-up form: what was typed, and the API's input or its issues. */
export function readFollowUpForm(body: FormBody): FollowUpForm {
  const measurements = rowsOf(body, "measurements");
  const links = rowsOf(body, "links");
  const blankRows = new Set([
    ...measurements.filter(([, r]) => blank(r.value)).map(([n]) => `measurements.${n}.`),
    ...links.filter(([, r]) => blank(r.url) && blank(r.label)).map(([n]) => `links.${n}.`),
  ]);
  const given: FormBody = Object.fromEntries(
    Object.entries(body).filter(([key]) => ![...blankRows].some((prefix) => key.startsWith(prefix))),
  );
  const values = formValuesOf(body);
  const value = (key: string) => text(values[key]);
  return {
    typed: {
      version: value("version"),
      status: value("status"),
      narrative: value("narrative"),
      measures: Object.fromEntries(measurements.map(([, r]) => [r.targetId ?? "", r.value ?? ""])),
      links: links.map(([, r]) => ({ url: r.url ?? "", label: r.label ?? "" })),
    },
    result: validateForm(FollowUpFormSchema, given),
    rows: {
      measurements: measurements
        .filter(([n]) => !blankRows.has(`measurements.${n}.`))
        .map(([, r]) => r.targetId ?? ""),
      links: links.filter(([n]) => !blankRows.has(`links.${n}.`)).map(([n]) => n),
    },
  };
}

/** The labels the error summary names fields by. */
export interface FieldLabels {
  targets: Record<string, string>;
  status: string;
  narrative: string;
  linkUrl: (n: number) => string;
  linkLabel: (n: number) => string;
}

/** The write path's refusals of a measured value (`measureProblem`) by their message. */
const MEASURE_KEYS: Record<string, FieldError["key"]> = {
  negative: "workspace.form.errorNegative",
  not_whole: "workspace.form.errorWhole",
  over_100: "workspace.form.errorOver100",
};

/** The form's issues as errors naming the field the user sees, one per field. */
export function fieldErrors(form: FollowUpForm, issues: FormIssue[], labels: FieldLabels): FieldError[] {
  const errors = new Map<string, FieldError>();
  for (const issue of issues) {
    const [list, index, part] = issue.field.split(".");
    const row = Number(index);
    let error: FieldError;
    if (list === "measurements" && part !== undefined) {
      const targetId = form.rows.measurements[row] ?? "";
      error = {
        fieldId: `measure-${targetId}`,
        key: MEASURE_KEYS[issue.message] ?? "workspace.form.errorNumber",
        label: labels.targets[targetId] ?? "",
      };
    } else if (list === "links" && part === "url") {
      const n = form.rows.links[row] ?? row;
      error = { fieldId: `linkUrl-${n}`, key: "workspace.form.errorUrl", label: labels.linkUrl(n + 1) };
    } else if (list === "links" && part === "label") {
      const n = form.rows.links[row] ?? row;
      error = { fieldId: `linkLabel-${n}`, key: "workspace.form.errorLong", label: labels.linkLabel(n + 1) };
    } else if (issue.field === "narrative") {
      const key = issue.message === "required" ? "workspace.form.errorRequired" : "workspace.form.errorLong";
      error = { fieldId: "narrative", key, label: labels.narrative };
    } else if (issue.field === "status") {
      error = { fieldId: "status", key: "workspace.form.errorChoice", label: labels.status };
    } else {
      error = { fieldId: issue.field, key: "workspace.form.errorOther", label: issue.field };
    }
    if (!errors.has(error.fieldId)) errors.set(error.fieldId, error);
  }
  return [...errors.values()];
}
