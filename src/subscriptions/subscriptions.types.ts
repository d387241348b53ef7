import { z } from "@hono/zod-openapi";
import { IdSchema } from "../platform/http/schemas.js";

/** Longest address accepted (RFC 5321's path limit). */
export const EMAIL_MAX = 254;

/**
 * An e-mail address: trimmed, lower-cased, one @ with something on both sides and a dot in the
 * domain, no spaces. Deliberately simple: the confirmation mail is the real check.
 */
export const SubscriberEmailSchema = z
  .string({ error: "email" })
  .trim()
  .toLowerCase()
  .min(3, { error: "email" })
  .max(EMAIL_MAX, { error: "email" })
  .regex(/^[^\s@<>(),;:"[\]\\]+@[^\s@<>(),;:"[\]\\]+\.[^\s@<>(),;:"[\]\\]+$/, { error: "email" })
  .openapi({ example: "namn@example.se" });

/** The form's choice: `promise:<id>` or `area:<id>`. */
export const TargetFieldSchema = z
  .string({ error: "target" })
  .regex(/^(promise|area):[0-9a-f-]{36}$/, { error: "target" });

/** The form on the promise page and on /<partnership>/folj. */
export const SubscribeFormSchema = z.object({ email: SubscriberEmailSchema, target: TargetFieldSchema });

export const SubscribeBodySchema = z
  .object({
    email: SubscriberEmailSchema,
    promiseId: IdSchema.optional().openapi({ description: "Follow this public promise" }),
    areaId: IdSchema.optional().openapi({ description: "Follow every public promise in this area" }),
  })
  .refine((b) => (b.promiseId === undefined) !== (b.areaId === undefined), {
    message: "Give exactly one of promiseId and areaId",
    path: ["promiseId"],
  })
  .openapi("SubscribeRequest");

export const SubscribeResultSchema = z
  .object({
    status: z.literal("pending").openapi({
      description:
        "A confirmation mail was sent unless the address already follows the target (the answer is the same either way)",
    }),
  })
  .openapi("SubscribeResult");

/** A link's token (43 characters of base64url, as `randomToken` makes). */
export const LinkTokenSchema = z
  .string()
  .regex(/^[\w-]{43}$/)
  .openapi({ example: "q9Z0kL2x7yV1tRk3m5n7p9r1t3v5x7z9B1D3F5H7J9L" });

export const TokenBodySchema = z.object({ token: LinkTokenSchema }).openapi("SubscriptionToken");

export const ConfirmResultSchema = z
  .object({ status: z.literal("confirmed") })
  .openapi("SubscriptionConfirmed");

export const UnsubscribeResultSchema = z
  .object({
    status: z.enum(["unsubscribed", "gone"]).openapi({
      description:
        "`gone`: there was no such subscription (already ended or expired); nothing is sent either way",
    }),
  })
  .openapi("SubscriptionEnded");

/** What is followed. */
export type SubscriptionTarget = { promiseId: string } | { areaId: string };
