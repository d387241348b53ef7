import { type Context, Hono } from "hono";
import { CSV_CONTENT_TYPE } from "../platform/csv.js";
import { AppError } from "../platform/errors.js";
import type { AppEnv } from "../platform/http/env.js";
import { pageContext } from "../platform/http/page-context.js";
import { parseInput } from "../platform/http/parse.js";
import { IdSchema, RefSchema, SlugSchema } from "../platform/http/schemas.js";
import { PUBLIC_VIEWER } from "../platform/viewer.js";
import {
  type PublicOpenData,
  readPublicOpenData,
  readPublicOpenDataPartnerships,
} from "../publishing/public-open-data.js";
import { isReservedSegment, openDataPaths, publicPromisePath } from "../publishing/public-paths.js";
import { markPublic } from "../publishing/public-snapshot.js";
import { ATOM_CONTENT_TYPE, atomFeed, type FeedScope, feedEntries } from "./atom.js";
import { dcatCatalog } from "./dcat.js";
import { tableCsv, tableJson } from "./formats.js";
import { promiseLastChanged, robotsTxt, sitemapXml } from "./sitemap.js";
import { buildRows, DATASETS, type DatasetName } from "./tables.js";
import { OpenDataPage } from "./views/open-data-page.js";

/**
 * The absolute base of open data's addresses: PUBLIC_URL when it is set, else the address the
 * request came to (the snapshot then keeps the first one; set PUBLIC_URL in production).
 */
function baseUrlOf(c: Context<AppEnv>): string {
  const config = c.get("config");
  return config.publicUrlConfigured ? config.publicUrl : new URL(c.req.url).origin;
}

const slugOf = (c: Context<AppEnv>) => {
  const slug = c.req.param("slug") ?? "";
  if (isReservedSegment(slug)) throw new AppError("not_found", { entity: "partnership", value: slug });
  return parseInput(SlugSchema, slug, { code: "invalid_ref", param: "slug" });
};

/** `loften.csv` → the dataset and format; anything else is not a file here (404). */
function fileOf(c: Context<AppEnv>): { name: DatasetName; ext: "csv" | "json" } {
  const file = c.req.param("file") ?? "";
  const match = /^([a-z]+)\.(csv|json)$/.exec(file);
  const name = match?.[1] as DatasetName | undefined;
  if (!match || !name || !DATASETS.includes(name))
    throw new AppError("not_found", { entity: "route", value: c.req.path });
  return { name, ext: match[2] as "csv" | "json" };
}

function sendTable(c: Context<AppEnv>, data: PublicOpenData, slug?: string) {
  const { name, ext } = fileOf(c);
  const base = baseUrlOf(c);
  const rows = buildRows(name, data, base);
  markPublic(c);
  if (ext === "csv") {
    const fileName = slug ? `${name}-${slug}.csv` : `${name}.csv`;
    return c.body(tableCsv(name, rows), 200, {
      "Content-Type": CSV_CONTENT_TYPE,
      "Content-Disposition": `inline; filename="${fileName}"`,
    });
  }
  const title = slug ? (data.partnerships[0]?.name ?? slug) : "alla samverkansområden";
  return c.body(
    tableJson(name, rows, { title, url: `${base}${openDataPaths.file(name, "json", slug)}` }),
    200,
    {
      "Content-Type": "application/json; charset=utf-8",
    },
  );
}

function sendFeed(c: Context<AppEnv>, scope: FeedScope, data: PublicOpenData["promises"]) {
  markPublic(c);
  return c.body(atomFeed(scope, feedEntries(data, baseUrlOf(c))), 200, { "Content-Type": ATOM_CONTENT_TYPE });
}

/**
 * Open data: CSV and JSON tables, Atom feeds, the DCAT-AP-SE catalogue, the sitemap, robots.txt
 * and the page explaining them. Read only through the publishing boundary's readers (published
 * data only, whoever asks) and marked for the published snapshot.
 */
