import { createRoute, type z } from "@hono/zod-openapi";
import type { Context } from "hono";
import { clientAddress, isSameOrigin } from "../accounts/authenticate.js";
import { AppError } from "../platform/errors.js";
import type { AppEnv } from "../platform/http/env.js";
import { PUBLIC_ACCESS } from "../platform/http/openapi-security.js";
import { createRouter } from "../platform/http/router.js";
import { ErrorSchema } from "../platform/http/schemas.js";
import { confirmSubscription } from "./confirm-subscription.js";
import { subscribe } from "./subscribe.js";
import {
  ConfirmResultSchema,
  SubscribeBodySchema,
  SubscribeResultSchema,
  TokenBodySchema,
  UnsubscribeResultSchema,
} from "./subscriptions.types.js";
import { unsubscribe } from "./unsubscribe.js";

const tags = ["Subscriptions"];
const error = (description: string) => ({
  description,
  content: { "application/json": { schema: ErrorSchema } },
});
const body = <T extends z.ZodType>(schema: T) => ({
  body: { content: { "application/json": { schema } }, required: true },
});

function checkOrigin(c: Context<AppEnv>): void {
  if (!isSameOrigin(c)) throw new AppError("csrf_invalid");
}

/**
 * Following a promise or an area by e-mail (public, anonymous): ask (a confirmation mail is
 * sent), confirm with the mail's token, end with any mail's token. Rate-limited per client and
 * per address (429 with Retry-After).
 */
export const subscriptionsApi = createRouter()
  .openapi(
    createRoute({
      method: "post",
      path: "/subscriptions",
      operationId: "subscribe",
      security: PUBLIC_ACCESS,
      tags,
      summary: "Follow a public promise or an area by e-mail (sends a confirmation mail)",
      request: body(SubscribeBodySchema),
      responses: {
        202: {
          description: "Asked; the address gets a confirmation link unless it already follows the target",
          content: { "application/json": { schema: SubscribeResultSchema } },
        },
        400: error("Not an e-mail address, or not exactly one target"),
        403: error("Posted from another site"),
        404: error("No public promise or area with that id"),
        429: error("Too many requests from this client or for this address"),
      },
    }),
    async (c) => {
      checkOrigin(c);
      const input = c.req.valid("json");
      try {
        await subscribe({
          db: c.get("db"),
          config: c.get("config"),
          email: input.email,
          target: input.promiseId ? { promiseId: input.promiseId } : { areaId: input.areaId as string },
          client: clientAddress(c),
        });
      } catch (e) {
        if (e instanceof AppError && e.code === "rate_limited")
          c.header("Retry-After", String(e.params.retryAfter ?? 3600));
        throw e;
      }
      return c.json({ status: "pending" as const }, 202);
    },
  )
  .openapi(
    createRoute({
      method: "post",
      path: "/subscriptions/confirm",
      operationId: "confirmSubscription",
      security: PUBLIC_ACCESS,
      tags,
      summary: "Confirm a subscription with the token of its confirmation mail",
      request: body(TokenBodySchema),
      responses: {
        200: {
          description: "Confirmed (again: nothing changes)",
          content: { "application/json": { schema: ConfirmResultSchema } },
        },
        400: error("Not a token"),
        403: error("Posted from another site"),
        404: error("The link is used up, expired or ended"),
      },
    }),
    async (c) => {
      checkOrigin(c);
      await confirmSubscription({ db: c.get("db"), token: c.req.valid("json").token });
      return c.json({ status: "confirmed" as const }, 200);
    },
  )
  .openapi(
    createRoute({
      method: "post",
      path: "/subscriptions/unsubscribe",
      operationId: "unsubscribe",
      security: PUBLIC_ACCESS,
      tags,
      summary: "End a subscription with the token of any of its mails (the address is deleted)",
      request: body(TokenBodySchema),
      responses: {
        200: {
          description: "Ended, or there was nothing to end",
          content: { "application/json": { schema: UnsubscribeResultSchema } },
        },
        400: error("Not a token"),
      },
    }),
    async (c) => {
      const ended = await unsubscribe({ db: c.get("db"), token: c.req.valid("json").token });
      return c.json({ status: ended.outcome }, 200);
    },
  );
