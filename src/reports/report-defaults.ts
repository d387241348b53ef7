/**
 * A partnership's defaults for its report-backs (reports.schema.ts `report_defaults`): read and
 * saved by the samordnare or the administratör, version-guarded and audited; and its logo, a PNG
 * or an SVG of at most 200 kB. An SVG that could run anything (scripts, event handlers,
 * javascript: addresses, embedded HTML or outside references) is refused, not cleaned: the
 * printed memo must show exactly the file that was checked.
 */
import type { Db, Executor } from "../platform/db/client.js";
import { actorOf, mutate } from "../platform/db/mutation.js";
import { AppError } from "../platform/errors.js";
import type { Viewer } from "../platform/viewer.js";
import { reportsPolicy } from "./reports.policy.js";
import { findReportDefaults, type ReportDefaultsRow, saveReportDefaults } from "./reports.repository.js";

export const LOGO_MAX_BYTES = 200 * 1024;

/** The defaults as the form edits them (lists one item a line). */
export interface ReportDefaultsForm {
  addressee: string;
  issuingUnit: string;
  issuingSubunit: string;
  officerName: string;
  officerTitle: string;
  officerPhone: string;
  officerEmail: string;
  mblStatement: string;
  /** "organ" a line; a line starting "beredning:" is a body that prepared the matter. */
  consultations: string;
  /** "Namn, titel" a line. */
  signatories: string;
  distribution: string;
  /** "https://… text" a line. */
  links: string;
}

const lines = (text: string) =>
  text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter(Boolean);

const PREPARED = /^beredning:\s*/i;

function toForm(row: ReportDefaultsRow | null): ReportDefaultsForm {
  return {
    addressee: row?.addressee ?? "kommunstyrelsen",
    issuingUnit: row?.issuingUnit ?? "",
    issuingSubunit: row?.issuingSubunit ?? "",
    officerName: row?.officerName ?? "",
    officerTitle: row?.officerTitle ?? "",
    officerPhone: row?.officerPhone ?? "",
    officerEmail: row?.officerEmail ?? "",
    mblStatement: row?.mblStatement ?? "",
    consultations: (row?.consultations ?? [])
      .map((c) => (c.mode === "prepared" ? `beredning: ${c.body}` : c.body))
      .join("\n"),
    signatories: (row?.signatories ?? []).map((s) => (s.title ? `${s.name}, ${s.title}` : s.name)).join("\n"),
    distribution: (row?.distribution ?? []).join("\n"),
    links: (row?.links ?? []).map((l) => (l.label ? `${l.url} ${l.label}` : l.url)).join("\n"),
  };
}

function fromForm(form: ReportDefaultsForm) {
  const orNull = (s: string) => s.trim() || null;
  const links = lines(form.links).map((line) => {
    const [url = "", ...label] = line.split(/\s+/);
    if (!/^https?:\/\/\S+$/i.test(url))
      throw new AppError("invalid_body", { entity: "url", param: "links", value: url });
    return { url, label: label.join(" ") || null };
  });
  return {
    addressee: form.addressee.trim() || "kommunstyrelsen",
    issuingUnit: form.issuingUnit.trim(),
    issuingSubunit: orNull(form.issuingSubunit),
    officerName: orNull(form.officerName),
    officerTitle: orNull(form.officerTitle),
    officerPhone: orNull(form.officerPhone),
    officerEmail: orNull(form.officerEmail),
    mblStatement: orNull(form.mblStatement),
    consultations: lines(form.consultations).map((l) =>
      PREPARED.test(l)
        ? { body: l.replace(PREPARED, ""), mode: "prepared" as const }
        : { body: l, mode: "collaborated" as const },
    ),
    signatories: lines(form.signatories).map((l) => {
      const [name = "", ...title] = l.split(",");
      return { name: name.trim(), title: title.join(",").trim() || null };
    }),
    distribution: lines(form.distribution),
    links,
  };
}

type Options = { db: Executor; viewer: Viewer; partnershipId: string };