export const openDataPages = new Hono<AppEnv>()
  .get("/oppna-data", async (c) => {
    const partnerships = await readPublicOpenDataPartnerships(c.get("db"));
    markPublic(c);
    const ctx = { ...pageContext(c), viewer: PUBLIC_VIEWER, csrfToken: null };
    return c.html(<OpenDataPage ctx={ctx} partnerships={partnerships} />);
  })
  .get("/oppna-data/katalog.rdf", async (c) => {
    const data = await readPublicOpenData(c.get("db"));
    const config = c.get("config");
    const modified = data.promises
      .map(promiseLastChanged)
      .filter((d): d is string => d !== null && d.includes("T"))
      .sort()
      .at(-1);
    const only = data.partnerships.length === 1 ? data.partnerships[0] : undefined;
    markPublic(c);
    return c.body(
      dcatCatalog({
        baseUrl: baseUrlOf(c),
        publisher: config.openData.publisher ?? only?.municipalityName ?? "Medborgarlöfte",
        contactEmail: config.openData.contactEmail,
        partnerships: data.partnerships,
        modified: modified ?? null,
      }),
      200,
      { "Content-Type": "application/rdf+xml; charset=utf-8" },
    );
  })
  .get("/oppna-data/flode.atom", async (c) => {
    const data = await readPublicOpenData(c.get("db"));
    const base = baseUrlOf(c);
    return sendFeed(
      c,
      {
        idName: "feed:installation",
        title: "Medborgarlöften: nya resultat och återrapporteringar",
        subtitle: "Godkända resultat per period och publicerade återrapporteringar för alla löften.",
        self: `${base}${openDataPaths.feed()}`,
        alternate: `${base}/`,
        author: c.get("config").openData.publisher ?? "Medborgarlöfte",
      },
      data.promises,
    );
  })
  .get("/oppna-data/:file", async (c) => sendTable(c, await readPublicOpenData(c.get("db"))))
  .get("/oppna-data/:slug/flode.atom", async (c) => {
    const slug = slugOf(c);
    const data = await readPublicOpenData(c.get("db"), { partnershipSlug: slug });
    const partnership = data.partnerships[0];
    const base = baseUrlOf(c);
    return sendFeed(
      c,
      {
        idName: `feed:partnership:${partnership?.id}`,
        title: `${partnership?.name ?? slug}: nya resultat och återrapporteringar`,
        subtitle: `Godkända resultat per period och publicerade återrapporteringar i ${partnership?.name ?? slug}.`,
        self: `${base}${openDataPaths.feed(slug)}`,
        alternate: `${base}${openDataPaths.page}#s-${slug}`,
        author: partnership?.name ?? slug,
      },
      data.promises,
    );
  })
  .get("/oppna-data/:slug/:file", async (c) => {
    const slug = slugOf(c);
    fileOf(c);
    return sendTable(c, await readPublicOpenData(c.get("db"), { partnershipSlug: slug }), slug);
  })
  .get("/oppna-data/:slug/loften/:ref/flode.atom", async (c) => {
    const slug = slugOf(c);
    const ref = parseInput(RefSchema, c.req.param("ref"), { code: "invalid_ref", param: "ref" });
    const data = await readPublicOpenData(c.get("db"), { partnershipSlug: slug });
    const item = data.promises.find((p) => p.promise.ref === ref);
    if (!item) throw new AppError("not_found", { entity: "promise", value: ref });
    const base = baseUrlOf(c);
    const p = item.promise;
    return sendFeed(
      c,
      {
        idName: `feed:promise:${p.id}`,
        title: `${p.title.sv}: nya resultat och återrapporteringar`,
        subtitle: `Godkända resultat per period och publicerade återrapporteringar för löftet ${p.title.sv}.`,
        self: `${base}${openDataPaths.promiseFeed(slug, ref)}`,
        alternate: `${base}${publicPromisePath(slug, ref)}`,
        author: data.partnerships[0]?.name ?? slug,
      },
      [item],
    );
  })
  .get("/oppna-data/:slug/omraden/:areaId/flode.atom", async (c) => {
    const slug = slugOf(c);
    const areaId = parseInput(IdSchema, c.req.param("areaId"), { code: "invalid_ref", param: "areaId" });
    const data = await readPublicOpenData(c.get("db"), { partnershipSlug: slug });
    const partnership = data.partnerships[0];
    const area = partnership?.areas.find((a) => a.id === areaId);
    if (!partnership || !area) throw new AppError("not_found", { entity: "area", value: areaId });
    const base = baseUrlOf(c);
    return sendFeed(
      c,
      {
        idName: `feed:area:${area.id}`,
        title: `${area.name}: nya resultat och återrapporteringar`,
        subtitle: `Godkända resultat per period och publicerade återrapporteringar för löften i ${area.name}.`,
        self: `${base}${openDataPaths.areaFeed(slug, area.id)}`,
        alternate: `${base}${openDataPaths.page}#s-${slug}`,
        author: partnership.name,
      },
      data.promises.filter((p) => p.promise.areas.some((a) => a.id === area.id)),
    );
  })
  .get("/sitemap.xml", async (c) => {
    const data = await readPublicOpenData(c.get("db"));
    markPublic(c);
    return c.body(sitemapXml(baseUrlOf(c), data.promises), 200, {
      "Content-Type": "application/xml; charset=utf-8",
    });
  })
  .get("/robots.txt", (c) => {
    markPublic(c);
    return c.body(robotsTxt(baseUrlOf(c)), 200, { "Content-Type": "text/plain; charset=utf-8" });
  });
