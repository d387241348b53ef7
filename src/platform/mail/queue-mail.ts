import type { Tx } from "../db/client.js";
import type { JobDeps } from "../jobs/job.js";
import { scheduleJob } from "../jobs/schedule-job.js";
import { deliverMailJob } from "./deliver-mail.job.js";
import { insertOutboxMail, type OutboxRow } from "./mail.repository.js";

export interface MailToQueue {
  partnershipId: string | null;
  to: string;
  subject: string;
  text: string;
  /** Why it is sent, e.g. "reminder.before_deadline". */
  kind: string;
  /** Extra headers, e.g. `List-Unsubscribe` and `List-Unsubscribe-Post` (RFC 8058). */
  headers?: Record<string, string>;
}

/**
 * Writes a mail to the outbox in the caller's transaction. With the SMTP provider it also
 * schedules its delivery job in the same transaction; with the outbox provider the mail stays
 * in the outbox, where administrators read it.
 */
export async function queueMail(
  tx: Tx,
  deps: Pick<JobDeps, "config" | "clock">,
  mail: MailToQueue,
): Promise<OutboxRow> {
  const row = await insertOutboxMail(tx, {
    partnershipId: mail.partnershipId,
    toAddress: mail.to,
    subject: mail.subject,
    bodyText: mail.text,
    kind: mail.kind,
    headers: mail.headers ?? null,
    createdAt: deps.clock.now(),
  });
  if (deps.config.mail.provider === "smtp") {
    await scheduleJob(tx, {
      job: deliverMailJob,
      uniqueKey: `mail:deliver:${row.id}`,
      runAt: deps.clock.now(),
      payload: { outboxId: row.id },
    });
  }
  return row;
}
