import { createRoute } from "@hono/zod-openapi";
import { STAFF_ACCESS } from "../platform/http/openapi-security.js";
import { createRouter } from "../platform/http/router.js";
import { ErrorSchema } from "../platform/http/schemas.js";
import { MeSchema } from "./accounts.types.js";
import { getMe } from "./get-me.js";

/** API routes of the accounts module (mounted under /api/v1). */
export const accountsApi = createRouter();

accountsApi.openapi(
  createRoute({
    method: "get",
    path: "/me",
    operationId: "getMe",
    security: STAFF_ACCESS,
    tags: ["Accounts"],
    summary: "The signed-in account and its roles per partnership",
    responses: {
      200: { description: "The account", content: { "application/json": { schema: MeSchema } } },
      401: { description: "Not signed in", content: { "application/json": { schema: ErrorSchema } } },
      403: {
        description: "The password must be changed first (password_change_required)",
        content: { "application/json": { schema: ErrorSchema } },
      },
    },
  }),
  async (c) => c.json(await getMe({ db: c.get("db"), viewer: c.get("viewer") }), 200),
);
