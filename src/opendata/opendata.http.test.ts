import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../../test/app.js";
import { childrenOf, parseXml, RDF, rdfTriples, type Triple, type XmlElement } from "../../test/xml.js";
import { queryRows } from "../platform/db/rows.js";
import { parseCsvText } from "../promises/spreadsheet-format.js";
import { CC0 } from "./formats.js";
import { DATASETS, TABLES } from "./tables.js";

/**
 * Open data over HTTP on the demo: the CSV files open with the documented columns and parse back
 * to the right rows, the JSON twins hold the same rows, the Atom feeds are well-formed and carry
 * id, title, updated, link, author and entries, the DCAT-AP-SE catalogue parses as RDF/XML and has
 * every mandatory property, and the sitemap lists the public pages. (That nothing unpublished
 * reaches any of it is proven by the publishing property test, which reads these too.)
 */
const SLUG = "linkoping";
const ATOM = "http://www.w3.org/2005/Atom";
const DCAT = "http://www.w3.org/ns/dcat#";
const DCT = "http://purl.org/dc/terms/";
const FOAF = "http://xmlns.com/foaf/0.1/";
const VCARD = "http://www.w3.org/2006/vcard/ns#";

let t: TestApp;
let promises: { id: string; ref: string; title: { sv: string } }[];
let partnershipId: string;
beforeAll(async () => {
  t = await createTestApp();
  promises = (await (await t.app.request("/api/v1/promises")).json()).data;
  const partnerships = (await (await t.app.request("/api/v1/partnerships")).json()) as {
    data: { id: string; slug: string }[];
  };
  partnershipId = partnerships.data.find((p) => p.slug === SLUG)?.id ?? "";
}, 120_000);
afterAll(() => t.database.close());

const get = (path: string) => t.app.request(path);

describe("CSV and JSON", () => {
  it("the API lists the demo's public promises (the fixture this file relies on)", () => {
    expect(promises.map((p) => p.ref).sort()).toEqual(["skaggetorp-2017", "skaggetorp-2026"]);
    expect(partnershipId).toMatch(/^[0-9a-f-]{36}$/);
  });

  for (const scope of ["", `/${SLUG}`]) {
    for (const name of DATASETS) {
      it(`/oppna-data${scope}/${name}.csv: BOM, semicolons, CRLF and the documented columns; JSON holds the same rows`, async () => {
        const res = await get(`/oppna-data${scope}/${name}.csv`);
        expect(res.status).toBe(200);
        expect(res.headers.get("Content-Type")).toBe("text/csv; charset=utf-8");
        const bytes = new Uint8Array(await res.arrayBuffer());
        expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
        const text = new TextDecoder("utf-8", { ignoreBOM: true }).decode(bytes);
        expect(text.endsWith("\r\n")).toBe(true);
        expect(text.replaceAll("\r\n", "")).not.toMatch(/\n/);
        const firstLine = text.slice(1, text.indexOf("\r\n"));
        expect(firstLine).toBe(TABLES[name].columns.map((c) => c.name).join(";"));
        const [header, ...rows] = parseCsvText(text);
        expect(header).toEqual(TABLES[name].columns.map((c) => c.name));
        expect(rows.length).toBeGreaterThan(0);
        for (const row of rows) expect(row).toHaveLength(header?.length ?? 0);

        const json = await (await get(`/oppna-data${scope}/${name}.json`)).json();
        expect(json.licens).toBe(CC0);
        expect(json.kolumner.map((c: { namn: string }) => c.namn)).toEqual(header);
        expect(json.rader).toHaveLength(rows.length);
        const refColumn = header?.indexOf("lofte_referens") ?? -1;
        expect(json.rader.map((r: Record<string, unknown>) => r.lofte_referens)).toEqual(
          rows.map((r) => r[refColumn]),
        );
      });
    }
  }

  it("loften.csv: one row per public promise with the values residents see", async () => {
    const [header, ...rows] = parseCsvText(await (await get(`/oppna-data/${SLUG}/loften.csv`)).text());
    const at = (row: string[], column: string) => row[header?.indexOf(column) ?? -1];
    expect(rows.map((r) => at(r, "lofte_referens")).sort()).toEqual(promises.map((p) => p.ref).sort());
    const row2017 = rows.find((r) => at(r, "lofte_referens") === "skaggetorp-2017") ?? [];
    const detail = await (await get(`/api/v1/promises/${at(row2017, "lofte_id")}`)).json();
    expect(at(row2017, "titel")).toBe(detail.title.sv);
    expect(at(row2017, "framsteg_procent")).toBe(String(detail.progress.overall.percent));
    expect(at(row2017, "adress")).toBe("http://localhost/linkoping/skaggetorp-2017");
    expect(at(row2017, "demodata")).toBe("ja");
    expect(at(row2017, "omraden")).toBe(detail.areas.map((a: { name: string }) => a.name).join(" | "));
  });

  it("uppfoljningar.csv: exactly the approved follow-ups the public API shows, no other", async () => {
    const [header, ...rows] = parseCsvText(await (await get(`/oppna-data/${SLUG}/uppfoljningar.csv`)).text());
    const ids = rows.map((r) => r[header?.indexOf("uppfoljning_id") ?? -1]).sort();
    const published: string[] = [];
    for (const p of promises) {
      const list = await (await get(`/api/v1/promises/${p.id}/follow-ups`)).json();
      for (const f of list.data) {
        expect(f.state).toBe("approved");
        published.push(f.id);
      }
    }
    expect(ids).toEqual(published.sort());
    // The demo's 2026 round has follow-ups still in review: they are not in the file.
    const [unapproved] = await queryRows<{ n: number }>(
      t.database.db,
      sql`select count(*)::int as n from follow_ups where state <> 'approved'`,
    );
    expect(unapproved?.n).toBeGreaterThan(0);
  });

  it("an unknown partnership is 404, a malformed one 400, an unknown file 404", async () => {
    expect((await get("/oppna-data/finns-inte/loften.csv")).status).toBe(404);
    expect((await get("/oppna-data/Fel_Namn/loften.csv")).status).toBe(400);
    expect((await get("/oppna-data/hemligt.csv")).status).toBe(404);
    expect((await get(`/oppna-data/${SLUG}/loften.xlsx`)).status).toBe(404);
  });
});

