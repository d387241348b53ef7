import type { Executor } from "../db/client.js";
import { auditEvents } from "./audit.schema.js";

export type NewAuditEvent = typeof auditEvents.$inferInsert;

export async function insertAuditEvents(executor: Executor, events: NewAuditEvent[]): Promise<void> {
  if (events.length > 0) await executor.insert(auditEvents).values(events);
}
