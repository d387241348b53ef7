import { listPeriods } from "../periods/periods.repository.js";
import type { Executor } from "../platform/db/client.js";
import type { LocalizedText } from "../platform/i18n/localized-text.js";
import type { Viewer } from "../platform/viewer.js";
import { listTargets } from "../promises/promises.repository.js";
import { listFollowUpsOfPoints, listPointAudit } from "./round.repository.js";
import { resolvePoint } from "./round-access.js";

/** One changed field: readable values before and after (null = empty). */
export interface HistoryChange {
  field: string;
  before: string | null;
  after: string | null;
}

export interface HistoryEvent {
  at: string;
  who: string;
  action: string;
  period: string | null;
  changes: HistoryChange[];
}

const FIELDS = ["state", "status", "narrative", "measurements", "links", "returnComment"];
const BOOKKEEPING = new Set(["id", "version", "createdAt", "updatedAt", "promiseId"]);

/**
 * The history of a point as a timeline from the audit log: who, when, what, and for each changed
 * field its value before and after. Values are codes or plain strings; the view translates codes.
 */
export async function getPointHistory(options: {
  db: Executor;
  viewer: Viewer;
  commitmentId: string;
}): Promise<{
  point: { id: string; number: number; text: LocalizedText; promiseRef: string };
  events: HistoryEvent[];
}> {
  const { db, viewer, commitmentId } = options;
  const point = await resolvePoint(db, viewer, commitmentId, "read");
  const [followUps, periods, targets] = await Promise.all([
    listFollowUpsOfPoints(db, [commitmentId]),
    listPeriods(db, point.partnershipId),
    listTargets(db, [commitmentId]),
  ]);
  const rows = await listPointAudit(
    db,
    commitmentId,
    followUps.map((f) => f.id),
  );
  const periodOf = new Map(
    followUps.map((f) => [f.id, periods.find((p) => p.id === f.periodId)?.code ?? null]),
  );
  const targetName = new Map(targets.map((t) => [t.id, `${t.description.sv} (${t.unit})`]));
  const events = rows.map((r) => {
    const before = (r.before ?? {}) as Record<string, unknown>;
    const after = (r.after ?? {}) as Record<string, unknown>;
    const changes: HistoryChange[] = [];
    // Follow-up events show the round's fields; other events (e.g. the editor's changes of the
    // point) show every top-level field that changed.
    const fields =
      r.entityType === "follow_up"
        ? FIELDS
        : [...new Set([...Object.keys(before), ...Object.keys(after)])].filter((k) => !BOOKKEEPING.has(k));
    for (const field of fields) {
      const b = readable(field, before[field], targetName);
      const a = readable(field, after[field], targetName);
      if (b !== a) changes.push({ field, before: b, after: a });
    }
    return {
      at: r.occurredAt.toISOString(),
      who: r.actorLabel,
      action: r.action,
      period: r.entityId ? (periodOf.get(r.entityId) ?? null) : null,
      changes,
    };
  });
  return {
    point: { id: point.id, number: point.number, text: point.text, promiseRef: point.promiseRef },
    events,
  };
}

function readable(field: string, value: unknown, targetName: Map<string, string>): string | null {
  if (value === undefined || value === null || value === "") return null;
  if (field === "measurements" && Array.isArray(value)) {
    if (value.length === 0) return null;
    return value
      .map(
        (m: { targetId: string; value: number }) => `${targetName.get(m.targetId) ?? m.targetId}: ${m.value}`,
      )
      .join("; ");
  }
  if (field === "links" && Array.isArray(value)) {
    if (value.length === 0) return null;
    return value
      .map((l: { url: string; label: string | null }) => (l.label ? `${l.label} <${l.url}>` : l.url))
      .join("; ");
  }
  if (typeof value === "object") {
    const sv = (value as { sv?: unknown }).sv;
    return typeof sv === "string" ? sv : JSON.stringify(value);
  }
  return String(value);
}
