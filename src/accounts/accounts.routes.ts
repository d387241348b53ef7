import { createRoute } from "@hono/zod-openapi";
import { createRouter } from "../platform/http/router.js";
import { ErrorSchema } from "../platform/http/schemas.js";
import { MeSchema } from "./accounts.types.js";
import { getMe } from "./get-me.js";

/** API routes of the accounts module (mounted under /api/v1). */
export const accountsApi = createRouter();

accountsApi.openAPIRegistry.registerComponent("securitySchemes", "bearerAuth", {
  type: "http",
  scheme: "bearer",
  description: "A personal API token (mbl_…) created at /konto/nycklar. The session cookie works too.",
});

accountsApi.openapi(
  createRoute({
    method: "get",
    path: "/me",
    tags: ["Accounts"],
    summary: "The signed-in account and its roles per partnership",
    security: [{ bearerAuth: [] }],
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