/** The Atom feed's required parts (RFC 4287): checked for the feed and every entry. */
function checkAtom(root: XmlElement) {
  expect(root.ns).toBe(ATOM);
  expect(root.local).toBe("feed");
  const one = (e: XmlElement, local: string) => {
    const found = childrenOf(e, ATOM, local);
    expect(found, local).toHaveLength(1);
    return found[0] as XmlElement;
  };
  expect(one(root, "id").text).toMatch(/^urn:uuid:[0-9a-f-]{36}$/);
  expect(one(root, "title").text.length).toBeGreaterThan(0);
  expect(Number.isNaN(Date.parse(one(root, "updated").text))).toBe(false);
  expect(childrenOf(root, ATOM, "link").some((l) => l.attrs.rel === "self")).toBe(true);
  expect(childrenOf(one(root, "author"), ATOM, "name")[0]?.text.length).toBeGreaterThan(0);
  const entries = childrenOf(root, ATOM, "entry");
  for (const entry of entries) {
    expect(one(entry, "id").text).toMatch(/^urn:uuid:[0-9a-f-]{36}$/);
    expect(one(entry, "title").text.length).toBeGreaterThan(0);
    expect(one(entry, "updated").text).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/);
    expect(childrenOf(entry, ATOM, "link")[0]?.attrs.href).toMatch(/^http:\/\/localhost\//);
    expect(childrenOf(one(entry, "author"), ATOM, "name")[0]?.text.length).toBeGreaterThan(0);
  }
  const ids = entries.map((e) => childrenOf(e, ATOM, "id")[0]?.text);
  expect(new Set(ids).size).toBe(ids.length);
  return entries;
}

