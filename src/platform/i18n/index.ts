import { enCatalog, type MessageKey, svCatalog } from "./catalogs.js";

export type { MessageKey } from "./catalogs.js";

/** Interface languages. Residents' languages (ar, so) follow; content texts already carry them. */
export const UI_LOCALES = ["sv", "en"] as const;
export type UiLocale = (typeof UI_LOCALES)[number];

const catalogs: Record<UiLocale, Record<MessageKey, string>> = { sv: svCatalog, en: enCatalog };

export type Params = Record<string, string | number>;
export type Translate = (key: MessageKey, params?: Params) => string;

export function isUiLocale(value: unknown): value is UiLocale {
  return typeof value === "string" && (UI_LOCALES as readonly string[]).includes(value);
}

/**
 * A translator for one locale. Missing params are left visible as `{name}` so they are noticed.
 *
 * @example
 * const t = translator("sv");
 * t("promise.point", { number: 3 }); // "Punkt 3"
 */
export function translator(locale: UiLocale): Translate {
  const catalog = catalogs[locale];
  return (key, params) => interpolate(catalog[key], params);
}

/** True when the catalog has the key (used for keys built from codes, e.g. `errors.not_found.promise`). */
export function hasMessage(key: string): key is MessageKey {
  return Object.hasOwn(svCatalog, key);
}

function interpolate(template: string, params?: Params): string {
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.hasOwn(params, name) ? String(params[name]) : whole,
  );
}
