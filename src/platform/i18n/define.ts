/**
 * Declares one module's interface texts in Swedish and English; the English object must have
 * exactly the Swedish keys (a missing or extra key does not compile).
 *
 * @example
 * export const accountsMessages = defineMessages(
 *   { "accounts.signIn": "Logga in" },
 *   { "accounts.signIn": "Sign in" },
 * );
 */
export function defineMessages<const S extends Record<string, string>>(
  sv: S,
  en: { [K in keyof S]: string },
): { sv: S; en: { [K in keyof S]: string } } {
  return { sv, en };
}