describe("Atom feeds", () => {
  const feed = async (path: string) => {
    const res = await get(path);
    expect(res.status, path).toBe(200);
    expect(res.headers.get("Content-Type")).toMatch(/^application\/atom\+xml/);
    return parseXml(await res.text());
  };

  it("the partnership's and the installation's feeds: an entry per promise and period with approved results", async () => {
    for (const path of [`/oppna-data/${SLUG}/flode.atom`, "/oppna-data/flode.atom"]) {
      const entries = checkAtom(await feed(path));
      const titles = entries.map((e) => childrenOf(e, ATOM, "title")[0]?.text ?? "");
      // The 2017 promise has approved results in three periods, the 2026 one in two.
      expect(titles.filter((x) => x.includes("Medborgarlöfte 2017"))).toHaveLength(3);
      expect(titles.some((x) => x.startsWith("Nya resultat för tertial 3 2017"))).toBe(true);
      // Newest first; the feed's updated is its newest entry's.
      const updated = entries.map((e) => childrenOf(e, ATOM, "updated")[0]?.text ?? "");
      expect([...updated].sort().reverse()).toEqual(updated);
    }
  });

  it("a promise's feed holds only that promise; an unpublished or unknown promise has none (404)", async () => {
    const entries = checkAtom(await feed(`/oppna-data/${SLUG}/loften/skaggetorp-2017/flode.atom`));
    expect(entries.length).toBe(3);
    for (const e of entries) expect(childrenOf(e, ATOM, "title")[0]?.text).toContain("Medborgarlöfte 2017");
    expect((await get(`/oppna-data/${SLUG}/loften/finns-inte/flode.atom`)).status).toBe(404);
  });

  it("an area's feed holds the promises of that area; an area of no partnership is 404", async () => {
    const areas = (await (await get(`/api/v1/partnerships/${partnershipId}/areas`)).json()) as {
      data: { id: string; name: string }[];
    };
    const area = areas.data.find((a) => a.name === "Skäggetorp");
    expect(area).toBeDefined();
    const root = await feed(`/oppna-data/${SLUG}/omraden/${area?.id}/flode.atom`);
    expect(checkAtom(root).length).toBe(5);
    expect(childrenOf(root, ATOM, "title")[0]?.text).toContain("Skäggetorp");
    expect(
      (await get(`/oppna-data/${SLUG}/omraden/00000000-0000-4000-8000-000000000000/flode.atom`)).status,
    ).toBe(404);
    expect((await get(`/oppna-data/${SLUG}/omraden/inte-ett-id/flode.atom`)).status).toBe(400);
  });

  it("public pages link their feeds (rel=alternate, type application/atom+xml)", async () => {
    const page = await (await get(`/${SLUG}/skaggetorp-2017`)).text();
    expect(page).toContain(
      `<link rel="alternate" type="application/atom+xml" title="Nya resultat och återrapporteringar: Medborgarlöfte 2017 för Skäggetorp" href="/oppna-data/${SLUG}/loften/skaggetorp-2017/flode.atom"/>`,
    );
    expect(page).toContain(`href="/oppna-data/${SLUG}/flode.atom"`);
    const home = await (await get("/")).text();
    expect(home).toContain(`type="application/atom+xml"`);
    expect(home).toContain(`href="/oppna-data/flode.atom"`);
  });
});

