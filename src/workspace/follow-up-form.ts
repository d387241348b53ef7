/**
 * The follow-up form's fields: parsing what the browser posted into the service's input, keeping
 * exactly what the user typed (so nothing is lost on an error or a conflict). Pure: no I/O.
 */

import { type FollowUpDraftInput, LINKS_MAX, LinkSchema, NARRATIVE_MAX } from "../followups/round.types.js";
import { isFollowUpStatus } from "../followups/statuses.js";

export interface TypedValues {
  version: string;
  status: string;
  narrative: string;
  /** Target id → the text typed. */
  measures: Record<string, string>;
  links: { url: string; label: string }[];
}

/** A field error: the element id to link to, and a catalog key with params. */
export interface FieldError {
  fieldId: string;
  key: "workspace.form.errorNumber" | "workspace.form.errorUrl" | "workspace.form.errorLong";
  label: string;
}

/** How many empty link rows the form offers after the filled ones. */
export const EMPTY_LINK_ROWS = 1;

const str = (v: unknown) => (typeof v === "string" ? v : "");

/** Reads the posted form (`c.req.parseBody()`) into typed values. */
export function readTypedValues(body: Record<string, unknown>, targetIds: string[]): TypedValues {
  const links: TypedValues["links"] = [];
  for (let i = 0; i < LINKS_MAX; i++) {
    const url = str(body[`linkUrl.${i}`]);
    const label = str(body[`linkLabel.${i}`]);
    if (`linkUrl.${i}` in body || `linkLabel.${i}` in body) links.push({ url, label });
  }
  return {
    version: str(body.version),
    status: str(body.status),
    narrative: str(body.narrative),
    measures: Object.fromEntries(targetIds.map((id) => [id, str(body[`measure.${id}`])])),
    links,
  };
}

/** Parses a number as Swedes type it ("3,5", "1 200"); null when empty, NaN when not a number. */
export function parseTypedNumber(text: string): number | null {
  const cleaned = text.replace(/[\s\u00a0]/g, "").replace(",", ".");
  if (cleaned === "") return null;
  return /^-?\d+(\.\d+)?$/.test(cleaned) ? Number(cleaned) : Number.NaN;
}

/** Turns typed values into the service input, or field errors (labels name the fields). */
export function toDraftInput(
  typed: TypedValues,
  labels: { targets: Record<string, string>; narrative: string; link: (n: number) => string },
): { input: FollowUpDraftInput | null; errors: FieldError[] } {
  const errors: FieldError[] = [];
  if (typed.narrative.length > NARRATIVE_MAX) {
    errors.push({ fieldId: "narrative", key: "workspace.form.errorLong", label: labels.narrative });
  }
  const measurements: FollowUpDraftInput["measurements"] = [];
  for (const [targetId, text] of Object.entries(typed.measures)) {
    const value = parseTypedNumber(text);
    if (value === null) continue;
    if (Number.isNaN(value)) {
      errors.push({
        fieldId: `measure-${targetId}`,
        key: "workspace.form.errorNumber",
        label: labels.targets[targetId] ?? "",
      });
    } else measurements.push({ targetId, value });
  }
  const links: FollowUpDraftInput["links"] = [];
  typed.links.forEach((l, i) => {
    if (l.url.trim() === "" && l.label.trim() === "") return;
    const parsed = LinkSchema.safeParse({ url: l.url, label: l.label.trim() === "" ? null : l.label });
    if (parsed.success) links.push(parsed.data);
    else errors.push({ fieldId: `linkUrl-${i}`, key: "workspace.form.errorUrl", label: labels.link(i + 1) });
  });
  const version = typed.version === "" ? null : Number(typed.version);
  const status = isFollowUpStatus(typed.status) ? typed.status : "not_started";
  if (errors.length > 0 || (version !== null && !Number.isInteger(version))) return { input: null, errors };
  return { input: { version, status, narrative: typed.narrative, measurements, links }, errors };
}
