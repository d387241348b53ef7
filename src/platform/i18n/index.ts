import { type Messages, type ModuleMessages } from "./define.js";
import { en as coreEn } from "./en.js";
import { sv as coreSv } from "./sv.js";

/** Every interface text's key: the core texts and each module's (`ModuleMessages`). */
export type MessageKey = keyof typeof coreSv | keyof ModuleMessages;

/** Interface languages. Residents' languages (ar, so) follow; content texts already carry them. */
export const UI_LOCALES = ["sv", "en"] as const;
export type UiLocale = (typeof UI_LOCALES)[number];

const catalogs: Record<UiLocale, Record<string, string>> = { sv: { ...coreSv }, en: { ...coreEn } };

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
}

/** The full catalog of one language (for checks that every key is translated). */
export function catalogOf(locale: UiLocale): Readonly<Record<string, string>> {
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
export function translator(locale: UiLocale): Translate {
  const catalog = catalogs[locale];
  return (key, params) => interpolate(catalog[key] ?? key, params);
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
