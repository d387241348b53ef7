import { splitLocalePath } from "../platform/i18n/locale-path.js";

/**
 * Public addresses: a promise lives at `/<partnership-slug>/<promise-ref>` (and below); the first
 * path segments the application itself uses are reserved, so no partnership slug can shadow them
 * (`partnerships/create-partnership.ts` refuses them). And which requests the published snapshot
 * may answer (`publicSnapshotKey`).
 */

/**
 * First path segments of the application's own pages and of pages planned for residents. Every
 * first segment of a registered route must be here (tested in `public-paths.test.ts`).
 */
export const RESERVED_SEGMENTS: ReadonlySet<string> = new Set([
  "api",
  "arbete",
  "system",
  "assets",
  "byt-losenord",
  "healthz",
  "readyz",
  "konto",
  "loften",
  "logga-in",
  "logga-ut",
  "glomt-losenord",
  "inbjudan",
  "nytt-losenord",
  "admin",
  "installation",
  "om",
  "sok",
  "kontakt",
  "karta",
  "trygghet",
  "data",
  "oppna-data",
  "flode",
  "feed",
  "prenumerera",
  "avprenumerera",
  "tillganglighet",
  "integritet",
  "sitemap.xml",
  "robots.txt",
  "favicon.ico",
  ".well-known",
  "sv",
  "en",
  "ar",
  "so",
  // lättläst svenska's prefix (see platform/i18n/locale-path.ts)
  "lattlast",
]);

export function isReservedSegment(segment: string): boolean {
  return RESERVED_SEGMENTS.has(segment.toLowerCase());
}

/** The public promise page's address; report pages are below it. */
export function publicPromisePath(partnershipSlug: string, ref: string): string {
  return `/${encodeURIComponent(partnershipSlug)}/${encodeURIComponent(ref)}`;
}

const SEGMENT = "[a-z0-9][a-z0-9-]*";
const PAGE = new RegExp(`^/(${SEGMENT})(?:/${SEGMENT}(?:/aterrapportering|/period/[0-9A-Za-z-]+)?)?$`);
const API = new RegExp(
  `^/api/v1/(?:partnerships(?:/[0-9a-f-]{36}(?:/parties|/areas|/periods)?)?|promises(?:/[0-9a-f-]{36}(?:/follow-ups|/progress)?)?|commitments/[0-9a-f-]{36})$`,
);
/** Open data (`/oppna-data` and below: files, feeds, the catalogue), the sitemap and robots.txt. */
const OPEN_DATA = /^\/(?:sitemap\.xml|robots\.txt|oppna-data(?:\/[a-z0-9][a-z0-9.-]*){0,4})$/;
const PAGE_PARAMS = new Set(["lang", "period", "utgava"]);
/** The start page's filters and page (the national overview). */
const HOME_PARAMS = new Set(["lang", "lan", "kommun", "klassning", "ar", "sida"]);
const API_PARAMS = new Set(["period", "partnershipId", "year", "status", "limit", "cursor"]);

/**
 * The snapshot key of a request the snapshot may answer, or null: the start page (with its
 * filters), a partnership's page, public promise and report pages, open data (files, feeds,
 * catalogue, sitemap), and the public read API, with only the query parameters those read (any other
 * parameter, which the page might echo in its links, sends the request the normal way). The API's
 * key includes the language the client prefers (its messages' language).
 */
export function publicSnapshotKey(
  path: string,
  search: string,
  acceptLanguage: string | undefined,
): string | null {
  let api = false;
  // A page in another language (`/en/…`) is the Swedish page's path under a prefix: checked
  // without it, keyed with it (each language its own entry).
  const unprefixed = path.startsWith("/api/") ? path : splitLocalePath(path).path;
  if (unprefixed !== path) {
    const match = PAGE.exec(unprefixed);
    if (
      unprefixed !== "/" &&
      !OPEN_DATA.test(unprefixed) &&
      (!match || isReservedSegment(match[1] as string))
    )
      return null;
  } else if (path === "/" || OPEN_DATA.test(path)) {
    // the start page, open data
  } else if (path.startsWith("/api/")) {
    if (!API.test(path)) return null;
    api = true;
  } else {
    const match = PAGE.exec(path);
    if (!match || isReservedSegment(match[1] as string)) return null;
  }
  if (search.length > 1) {
    const allowed = api ? API_PARAMS : unprefixed === "/" ? HOME_PARAMS : PAGE_PARAMS;
    for (const [name] of new URLSearchParams(search)) if (!allowed.has(name)) return null;
  }
  const query = search.length > 1 ? search : "";
  if (!api) return path + query;
  const language = (acceptLanguage ?? "").split(",")[0]?.trim().slice(0, 2).toLowerCase();
  return `${path}${query}#${language === "en" || language === "sv" ? language : "-"}`;
}

/** Open data addresses: everything under `/oppna-data` (one reserved segment). */
export const openDataPaths = {
  page: "/oppna-data",
  catalog: "/oppna-data/katalog.rdf",
  /** A table as a file: the installation's (no slug) or one partnership's. */
  file: (name: string, ext: "csv" | "json", slug?: string) =>
    slug === undefined
      ? `/oppna-data/${name}.${ext}`
      : `/oppna-data/${encodeURIComponent(slug)}/${name}.${ext}`,
  /** Atom feeds: the installation's, a partnership's, a promise's, an area's. */
  feed: (slug?: string) =>
    slug === undefined ? "/oppna-data/flode.atom" : `/oppna-data/${encodeURIComponent(slug)}/flode.atom`,
  promiseFeed: (slug: string, ref: string) =>
    `/oppna-data/${encodeURIComponent(slug)}/loften/${encodeURIComponent(ref)}/flode.atom`,
  areaFeed: (slug: string, areaId: string) =>
    `/oppna-data/${encodeURIComponent(slug)}/omraden/${encodeURIComponent(areaId)}/flode.atom`,
} as const;
