import { z } from "@hono/zod-openapi";
import { IdSchema } from "../platform/http/schemas.js";

/**
 * A new partnership: its address (slug), its name, the municipality and the local police area
 * (its two first parties). The same schema reads the form and the API; the messages are field
 * reasons (accounts.error.<reason>).
 */
export const NewPartnershipSchema = z
  .object({
    slug: z
      .string({ error: "required" })
      .trim()
      .min(1, { error: "required" })
      .regex(/^[a-z0-9][a-z0-9-]{0,62}$/, { error: "slug_invalid" })
      .refine((slug) => slug !== "system", { error: "slug_invalid" })
      .openapi({ description: "The partnership's address: /arbete/<slug>.", example: "norrkoping" }),
    name: z
      .string({ error: "required" })
      .trim()
      .min(1, { error: "required" })
      .max(200, { error: "too_long" }),
    municipalityName: z
      .string({ error: "required" })
      .trim()
      .min(1, { error: "required" })
      .max(200, { error: "too_long" }),
    policeName: z
      .string({ error: "required" })
      .trim()
      .min(1, { error: "required" })
      .max(200, { error: "too_long" })
      .openapi({ description: "The local police area (lokalpolisområde)." }),
    county: z
      .string()
      .trim()
      .max(100, { error: "too_long" })
      .optional()
      .openapi({ description: "The county (län).", example: "Östergötlands län" }),
  })
  .openapi("NewPartnership");

/** The partnership's first (or another) administrator: a new account, invited by e-mail. */
export const InviteAdministratorSchema = z
  .object({
    email: z.string().default("").openapi({ example: "admin@norrkoping.se" }),
    name: z.string().default(""),
  })
  .openapi("InviteAdministrator");

export const SystemPartnershipSchema = z
  .object({
    id: IdSchema,
    slug: z.string(),
    name: z.string(),
    municipalityName: z.string(),
    county: z.string().nullable(),
    administrators: z.array(
      z.object({
        name: z.string(),
        email: z.string(),
        invited: z.boolean().openapi({ description: "Invited and has not chosen a password yet." }),
        disabled: z.boolean(),
      }),
    ),
  })
  .openapi("SystemPartnership");

export const InvitedAccountSchema = z.object({ id: IdSchema }).openapi("InvitedAccount");