describe("the DCAT-AP-SE catalogue", () => {
  let triples: Triple[];
  beforeAll(async () => {
    const res = await get("/oppna-data/katalog.rdf");
    expect(res.status).toBe(200);
    expect(res.headers.get("Content-Type")).toMatch(/^application\/rdf\+xml/);
    triples = rdfTriples(parseXml(await res.text()));
  });
  const ofType = (type: string) =>
    triples
      .filter((x) => x.predicate === `${RDF}type` && "iri" in x.object && x.object.iri === type)
      .map((x) => x.subject);
  const values = (subject: string, predicate: string) =>
    triples.filter((x) => x.subject === subject && x.predicate === predicate).map((x) => x.object);
  const iris = (subject: string, predicate: string) =>
    values(subject, predicate).map((o) => ("iri" in o ? o.iri : ""));
  const hasLiteral = (subject: string, predicate: string) =>
    values(subject, predicate).some((o) => "literal" in o && o.literal.trim().length > 0);

  it("every resource has an absolute IRI (no blank nodes)", () => {
    for (const x of triples) {
      expect(x.subject).toMatch(/^https?:\/\//);
      if ("iri" in x.object) expect(x.object.iri).toMatch(/^(https?:\/\/|mailto:)/);
    }
  });

  it("the catalogue: title, description, one publisher, one licence (CC0), its datasets", () => {
    const [catalog, ...more] = ofType(`${DCAT}Catalog`);
    expect(more).toEqual([]);
    const c = catalog as string;
    expect(hasLiteral(c, `${DCT}title`)).toBe(true);
    expect(hasLiteral(c, `${DCT}description`)).toBe(true);
    expect(iris(c, `${DCT}publisher`)).toHaveLength(1);
    expect(iris(c, `${DCT}license`)).toEqual([CC0]);
    const datasets = iris(c, `${DCAT}dataset`);
    // The installation's and the demo partnership's.
    expect(datasets).toHaveLength(2);
    expect(new Set(ofType(`${DCAT}Dataset`))).toEqual(new Set(datasets));
  });

  it("each dataset: title, description, publisher, contact point, update frequency, distributions with accessURL, format and CC0", () => {
    for (const d of ofType(`${DCAT}Dataset`)) {
      expect(hasLiteral(d, `${DCT}title`)).toBe(true);
      expect(hasLiteral(d, `${DCT}description`)).toBe(true);
      const [publisher] = iris(d, `${DCT}publisher`);
      expect(ofType(`${FOAF}Agent`)).toContain(publisher);
      expect(ofType(`${VCARD}Organization`)).toContain(iris(d, `${DCAT}contactPoint`)[0]);
      expect(iris(d, `${DCT}accrualPeriodicity`)).toEqual([
        "http://publications.europa.eu/resource/authority/frequency/ANNUAL_3",
      ]);
      const distributions = iris(d, `${DCAT}distribution`);
      expect(distributions).toHaveLength(DATASETS.length * 2 + 1);
      for (const dist of distributions) {
        expect(ofType(`${DCAT}Distribution`)).toContain(dist);
        expect(iris(dist, `${DCAT}accessURL`)).toEqual([dist]);
        expect(iris(dist, `${DCT}format`)[0]).toMatch(/file-type\/(CSV|JSON|ATOM)$/);
        expect(iris(dist, `${DCT}license`)).toEqual([CC0]);
      }
      expect(distributions.some((x) => x.endsWith("/flode.atom"))).toBe(true);
    }
  });

  it("publishers: a name and an ADMS publisher type; contact: fn and e-mail; data service: title and endpoint", () => {
    const agents = ofType(`${FOAF}Agent`);
    expect(agents.length).toBeGreaterThanOrEqual(2);
    for (const a of agents) {
      expect(hasLiteral(a, `${FOAF}name`)).toBe(true);
      expect(iris(a, `${DCT}type`)[0]).toMatch(/^http:\/\/purl\.org\/adms\/publishertype\//);
    }
    for (const contact of ofType(`${VCARD}Organization`)) {
      expect(hasLiteral(contact, `${VCARD}fn`)).toBe(true);
      expect(iris(contact, `${VCARD}hasEmail`)[0]).toMatch(/^mailto:.+@/);
    }
    const [service] = ofType(`${DCAT}DataService`);
    expect(hasLiteral(service as string, `${DCT}title`)).toBe(true);
    expect(iris(service as string, `${DCAT}endpointURL`)).toEqual(["http://localhost/api/v1"]);
  });

  it("every distribution it names answers 200", async () => {
    for (const dist of ofType(`${DCAT}Distribution`)) {
      expect((await get(dist.replace("http://localhost", ""))).status, dist).toBe(200);
    }
  });
});

describe("sitemap.xml, robots.txt and the page", () => {
  it("the sitemap lists the public pages in each language with lastmod", async () => {
    const res = await get("/sitemap.xml");
    expect(res.headers.get("Content-Type")).toMatch(/^application\/xml/);
    const root = parseXml(await res.text());
    const NS = "http://www.sitemaps.org/schemas/sitemap/0.9";
    expect(root.local).toBe("urlset");
    const urls = childrenOf(root, NS, "url");
    const locs = urls.map((u) => childrenOf(u, NS, "loc")[0]?.text);
    expect(locs).toContain("http://localhost/");
    expect(locs).toContain("http://localhost/oppna-data");
    expect(locs).toContain(`http://localhost/${SLUG}/skaggetorp-2017`);
    expect(locs).toContain(`http://localhost/${SLUG}/skaggetorp-2017?lang=en`);
    for (const u of urls) expect(childrenOf(u, NS, "lastmod")[0]?.text).toMatch(/^\d{4}-\d{2}-\d{2}/);
  });

  it("robots.txt points to the sitemap", async () => {
    const text = await (await get("/robots.txt")).text();
    expect(text).toContain("Sitemap: http://localhost/sitemap.xml");
    expect(text).toContain("Disallow: /arbete/");
  });

  it("/oppna-data explains the files, links each one, and is linked from every page's footer", async () => {
    const page = await (await get("/oppna-data")).text();
    expect(page).toContain("<h1>Öppna data</h1>");
    for (const name of DATASETS) {
      expect(page).toContain(`href="/oppna-data/${name}.csv"`);
      expect(page).toContain(`href="/oppna-data/${SLUG}/${name}.json"`);
      for (const c of TABLES[name].columns) expect(page).toContain(`<code>${c.name}</code>`);
    }
    expect(page).toContain(`href="/oppna-data/katalog.rdf"`);
    expect(await (await get("/oppna-data?lang=en")).text()).toContain("<h1>Open data</h1>");
    expect(await (await get(`/${SLUG}/skaggetorp-2017`)).text()).toContain(`<a href="/oppna-data">`);
  });

  it("is served from the published snapshot: ETag and 304", async () => {
    const first = await get(`/oppna-data/${SLUG}/punkter.csv`);
    const etag = first.headers.get("ETag") ?? "";
    expect(etag).toMatch(/^"/);
    const again = await t.app.request(`/oppna-data/${SLUG}/punkter.csv`, {
      headers: { "If-None-Match": etag },
    });
    expect(again.status).toBe(304);
  });
});