const authorize = (o: Options) =>
  reportsPolicy.authorize(
    o.viewer,
    "editDefaults",
    { partnershipId: o.partnershipId },
    {
      entity: "partnership",
      value: o.partnershipId,
    },
  );

/** The defaults for the form, with their version (0: none saved yet) and whether a logo is set. */
export async function getReportDefaults(options: Options) {
  authorize(options);
  const row = await findReportDefaults(options.db, options.partnershipId);
  return {
    version: row?.version ?? 0,
    values: toForm(row),
    logo: row?.logoType && row.logoData ? { type: row.logoType, base64: row.logoData } : null,
  };
}

async function save(
  options: Options & { db: Db; version: number },
  values: Record<string, unknown>,
  action: string,
  auditValues: Record<string, unknown>,
) {
  authorize(options);
  return mutate(options.db, actorOf(options.viewer), async (tx, audit) => {
    const before = await findReportDefaults(tx, options.partnershipId);
    const row = await saveReportDefaults(tx, options.partnershipId, options.version, values);
    if (!row) throw new AppError("conflict", { entity: "report" }, { current: toForm(before) });
    audit({
      action,
      entityType: "report_defaults",
      entityId: options.partnershipId,
      partnershipId: options.partnershipId,
      before: before ? { version: before.version } : null,
      after: { version: row.version, ...auditValues },
    });
    return row;
  });
}

/** Saves the defaults (a new report-back starts from them; existing ones keep their own). */
export async function saveDefaults(
  options: Options & { db: Db; version: number; values: ReportDefaultsForm },
) {
  const values = fromForm(options.values);
  return save(options, values, "report.defaults_saved", values);
}

/** Whether an SVG could run or fetch anything: it is refused, not cleaned. */
export function unsafeSvg(svg: string): string | null {
  const checks: [RegExp, string][] = [
    [/<script\b/i, "script"],
    [/\son[a-z]+\s*=/i, "event handler"],
    [/javascript:/i, "javascript:"],
    [/<foreignObject\b/i, "foreignObject"],
    [/<!ENTITY/i, "entity"],
    [/(?:xlink:)?href\s*=\s*["']\s*(?!#|data:image\/(?:png|jpeg);)/i, "outside reference"],
  ];
  return checks.find(([pattern]) => pattern.test(svg))?.[1] ?? null;
}

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

/** The logo's type when it is a PNG or a safe SVG; otherwise refused with a reason. */
export function checkLogo(bytes: Uint8Array): "image/png" | "image/svg+xml" {
  if (bytes.length === 0)
    throw new AppError("invalid_body", { entity: "logo_missing", param: "file", value: "" });
  if (bytes.length > LOGO_MAX_BYTES) {
    throw new AppError("payload_too_large", { entity: "logo", max: LOGO_MAX_BYTES / 1024 });
  }
  if (PNG_SIGNATURE.every((b, i) => bytes[i] === b)) return "image/png";
  const text = new TextDecoder("utf-8", { fatal: false }).decode(bytes);
  if (/^\s*(<\?xml[^>]*>\s*)?(<!--[\s\S]*?-->\s*)*<svg\b/i.test(text)) {
    const unsafe = unsafeSvg(text);
    if (unsafe) throw new AppError("invalid_body", { entity: "logo_unsafe", param: "file", value: unsafe });
    return "image/svg+xml";
  }
  throw new AppError("invalid_body", { entity: "logo_type", param: "file", value: "" });
}

/** Sets (or with an empty file, removes) the partnership's logo. */
export async function saveLogo(
  options: Options & { db: Db; version: number; file: Uint8Array | null; remove?: boolean },
) {
  authorize(options);
  if (options.remove) return save(options, { logoType: null, logoData: null }, "report.logo_removed", {});
  const type = checkLogo(options.file ?? new Uint8Array());
  const data = Buffer.from(options.file ?? new Uint8Array()).toString("base64");
  return save(options, { logoType: type, logoData: data }, "report.logo_saved", {
    logoType: type,
    bytes: options.file?.length ?? 0,
  });
}
