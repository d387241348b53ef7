import { sql } from "drizzle-orm";
import { z } from "zod";
import { defineJob } from "../../src/platform/jobs/job.js";
import { insertOutboxMail } from "../../src/platform/mail/mail.repository.js";

/**
 * A job whose only effect is one outbox row (kind "test.effect", subject = its label), so a test
 * can count how often its effect happened. `failTimes` makes the first attempts throw after
 * writing (the write must be rolled back); `sleepMs` holds the transaction open a little.
 */
export const effectJob = defineJob({
  kind: "test.effect",
  payload: z.object({
    label: z.string(),
    failTimes: z.number().int().default(0),
    sleepMs: z.number().default(0),
  }),
  maxAttempts: 3,
  async handle({ tx, payload, job }) {
    await insertOutboxMail(tx, {
      partnershipId: null,
      toAddress: "effect@example.se",
      subject: payload.label,
      bodyText: `attempt ${job.attempts}`,
      kind: "test.effect",
    });
    if (payload.sleepMs > 0) await tx.execute(sql`SELECT pg_sleep(${payload.sleepMs / 1000})`);
    if (job.attempts <= payload.failTimes) throw new Error(`planned failure ${job.attempts}`);
  },
});
