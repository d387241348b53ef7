/**
 * The residents' language lives in the address: Swedish pages are unprefixed (`/linkoping/x`),
 * the others carry their code first (`/en/linkoping/x`, `/ar/…`, `/so/…`, `/lattlast/…`). The
 * router sees the address without the prefix (`routingPath`), so every route exists in every
 * language; the snapshot is keyed by the full address, so each language is its own entry.
 */
import { getPath } from "hono/utils/url";
import { isLocale, type Locale } from "./index.js";

/**
 * Splits a language prefix off a path. Swedish has none (`/sv/…` is not a prefix).
 * @example splitLocalePath("/ar/linkoping/x") // { locale: "ar", path: "/linkoping/x" }
 * @example splitLocalePath("/en") // { locale: "en", path: "/" }
 */
export function splitLocalePath(pathname: string): { locale: Locale | null; path: string } {
  const end = pathname.indexOf("/", 1);
  const first = end === -1 ? pathname.slice(1) : pathname.slice(1, end);
  if (first === "sv" || !isLocale(first)) return { locale: null, path: pathname };
  return { locale: first, path: end === -1 ? "/" : pathname.slice(end) };
}

/**
 * A path in a language (Swedish unprefixed; a query is kept).
 * @example localePath("so", "/linkoping/x?period=2017-T1") // "/so/linkoping/x?period=2017-T1"
 * @example localePath("en", "/") // "/en"
 */
export function localePath(locale: Locale, path: string): string {
  if (locale === "sv") return path;
  if (path === "/") return `/${locale}`;
  if (path.startsWith("/?")) return `/${locale}${path.slice(1)}`;
  return `/${locale}${path}`;
}

/** Hono's `getPath` without the language prefix: what the routes match. */
export function routingPath(request: Request): string {
  return splitLocalePath(getPath(request)).path;
}
