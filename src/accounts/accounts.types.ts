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

// ── forms ───────────────────────────────────────────────────────────────────────────────────
// The forms of the accounts pages, read with the platform form helper (`readFormAs`/`parseForm`).
// A refusal's message is a field reason (`accounts.error.<reason>`, see field-errors.ts), so the
// page shows it beside the field. Rules that need the database (e-mail taken, a party of this
// partnership, the current password) are the services' and come back as the same field reasons.

/** A text the user may leave empty: the service says whether it is required. */
const FreeText = z.string().default("");

/** Lifetimes a personal token can be given, in days. */
export const TOKEN_LIFETIMES = [30, 90, 365] as const;
export type TokenLifetime = (typeof TOKEN_LIFETIMES)[number];
export const TOKEN_NAME_MAX = 100;

/** Longest e-mail address (RFC 5321's path limit) and password sign-in looks up or hashes. */
export const SIGN_IN_EMAIL_MAX = 320;
export const SIGN_IN_PASSWORD_MAX = 1024;

/** "Logga in": both fields filled in (whether they are right is the sign-in's answer). */
export const SignInFormSchema = z.object({
  email: z
    .string({ error: "required" })
    .trim()
    .min(1, { error: "required" })
    .max(SIGN_IN_EMAIL_MAX, { error: "too_long" }),
  password: z
    .string({ error: "required" })
    .min(1, { error: "required" })
    .max(SIGN_IN_PASSWORD_MAX, { error: "too_long" }),
});

/** "Byt lösenord": the service checks the current password and the rules for the new one. */
export const ChangePasswordFormSchema = z.object({
  currentPassword: FreeText,
  newPassword: FreeText,
  repeatPassword: FreeText,
});

/** "Skapa nyckel": a name and one of the offered lifetimes. */
export const CreateApiTokenFormSchema = z.object({
  name: z
    .string({ error: "required" })
    .trim()
    .min(1, { error: "required" })
    .max(TOKEN_NAME_MAX, { error: "too_long" }),
  lifetimeDays: z
    .number({ error: "lifetime_invalid" })
    .pipe(z.literal(TOKEN_LIFETIMES, { error: "lifetime_invalid" })),
});

/** A role to grant; the service checks the role, and a reporter's party and units, against the partnership. */
export const RoleFormSchema = z.object({
  role: FreeText,
  partyId: z.string().optional(),
  unitIds: z.array(z.string()).default([]),
});

/** "Skapa konto": the account and its first role (the person chooses the password from the welcome mail). */
export const CreateAccountFormSchema = RoleFormSchema.extend({
  email: FreeText,
  name: FreeText,
  personId: z.string().optional(),
});

/** "Glömt lösenord?": the address (whether it has an account is never told). */
export const ForgotPasswordFormSchema = z.object({ email: FreeText });

/** The page of a one-time link: the new password, twice. */
export const LinkPasswordFormSchema = z.object({ newPassword: FreeText, repeatPassword: FreeText });

/** The version of the account the administrator saw (a stale one is a conflict). */
const VersionSchema = z.number().int().min(1);

/** "Skicka länk för nytt lösenord" to another account. */
export const SendPasswordLinkFormSchema = z.object({ version: VersionSchema });

/** "Stäng av kontot" / "Aktivera kontot". */
export const SetAccountStatusFormSchema = z.object({ version: VersionSchema, disabled: z.boolean() });
