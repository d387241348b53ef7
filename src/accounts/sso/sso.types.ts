import { z } from "zod";

// The forms of the sign-in administration page, read with the platform form helper. The service
// checks the values (field reasons `accounts.error.<reason>`).

const FreeText = z.string().default("");
const VersionSchema = z.number().int().min(0);

/** "Lägg till inloggningstjänst". */
export const CreateProviderFormSchema = z.object({
  name: FreeText,
  issuer: FreeText,
  clientId: FreeText,
  clientSecretRef: FreeText,
  scopes: FreeText,
  emailClaim: FreeText,
  emailVerifiedClaim: FreeText,
  nameClaim: FreeText,
  allowedDomains: FreeText,
  selfService: z.boolean().default(false),
});
export type CreateProviderInput = z.output<typeof CreateProviderFormSchema>;

/** "Stäng av" / "Slå på" a provider. */
export const SetProviderStatusFormSchema = z.object({ version: VersionSchema.min(1), enabled: z.boolean() });

/** Passwords on or off for the partnership's accounts (version 0: never set). */
export const SetPasswordsFormSchema = z.object({ version: VersionSchema, passwordsDisabled: z.boolean() });
