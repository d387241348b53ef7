import { z } from "@hono/zod-openapi";
import { IdSchema } from "../platform/http/schemas.js";

export const OutboxMailSchema = z
  .object({
    id: IdSchema,
    to: z.string().openapi({ example: "rapportor@linkoping.se" }),
    subject: z.string(),
    kind: z
      .string()
      .openapi({ example: "reminder.before_deadline", description: "Why the mail was written." }),
    createdAt: z.string().openapi({ example: "2018-01-07T06:00:00.000Z" }),
    sentAt: z
      .string()
      .nullable()
      .openapi({ description: "When SMTP accepted the mail; null while it is only in the outbox." }),
    error: z.string().nullable().openapi({ description: "The last delivery error, if any." }),
  })
  .openapi("OutboxMail");

export const OutboxMailDetailSchema = OutboxMailSchema.extend({ body: z.string() }).openapi(
  "OutboxMailDetail",
);

export type OutboxMail = z.infer<typeof OutboxMailSchema>;
export type OutboxMailDetail = z.infer<typeof OutboxMailDetailSchema>;
