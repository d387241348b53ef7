import { asc, eq } from "drizzle-orm";
import type { Executor } from "../db/client.js";
import { auditEvents } from "./audit.schema.js";

export type NewAuditEvent = typeof auditEvents.$inferInsert;
export type AuditEventRow = typeof auditEvents.$inferSelect;

export async function insertAuditEvents(executor: Executor, events: NewAuditEvent[]): Promise<void> {
  if (events.length > 0) await executor.insert(auditEvents).values(events);
}

export async function listAuditEventsForEntity(
  executor: Executor,
  entityType: string,
  entityId: string,
): Promise<AuditEventRow[]> {
  return executor
    .select()
    .from(auditEvents)
    .where(eq(auditEvents.entityId, entityId))
    .orderBy(asc(auditEvents.seq))
    .then((rows) => rows.filter((r) => r.entityType === entityType));
}
