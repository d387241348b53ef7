import { createRoute, z } from "@hono/zod-openapi";
import { STAFF_ACCESS } from "../platform/http/openapi-security.js";
import { createRouter } from "../platform/http/router.js";
import { dataOf, ErrorSchema, errorResponses, IdSchema } from "../platform/http/schemas.js";
import { getOutboxMail, listOutbox } from "./outbox.service.js";
import { OutboxMailDetailSchema, OutboxMailSchema } from "./reminders.types.js";

const tags = ["Outbox"];
const partnershipId = IdSchema.openapi({ param: { name: "partnershipId", in: "path" } });
const denied = {
  401: { description: "Not signed in", content: { "application/json": { schema: ErrorSchema } } },
  403: { description: "Not an administrator", content: { "application/json": { schema: ErrorSchema } } },
} as const;

/** API routes of the reminders module (mounted under /api/v1): the outbox, for administrators. */
export const remindersApi = createRouter()
  .openapi(
    createRoute({
      method: "get",
      path: "/partnerships/{partnershipId}/outbox",
      operationId: "listOutbox",
      security: STAFF_ACCESS,
      tags,
      summary: "The partnership's outgoing e-mail, newest first (administrators)",
      request: { params: z.object({ partnershipId }) },
      responses: {
        200: { description: "Mail", content: { "application/json": { schema: dataOf(OutboxMailSchema) } } },
        ...errorResponses,
        ...denied,
      },
    }),
    async (c) => {
      const { partnershipId } = c.req.valid("param");
      return c.json(
        { data: await listOutbox({ db: c.get("db"), viewer: c.get("viewer"), partnershipId }) },
        200,
      );
    },
  )
  .openapi(
    createRoute({
      method: "get",
      path: "/partnerships/{partnershipId}/outbox/{mailId}",
      operationId: "getOutboxMail",
      security: STAFF_ACCESS,
      tags,
      summary: "One outgoing e-mail with its text (administrators)",
      request: {
        params: z.object({
          partnershipId,
          mailId: IdSchema.openapi({ param: { name: "mailId", in: "path" } }),
        }),
      },
      responses: {
        200: { description: "The mail", content: { "application/json": { schema: OutboxMailDetailSchema } } },
        ...errorResponses,
        ...denied,
      },
    }),
    async (c) => {
      const { partnershipId, mailId } = c.req.valid("param");
      return c.json(
        await getOutboxMail({ db: c.get("db"), viewer: c.get("viewer"), partnershipId, mailId }),
        200,
      );
    },
  );
