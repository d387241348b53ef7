/**
 * Declares one module's interface texts in Swedish and English; the English object must have
 * exactly the Swedish keys (a missing or extra key does not compile). The module makes its keys
 * known to the type `MessageKey` by augmenting `ModuleMessages`, and lists the texts in its
 * `module.ts`; the composition root registers them (`registerMessages`).
 *
 * @example
 * export const accountsMessages = defineMessages(
 *   { "accounts.signIn": "Logga in" },
 *   { "accounts.signIn": "Sign in" },
 * );
 * declare module "../platform/i18n/define.js" {
 *   interface ModuleMessages extends MessageKeysOf<typeof accountsMessages> {}
 * }
 */
export function defineMessages<const S extends Record<string, string>>(
  sv: S,
  en: { [K in keyof S]: string },
  more?: MoreLocales<S>,
): Messages<S> {
  return more ? { sv, en, more } : { sv, en };
}

/**
 * Residents' other languages (Arabic, Somali, lättläst svenska) for the keys public pages show;
 * a key left out falls back to Swedish.
 */
export type MoreLocales<S extends Record<string, string>> = Partial<
  Record<"ar" | "so" | "lattlast", { [K in keyof S]?: string }>
>;

export interface Messages<S extends Record<string, string> = Record<string, string>> {
  sv: S;
  en: { [K in keyof S]: string };
  more?: MoreLocales<S>;
}

/** The keys of a module's texts, in the shape `ModuleMessages` is augmented with. */
export type MessageKeysOf<M extends Messages> = { [K in keyof M["sv"]]: true };

/** Every module's message keys; each `*.messages.ts` adds its own by declaration merging. */
export interface ModuleMessages {}
