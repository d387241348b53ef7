import { createRoute, z } from "@hono/zod-openapi";
import { PeriodSchema } from "../periods/periods.types.js";
import { createRouter } from "../platform/http/router.js";
import { dataOf, errorResponses, IdSchema } from "../platform/http/schemas.js";
import {
  getPartnership,
  listPartnershipAreas,
  listPartnershipParties,
  listPartnershipPeriods,
  listPartnerships,
} from "./partnerships.service.js";
import { AreaSchema, PartnershipSchema, PartySchema } from "./partnerships.types.js";

const tags = ["Partnerships"];
const params = z.object({
  partnershipId: IdSchema.openapi({ param: { name: "partnershipId", in: "path" } }),
});
const json = <T extends z.ZodType>(schema: T, description: string) => ({
  200: { description, content: { "application/json": { schema } } },
});

/** Read API for partnerships (the tenant: a municipality with its police area) and what they hold. */
export const partnershipsApi = createRouter()
  .openapi(
    createRoute({
      method: "get",
      path: "/partnerships",
      tags,
      summary: "List partnerships",
      responses: { ...json(dataOf(PartnershipSchema), "Partnerships"), 400: errorResponses[400] },
    }),
    async (c) => c.json({ data: await listPartnerships({ db: c.get("db"), viewer: c.get("viewer") }) }, 200),
  )
  .openapi(
    createRoute({
      method: "get",
      path: "/partnerships/{partnershipId}",
      tags,
      summary: "One partnership",
      request: { params },
      responses: { ...json(PartnershipSchema, "The partnership"), ...errorResponses },
    }),
    async (c) => {
      const { partnershipId } = c.req.valid("param");
      return c.json(await getPartnership({ db: c.get("db"), viewer: c.get("viewer"), partnershipId }), 200);
    },
  )
  .openapi(
    createRoute({
      method: "get",
      path: "/partnerships/{partnershipId}/parties",
      tags,
      summary: "The parties of a partnership with their units",
      request: { params },
      responses: { ...json(dataOf(PartySchema), "Parties"), ...errorResponses },
    }),
    async (c) => {
      const { partnershipId } = c.req.valid("param");
      const data = await listPartnershipParties({ db: c.get("db"), viewer: c.get("viewer"), partnershipId });
      return c.json({ data }, 200);
    },
  )
  .openapi(
    createRoute({
      method: "get",
      path: "/partnerships/{partnershipId}/areas",
      tags,
      summary: "Areas with their police classification history",
      request: { params },
      responses: { ...json(dataOf(AreaSchema), "Areas"), ...errorResponses },
    }),
    async (c) => {
      const { partnershipId } = c.req.valid("param");
      const data = await listPartnershipAreas({ db: c.get("db"), viewer: c.get("viewer"), partnershipId });
      return c.json({ data }, 200);
    },
  )
  .openapi(
    createRoute({
      method: "get",
      path: "/partnerships/{partnershipId}/periods",
      tags,
      summary: "Reporting periods with their deadlines",
      request: { params },
      responses: { ...json(dataOf(PeriodSchema), "Periods"), ...errorResponses },
    }),
    async (c) => {
      const { partnershipId } = c.req.valid("param");
      const data = await listPartnershipPeriods({ db: c.get("db"), viewer: c.get("viewer"), partnershipId });
      return c.json({ data }, 200);
    },
  );
