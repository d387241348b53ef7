import { ar as coreAr } from "./ar.js";
import { type Messages, type ModuleMessages } from "./define.js";
import { en as coreEn } from "./en.js";
import { lattlast as coreLattlast } from "./lattlast.js";
import { so as coreSo } from "./so.js";
import { sv as coreSv } from "./sv.js";

/** Every interface text's key: the core texts and each module's (`ModuleMessages`). */
export type MessageKey = keyof typeof coreSv | keyof ModuleMessages;

/** The workspace's and the API's languages: every key has a text in both. */
export const UI_LOCALES = ["sv", "en"] as const;
export type UiLocale = (typeof UI_LOCALES)[number];

/**
 * Residents' languages: the public pages exist in each (Swedish unprefixed, the others under
 * `/<locale>/…`). `lattlast` is lättläst svenska (easy-to-read Swedish): HTML `lang="sv"`, its
 * own catalog and content texts. A key without a text in ar/so/lattlast falls back to Swedish.
 */
export const PUBLIC_LOCALES = ["sv", "en", "ar", "so", "lattlast"] as const;
export type Locale = (typeof PUBLIC_LOCALES)[number];

/** The languages that have their own URL prefix (all but Swedish). */
export const PREFIXED_LOCALES: readonly Locale[] = PUBLIC_LOCALES.filter((l) => l !== "sv");

const catalogs: Record<Locale, Record<string, string>> = {
  sv: { ...coreSv },
  en: { ...coreEn },
  ar: { ...coreAr },
  so: { ...coreSo },
  lattlast: { ...coreLattlast },
};

export function isLocale(value: unknown): value is Locale {
  return typeof value === "string" && (PUBLIC_LOCALES as readonly string[]).includes(value);
}

/** The BCP 47 tag for HTML `lang` and `hreflang`: lättläst is Swedish. @example htmlLang("lattlast") // "sv" */
export function htmlLang(locale: Locale): string {
  return locale === "lattlast" ? "sv" : locale;
}

/**
 * The `Intl` locale dates and numbers are formatted with: Swedish for sv and lättläst, British
 * English for en (day before month), the language itself for ar and so.
 * @example intlTag("lattlast") // "sv-SE"
 */
export function intlTag(locale: Locale): string {
  return { sv: "sv-SE", lattlast: "sv-SE", en: "en-GB", ar: "ar", so: "so" }[locale];
}

/** Writing direction of a language. @example textDirection("ar") // "rtl" */
export function textDirection(locale: Locale): "rtl" | "ltr" {
  return locale === "ar" ? "rtl" : "ltr";
}

/**
 * Adds modules' texts to the catalogs (the composition root calls it once per module). A key
 * registered twice is a programming error.
 */
export function registerMessages(messages: Messages): void {
  for (const key of Object.keys(messages.sv)) {
    if (Object.hasOwn(catalogs.sv, key) && catalogs.sv[key] !== messages.sv[key]) {
      throw new Error(`message ${key} is declared twice`);
    }
  }
  Object.assign(catalogs.sv, messages.sv);
  Object.assign(catalogs.en, messages.en);
  for (const locale of ["ar", "so", "lattlast"] as const) {
    Object.assign(catalogs[locale], messages.more?.[locale] ?? {});
  }
}

/** The full catalog of one language (for checks that every key is translated). */
export function catalogOf(locale: Locale): Readonly<Record<string, string>> {
  return catalogs[locale];
}

export type Params = Record<string, string | number>;
export type Translate = (key: MessageKey, params?: Params) => string;

export function isUiLocale(value: unknown): value is UiLocale {
  return typeof value === "string" && (UI_LOCALES as readonly string[]).includes(value);
}

/**
 * A translator for one locale. Missing params are left visible as `{name}` so they are noticed;
 * a key no module registered is shown as the key.
 *
 * @example
 * const t = translator("sv");
 * t("promise.point", { number: 3 }); // "Punkt 3"
 */
export function translator(locale: Locale): Translate {
  const catalog = catalogs[locale];
  const fallback = catalogs.sv;
  return (key, params) => {
    const text = catalog[key];
    if (text !== undefined) return interpolate(text, params);
    if (locale !== "sv") untranslated.add(`${locale} ${key}`);
    return interpolate(fallback[key] ?? key, params);
  };
}

/** `"<locale> <key>"` of every text shown in Swedish because its language lacked it (bounded by the catalogs' size). */
const untranslated = new Set<string>();

/**
 * The texts this process has shown in Swedish in another language, as `"<locale> <key>"`: the
 * check that every text a public page uses is translated (`public-texts.http.test.ts`).
 */
export function untranslatedTexts(): readonly string[] {
  return [...untranslated].sort();
}

/** True when the catalog has the key (used for keys built from codes, e.g. `errors.not_found.promise`). */
export function hasMessage(key: string): key is MessageKey {
  return Object.hasOwn(catalogs.sv, key);
}

function interpolate(template: string, params?: Params): string {
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.hasOwn(params, name) ? String(params[name]) : whole,
  );
}
