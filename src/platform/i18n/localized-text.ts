/**
 * Text written by users in several languages. Swedish is always present and is the fallback.
 */

/**
 * Supported content locales; "sv" first. `lattlast` is lättläst svenska (easy-to-read Swedish),
 * stored under its own key like a language. @example CONTENT_LOCALES.includes("so") // true
 */
export const CONTENT_LOCALES = ["sv", "en", "ar", "so", "lattlast"] as const;

/** A content locale code. @example const l: ContentLocale = "ar"; */
export type ContentLocale = (typeof CONTENT_LOCALES)[number];

/** Swedish plus optional translations. @example const t: LocalizedText = { sv: "Trygghetsvandring", en: "Safety walk" }; */
export type LocalizedText = { sv: string } & Partial<Record<TranslationLocale, string>>;

/** The languages a Swedish text is translated into. */
export type TranslationLocale = Exclude<ContentLocale, "sv">;
export const TRANSLATION_LOCALES = CONTENT_LOCALES.filter((l) => l !== "sv") as TranslationLocale[];

/**
 * True when the text is missing or only whitespace.
 * @example isBlank("  ") // true; isBlank("Hej") // false
 */
export function isBlank(text: string | null | undefined): boolean {
  return typeof text !== "string" || text.trim() === "";
}

/**
 * Picks the text for a locale ("en" or a tag like "en-GB"), falling back to Swedish when that
 * locale is unsupported or its text is missing or blank. Returns the locale actually used.
 * @example pickText({ sv: "Hej", en: " " }, "en") // { text: "Hej", locale: "sv" }
 */
export function pickText(text: LocalizedText, locale: string): { text: string; locale: string } {
  const primary = (typeof locale === "string" ? locale : "").split(/[-_]/)[0]?.toLowerCase() ?? "";
  const supported = (CONTENT_LOCALES as readonly string[]).includes(primary);
  if (supported && primary !== "sv") {
    const candidate = text[primary as Exclude<ContentLocale, "sv">];
    if (!isBlank(candidate)) return { text: candidate as string, locale: primary };
  }
  return { text: text.sv, locale: "sv" };
}
