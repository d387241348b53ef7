import { insertAuditEvents } from "../audit/audit.repository.js";
import type { Viewer } from "../viewer.js";
import type { Db, Tx } from "./client.js";

/** Who performs a change: the system (migrations, demo, jobs) or a person. */
export interface Actor {
  kind: "system" | "person";
  id: string | null;
  label: string;
}

export const SYSTEM_ACTOR: Actor = { kind: "system", id: null, label: "system" };

/**
 * The audit actor of a viewer: a signed-in account is a person; anything else (the command line,
 * jobs) is the system.
 * @example actorOf(principal) // { kind: "person", id: "…", label: "Anna" }
 */
export function actorOf(viewer: Viewer): Actor {
  return viewer.kind === "account"
    ? { kind: "person", id: viewer.accountId, label: viewer.name }
    : SYSTEM_ACTOR;
}

export interface AuditEntry {
  action: string;
  entityType: string;
  entityId: string | null;
  partnershipId?: string | null;
  before?: unknown;
  after?: unknown;
}

export type Audit = (entry: AuditEntry) => void;

/**
 * The only way to change data: runs `work` in one transaction and writes its audit events in
 * the same transaction. A mutation that records no audit event is refused (rolled back), so no
 * change can slip past the log.
 *
 * @example
 * await mutate(db, actor, async (tx, audit) => {
 *   const row = await insertPromise(tx, values);
 *   audit({ action: "promise.created", entityType: "promise", entityId: row.id, after: row });
 * });
 */
export async function mutate<T>(
  db: Db,
  actor: Actor,
  work: (tx: Tx, audit: Audit) => Promise<T>,
): Promise<T> {
  return db.transaction(async (tx) => {
    const entries: AuditEntry[] = [];
    const result = await work(tx, (entry) => entries.push(entry));
    if (entries.length === 0) throw new Error("mutate(): a mutation must record at least one audit event");
    await insertAuditEvents(
      tx,
      entries.map((e) => ({
        actorKind: actor.kind,
        actorId: actor.id,
        actorLabel: actor.label,
        action: e.action,
        entityType: e.entityType,
        entityId: e.entityId,
        partnershipId: e.partnershipId ?? null,
        before: e.before ?? null,
        after: e.after ?? null,
      })),
    );
    return result;
  });
}
