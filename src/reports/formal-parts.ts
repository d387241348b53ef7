/**
 * The lists of the återrapportering's formal parts (decision items, beslutsunderlag, consultation
 * bodies, signatories, distribution, links), edited as a whole: rows added, removed and
 * reordered in one change, audited with the list before and after, guarded by the report's
 * version (a stale edit is a 409 with the values saved meanwhile). A decided report is never changed.
 */
import { actorOf, mutate } from "../platform/db/mutation.js";
import { AppError } from "../platform/errors.js";
import { loadReportBackInput } from "./build-document.js";
import { type ChainOptions, isLocked, loadForChange } from "./decision-chain.js";
import { reportPromise } from "./load-report-data.js";
import {
  listReportParts,
  type ReportBackRow,
  replaceReportList,
  updateReportBack,
} from "./reports.repository.js";
import type { ListKind } from "./reports.types.js";

type Item = Record<string, unknown>;

/** A list's rows as stored, in the shape the form and the API use. */
export function listItemsOf(kind: ListKind, parts: Awaited<ReturnType<typeof listReportParts>>): Item[] {
  switch (kind) {
    case "decisionItems":
      return parts.decisionItems.map((d) => ({ id: d.id, text: d.text.sv }));
    case "attachments":
      return parts.attachments.map((a) => ({
        id: a.id,
        title: a.title,
        kind: a.kind,
        periodCode: a.periodCode ?? "",
      }));
    case "consultations":
      return parts.consultations.map((c) => ({ id: c.id, body: c.body, mode: c.mode }));
    case "signatories":
      return parts.signatories.map((s) => ({ id: s.id, name: s.name, title: s.title ?? "" }));
    case "distribution":
      return parts.distribution.map((d) => ({ id: d.id, recipient: d.recipient }));
    case "links":
      return parts.links.map((l) => ({ id: l.id, url: l.url, label: l.label ?? "" }));
  }
}

const text = (v: unknown) => String(v ?? "").trim();
const orNull = (v: unknown) => text(v) || null;

/** Rows to store from the items kept. A consultation body kept by id keeps its recorded position. */
function rowsOf(kind: ListKind, items: Item[], stored: Awaited<ReturnType<typeof listReportParts>>): Item[] {
  switch (kind) {
    case "decisionItems":
      return items.map((i) => ({ text: { sv: text(i.text) } }));
    case "attachments":
      return items.map((i) => ({
        title: text(i.title),
        kind: text(i.kind) || "other",
        periodCode: orNull(i.periodCode),
      }));
    case "consultations":
      return items.map((i) => {
        const kept = stored.consultations.find((c) => c.id === i.id);
        return {
          body: text(i.body),
          mode: text(i.mode) || "collaborated",
          stance: kept?.stance ?? null,
          comment: kept?.comment ?? null,
          consultedOn: kept?.consultedOn ?? null,
        };
      });
    case "signatories":
      return items.map((i) => ({ name: text(i.name), title: orNull(i.title) }));
    case "distribution":
      return items.map((i) => ({ recipient: text(i.recipient) }));
    case "links":
      return items.map((i) => {
        const url = text(i.url);
        if (!/^https?:\/\/\S+$/i.test(url)) {
          throw new AppError("invalid_body", { entity: "url", param: "url", value: url });
        }
        return { url, label: orNull(i.label) };
      });
  }
}

/** The list, replaced by `items` in their order (the form's and the API's shape). */
export async function saveReportList(
  options: ChainOptions & { kind: ListKind; items: Item[] },
): Promise<ReportBackRow> {
  const { row, partnershipId } = await loadForChange(options, "editFormalParts");
  if (isLocked(row.status)) throw new AppError("transition_refused", { from: row.status, to: "edit" });
  const stored = await listReportParts(options.db, row.id);
  const rows = rowsOf(options.kind, options.items, stored);
  const before = listItemsOf(options.kind, stored).map(({ id: _id, ...rest }) => rest);
  return mutate(options.db, actorOf(options.viewer), async (tx, audit) => {
    const after = await updateReportBack(tx, row.id, row.version, {});
    if (!after) throw new AppError("conflict", { entity: "report" });
    await replaceReportList(tx, options.kind, row.id, rows);
    audit({
      action: "report.list_edited",
      entityType: "report_back",
      entityId: row.id,
      partnershipId,
      before: { version: row.version, list: options.kind, items: before },
      after: { version: after.version, list: options.kind, items: rows },
    });
    return after;
  });
}

/** A list of the newest edition, for its edit form (a decided report is never changed). */
export async function getReportList(options: Omit<ChainOptions, "version"> & { kind: ListKind }) {
  const promise = await reportPromise(options.db, options.viewer, options, "editFormalParts");
  const { reportRow: row } = await loadReportBackInput(options.db, promise);
  if (isLocked(row.status)) throw new AppError("transition_refused", { from: row.status, to: "edit" });
  const parts = await listReportParts(options.db, row.id);
  return {
    promise: { ref: promise.ref, title: promise.title.sv },
    version: row.version,
    items: listItemsOf(options.kind, parts),
  };
}
