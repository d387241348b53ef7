import { z } from "@hono/zod-openapi";
import { IdSchema } from "../platform/http/schemas.js";
import { ROLES } from "../platform/viewer.js";

export const RoleGrantSchema = z
  .object({
    role: z.enum(ROLES),
    partyId: IdSchema.nullable().openapi({ description: "Reporters only: the party they report for." }),
    unitIds: z
      .array(IdSchema)
      .openapi({ description: "Reporters only: their units; empty = the whole party." }),
  })
  .openapi("RoleGrant");

export const MeSchema = z
  .object({
    id: IdSchema,
    name: z.string(),
    email: z.string(),
    personId: IdSchema.nullable(),
    mustChangePassword: z.boolean(),
    partnerships: z.array(
      z.object({ id: IdSchema, slug: z.string(), name: z.string(), roles: z.array(RoleGrantSchema) }),
    ),
  })
  .openapi("Me");

export type Me = z.infer<typeof MeSchema>;
