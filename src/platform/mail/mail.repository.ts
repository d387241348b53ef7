import { and, desc, eq, sql } from "drizzle-orm";
import type { Executor } from "../db/client.js";
import { queryRows } from "../db/rows.js";
import { outbox } from "./mail.schema.js";

export type OutboxRow = typeof outbox.$inferSelect;
export type NewOutboxRow = typeof outbox.$inferInsert;

export async function insertOutboxMail(ex: Executor, mail: NewOutboxRow): Promise<OutboxRow> {
  const [row] = await ex.insert(outbox).values(mail).returning();
  return row as OutboxRow;
}

/** The mail, locked for delivery; null when gone. */
export async function lockOutboxMail(
  ex: Executor,
  id: string,
): Promise<{
  id: string;
  toAddress: string;
  subject: string;
  bodyText: string;
  headers: Record<string, string> | null;
  sentAt: Date | null;
} | null> {
  const [row] = await queryRows<{
    id: string;
    toAddress: string;
    subject: string;
    bodyText: string;
    headers: Record<string, string> | null;
    sentAt: Date | null;
  }>(
    ex,
    sql`SELECT id, to_address AS "toAddress", subject, body_text AS "bodyText", headers, sent_at AS "sentAt"
        FROM outbox WHERE id = ${id} FOR UPDATE`,
  );
  return row ?? null;
}

export async function markOutboxSent(ex: Executor, id: string, at: Date): Promise<void> {
  await ex.update(outbox).set({ sentAt: at, error: null }).where(eq(outbox.id, id));
}

export async function markOutboxError(ex: Executor, id: string, error: string): Promise<void> {
  await ex
    .update(outbox)
    .set({ error: error.slice(0, 2000) })
    .where(eq(outbox.id, id));
}

/** A partnership's mail, newest first. */
export function listOutboxMails(ex: Executor, partnershipId: string, limit = 500): Promise<OutboxRow[]> {
  return ex
    .select()
    .from(outbox)
    .where(eq(outbox.partnershipId, partnershipId))
    .orderBy(desc(outbox.createdAt), desc(outbox.id))
    .limit(limit);
}

export async function findOutboxMail(
  ex: Executor,
  partnershipId: string,
  id: string,
): Promise<OutboxRow | null> {
  const [row] = await ex
    .select()
    .from(outbox)
    .where(and(eq(outbox.partnershipId, partnershipId), eq(outbox.id, id)));
  return row ?? null;
}
