import { z } from "zod";
import { defineJob } from "../jobs/job.js";
import { lockOutboxMail, markOutboxError, markOutboxSent } from "./mail.repository.js";

/**
 * Delivers one outbox mail over SMTP. The row stays locked while sending, so two servers never
 * send the same mail at once; `sent_at` is written in the job's transaction. (If a process dies
 * after the SMTP server accepted the mail but before commit, the retry sends it again: delivery
 * is at least once, the outbox row exactly once.)
 */
export const deliverMailJob = defineJob({
  kind: "mail.deliver",
  payload: z.object({ outboxId: z.uuid() }),
  maxAttempts: 6,
  async handle({ tx, payload, deps }) {
    const mail = await lockOutboxMail(tx, payload.outboxId);
    if (!mail || mail.sentAt) return;
    if (!deps.mailTransport) throw new Error("Ingen e-posttransport är konfigurerad (SMTP_URL)");
    await deps.mailTransport.send({
      from: deps.config.mail.from,
      to: mail.toAddress,
      subject: mail.subject,
      text: mail.bodyText,
      ...(mail.headers ? { headers: mail.headers } : {}),
    });
    await markOutboxSent(tx, mail.id, deps.clock.now());
  },
  async onFailure({ tx, payload, error }) {
    await markOutboxError(tx, payload.outboxId, error);
  },
});
