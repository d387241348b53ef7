/**
 * Validation of a report before it may go forward. Pure. Errors block the next step of the
 * decision chain; warnings (long sentences, LIX above 50 in text for residents) do not.
 */

import type { MessageKey } from "../platform/i18n/index.js";
import { translator } from "../platform/i18n/index.js";
import { finalFollowUp } from "./model/assemble-report-back.js";
import type { PeriodReportInput, ReportBackInput } from "./model/report-data.js";

export type IssueCode =
  | "placeholder"
  | "empty_section"
  | "missing_final_followup"
  | "consultation_missing"
  | "consultation_incomplete"
  | "no_decision_proposal"
  | "no_registration_number"
  | "long_sentence"
  | "lix";

export interface ValidationIssue {
  code: IssueCode;
  severity: "error" | "warning";
  /** Swedish message naming what to fix. */
  message: string;
  /** What to fix: a report field, a consultation, or a point's follow-up. */
  target: { field: string; id?: string; number?: number };
}

/** Template placeholders Word and similar tools leave behind. */
export const PLACEHOLDER_PATTERNS: readonly RegExp[] = [
  /klicka( eller tryck)? här för att (ange|skriva|lägga till|infoga) (en )?(text|datum|ett datum)\.?/i,
  /(click|tap)( or tap)? here to (enter|add|insert) (some )?(text|a date)\.?/i,
  /välj ett objekt\.?/i,
  /choose an item\.?/i,
  /\[(skriv|ange|infoga|namn|text|datum|rubrik)[^\]]*\]/i,
  /\blorem ipsum\b/i,
  /\bx{3,}\b/i,
];

export const MAX_SENTENCE_WORDS = 35;
export const MAX_LIX = 50;

/** The placeholder found in a text, if any. */
export function findPlaceholder(text: string): string | null {
  for (const pattern of PLACEHOLDER_PATTERNS) {
    const m = pattern.exec(text);
    if (m) return m[0];
  }
  return null;
}

