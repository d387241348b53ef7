/**
 * sitemap.xml (sitemaps.org 0.9) of the public pages — the start page, the open data page, every
 * public promise, its published report-back and public period reports — each in every interface
 * language (`?lang=`) with `hreflang` alternates, and robots.txt pointing to it.
 */
import { UI_LOCALES } from "../platform/i18n/index.js";
import type { OpenDataPromise } from "../publishing/public-open-data.js";
import { openDataPaths, publicPromisePath } from "../publishing/public-paths.js";
import { escapeXml as x } from "./xml.js";

/** The last time anything on a promise's public pages changed, by the data (an ISO date or date-time). */
export function promiseLastChanged(item: OpenDataPromise): string | null {
  const dates = [
    ...item.followUps.map((f) => f.approvedAt),
    ...item.reports.flatMap((r) => [r.datedOn, ...r.decisions.map((d) => d.decidedOn)]),
    item.promise.signedOn,
  ].filter((d): d is string => typeof d === "string" && d.length > 0);
  return dates.sort().at(-1) ?? null;
}

const withLang = (url: string, locale: string) =>
  locale === "sv" ? url : `${url}${url.includes("?") ? "&" : "?"}lang=${locale}`;

export function sitemapXml(baseUrl: string, items: OpenDataPromise[]): string {
  const pages: { path: string; lastmod: string | null }[] = [];
  const newest =
    items
      .map(promiseLastChanged)
      .filter((d): d is string => d !== null)
      .sort()
      .at(-1) ?? null;
  pages.push({ path: "/", lastmod: newest }, { path: openDataPaths.page, lastmod: newest });
  for (const item of items) {
    const p = item.promise;
    const path = publicPromisePath(p.partnershipSlug ?? "", p.ref);
    const lastmod = promiseLastChanged(item);
    pages.push({ path, lastmod });
    if (item.reports.length > 0) pages.push({ path: `${path}/aterrapportering`, lastmod });
    for (const period of item.periodReports)
      pages.push({ path: `${path}/period/${encodeURIComponent(period)}`, lastmod });
  }
  const urls = pages.flatMap((page) =>
    UI_LOCALES.map((locale) =>
      [
        `  <url>`,
        `    <loc>${x(withLang(`${baseUrl}${page.path}`, locale))}</loc>`,
        ...(page.lastmod ? [`    <lastmod>${x(page.lastmod)}</lastmod>`] : []),
        ...UI_LOCALES.map(
          (other) =>
            `    <xhtml:link rel="alternate" hreflang="${other}" href="${x(withLang(`${baseUrl}${page.path}`, other))}"/>`,
        ),
        `  </url>`,
      ].join("\n"),
    ),
  );
  return [
    `<?xml version="1.0" encoding="utf-8"?>`,
    `<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">`,
    ...urls,
    `</urlset>`,
    "",
  ].join("\n");
}

export function robotsTxt(baseUrl: string): string {
  return ["User-agent: *", "Disallow: /arbete/", "Allow: /", "", `Sitemap: ${baseUrl}/sitemap.xml`, ""].join(
    "\n",
  );
}
