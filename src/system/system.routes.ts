import { createRoute, z } from "@hono/zod-openapi";
import { createPartnership } from "../partnerships/create-partnership.js";
import { STAFF_ACCESS } from "../platform/http/openapi-security.js";
import { createRouter } from "../platform/http/router.js";
import { ErrorSchema, errorResponses, IdSchema } from "../platform/http/schemas.js";
import {
  InviteAdministratorSchema,
  InvitedAccountSchema,
  NewPartnershipSchema,
  SystemPartnershipSchema,
} from "./system.types.js";
import { getSystemPartnership, inviteAdministrator, listSystemPartnerships } from "./system-admin.js";

const tags = ["System administration"];
const error = (description: string) => ({
  description,
  content: { "application/json": { schema: ErrorSchema } },
});
const refusals = {
  ...errorResponses,
  401: error("Not signed in"),
  403: error("Not a system administrator of the installation"),
} as const;

/** The installation's administration (system administrators), under /api/v1/system. */
export const systemApi = createRouter()
  .openapi(
    createRoute({
      method: "get",
      path: "/system/partnerships",
      operationId: "listSystemPartnerships",
      security: STAFF_ACCESS,
      tags,
      summary: "Every partnership of the installation, with its administrators",
      responses: {
        200: {
          description: "The partnerships",
          content: { "application/json": { schema: z.array(SystemPartnershipSchema) } },
        },
        ...refusals,
      },
    }),
    async (c) => c.json(await listSystemPartnerships({ db: c.get("db"), viewer: c.get("viewer") }), 200),
  )
  .openapi(
    createRoute({
      method: "post",
      path: "/system/partnerships",
      operationId: "createPartnership",
      security: STAFF_ACCESS,
      tags,
      summary: "Set up a partnership: the municipality and the local police area as its first parties",
      request: {
        body: { content: { "application/json": { schema: NewPartnershipSchema } }, required: true },
      },
      responses: {
        201: {
          description: "The new partnership",
          content: { "application/json": { schema: SystemPartnershipSchema } },
        },
        ...refusals,
        409: error("The slug is taken"),
      },
    }),
    async (c) => {
      const db = c.get("db");
      const viewer = c.get("viewer");
      const created = await createPartnership({ db, viewer, input: c.req.valid("json") });
      return c.json(await getSystemPartnership({ db, viewer, slug: created.slug }), 201);
    },
  )
  .openapi(
    createRoute({
      method: "post",
      path: "/system/partnerships/{partnershipId}/administrators",
      operationId: "inviteAdministrator",
      security: STAFF_ACCESS,
      tags,
      summary: "Invite an administrator of the partnership (a new account; the invitation goes by e-mail)",
      request: {
        params: z.object({
          partnershipId: IdSchema.openapi({ param: { name: "partnershipId", in: "path" } }),
        }),
        body: { content: { "application/json": { schema: InviteAdministratorSchema } }, required: true },
      },
      responses: {
        201: {
          description: "The invited account",
          content: { "application/json": { schema: InvitedAccountSchema } },
        },
        ...refusals,
        404: error("No such partnership"),
      },
    }),
    async (c) => {
      const { id } = await inviteAdministrator({
        db: c.get("db"),
        viewer: c.get("viewer"),
        mail: { config: c.get("config") },
        partnershipId: c.req.valid("param").partnershipId,
        ...c.req.valid("json"),
      });
      return c.json({ id }, 201);
    },
  );