const words = (text: string) => text.match(/[\p{L}\p{N}]+(?:[-'’][\p{L}\p{N}]+)*/gu) ?? [];
export const sentences = (text: string) =>
  text
    .split(/(?<=[.!?:])\s+(?=[\p{Lu}\p{N}"”«])/u)
    .map((s) => s.trim())
    .filter((s) => words(s).length > 0);

/**
 * LIX (läsbarhetsindex) = words / sentences + 100 × long words (more than six letters) / words.
 * Null for texts too short to judge (fewer than 20 words).
 */
export function lix(text: string): number | null {
  const w = words(text);
  if (w.length < 20) return null;
  const s = Math.max(1, sentences(text).length);
  const long = w.filter((x) => x.length > 6).length;
  return Math.round(w.length / s + (100 * long) / w.length);
}

const sv = translator("sv");
const fieldName = (field: string, number?: number) =>
  sv(`reports.field.${field}` as MessageKey, number === undefined ? {} : { number });

function issue(
  code: IssueCode,
  severity: ValidationIssue["severity"],
  target: ValidationIssue["target"],
  params: Record<string, string | number> = {},
): ValidationIssue {
  return {
    code,
    severity,
    target,
    message: sv(`reports.issue.${code}` as MessageKey, {
      field: fieldName(target.field, target.number),
      ...params,
    }),
  };
}

interface TextField {
  target: ValidationIssue["target"];
  text: string;
  /** Text meant for residents: readability is checked. */
  forResidents: boolean;
}

function textChecks(fields: TextField[]): ValidationIssue[] {
  const out: ValidationIssue[] = [];
  for (const f of fields) {
    const placeholder = findPlaceholder(f.text);
    if (placeholder) out.push(issue("placeholder", "error", f.target, { text: placeholder }));
    if (!f.forResidents) continue;
    for (const s of sentences(f.text)) {
      const n = words(s).length;
      if (n > MAX_SENTENCE_WORDS) {
        out.push(issue("long_sentence", "warning", f.target, { words: n, max: MAX_SENTENCE_WORDS }));
      }
    }
    const value = lix(f.text);
    if (value !== null && value > MAX_LIX)
      out.push(issue("lix", "warning", f.target, { lix: value, max: MAX_LIX }));
  }
  return out;
}

/** Text fields of the points: their wording and their follow-ups' narratives (read by residents). */
function pointFields(input: { promise: ReportBackInput["promise"] }, periods: string[]): TextField[] {
  return input.promise.commitments.flatMap((c) => [
    { target: { field: "commitment", id: c.id, number: c.number }, text: c.text, forResidents: true },
    ...c.followUps
      .filter((f) => periods.includes(f.periodCode))
      .map((f) => ({
        target: { field: "followUp", id: c.id, number: c.number },
        text: f.narrative,
        forResidents: true,
      })),
  ]);
}

export function validateReportBack(input: ReportBackInput): ValidationIssue[] {
  const { report, promise } = input;
  const issues: ValidationIssue[] = [];
  const finalPeriod = promise.periods.at(-1) ?? null;

  if (!report.registrationNumber?.trim()) {
    issues.push(issue("no_registration_number", "error", { field: "registrationNumber" }));
  }
  if (report.decisionItems.filter((d) => d.text.trim()).length === 0) {
    issues.push(issue("no_decision_proposal", "error", { field: "decisionItems" }));
  }
  const mandatory: [string, string | number][] = [
    ["title", report.title],
    ["matter", report.matter],
    ["background", report.background],
    ["genderEquality", report.genderEquality],
    ["mblStatement", report.mblStatement],
    ["attachments", report.attachments.length],
    ["signatories", report.signatories.length],
    ["distribution", report.distribution.length],
  ];
  for (const [field, value] of mandatory) {
    if (typeof value === "number" ? value === 0 : !value.trim()) {
      issues.push(issue("empty_section", "error", { field }));
    }
  }
  for (const c of promise.commitments) {
    if (!finalFollowUp(c, finalPeriod)) {
      issues.push(
        issue(
          "missing_final_followup",
          "error",
          { field: "followUp", id: c.id, number: c.number },
          {
            number: c.number,
            period: finalPeriod ?? "–",
          },
        ),
      );
    }
  }
  if (report.consultations.length === 0) {
    issues.push(issue("consultation_missing", "error", { field: "consultations" }));
  }
  for (const c of report.consultations) {
    if (!c.stance) {
      issues.push(
        issue("consultation_incomplete", "error", { field: "consultations", id: c.id }, { body: c.body }),
      );
    }
  }
  const memoFields: TextField[] = (
    [
      "title",
      "matter",
      "background",
      "genderEquality",
      "publicationNote",
      "committeeNote",
      "goalsIntro",
      "mblStatement",
    ] as const
  ).map((field) => ({ target: { field }, text: report[field], forResidents: false }));
  memoFields.push(
    ...report.decisionItems.map((d) => ({
      target: { field: "decisionItems", id: d.id },
      text: d.text,
      forResidents: false,
    })),
    ...report.consultations.map((c) => ({
      target: { field: "consultations", id: c.id },
      text: `${c.body} ${c.comment ?? ""}`,
      forResidents: false,
    })),
    ...report.attachments.map((a) => ({
      target: { field: "attachments" },
      text: a.title,
      forResidents: false,
    })),
    ...report.signatories.map((s) => ({
      target: { field: "signatories" },
      text: `${s.name} ${s.title ?? ""}`,
      forResidents: false,
    })),
    ...report.distribution.map((d) => ({ target: { field: "distribution" }, text: d, forResidents: false })),
  );
  const finalOnly = finalPeriod ? [finalPeriod] : [];
  issues.push(...textChecks([...memoFields, ...pointFields(input, finalOnly)]));
  return issues;
}

export function validatePeriodReport(input: PeriodReportInput): ValidationIssue[] {
  return textChecks(pointFields(input, [input.periodCode]));
}

export const hasErrors = (issues: ValidationIssue[]) => issues.some((i) => i.severity === "error");
