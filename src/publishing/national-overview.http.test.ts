import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../../test/app.js";
import { type HttpSession, signInOverHttp } from "../../test/http-session.js";
import { DEMO_ACCOUNTS } from "../demo/accounts.js";
import { synthesize } from "../demo/synth.js";
import { queryRows } from "../platform/db/rows.js";
import { PUBLIC_PROMISE_STATUSES } from "./publishing.policy.js";

/**
 * The start page as the national overview (filters in a GET form, paging), the API's paged
 * promise list, a partnership's public page with its map and contact, approval dates on the
 * promise page, the accessibility statement and the footer's links — all over HTTP. Data: the
 * demo (Linköping) and eight synthetic partnerships of three years (counties of their own, every
 * third with a classified area).
 */
let t: TestApp;
let coordinator: HttpSession;
const now = new Date("2026-11-20T12:00:00Z");

beforeAll(async () => {
  t = await createTestApp();
  await synthesize(t.database.db, { partnerships: 8, years: 3, now });
  coordinator = await signInOverHttp(t.app, DEMO_ACCOUNTS.coordinator.email);
}, 180_000);
afterAll(() => t.database.close());

interface Expected {
  path: string;
  county: string | null;
  municipality: string;
  fromYear: number;
  toYear: number;
  classes: string[];
}

/** Every public promise as the database has it (the test's own query, not the app's). */
async function publicPromises(): Promise<Expected[]> {
  const statuses = sql.join(
    PUBLIC_PROMISE_STATUSES.map((s) => sql`${s}`),
    sql`, `,
  );
  return queryRows<Expected>(
    t.database.db,
    sql`select '/' || pa.slug || '/' || p.ref as path, pa.county, pa.municipality_name as municipality,
          p.from_year as "fromYear", p.to_year as "toYear",
          coalesce((select json_agg(distinct k.classification) from promise_areas x
            join area_classifications k on k.area_id = x.area_id where x.promise_id = p.id
            and extract(year from k.valid_from) <= p.to_year
            and (k.valid_to is null or extract(year from k.valid_to) >= p.from_year)), '[]') as classes
        from promises p join partnerships pa on pa.id = p.partnership_id
        where p.status in (${statuses})`,
  );
}

const get = async (path: string) => {
  const res = await t.app.request(path);
  return { status: res.status, html: await res.text() };
};

/**
 * A public page once it shows `text` (or after 3 s): on PostgreSQL the published snapshot is
 * dropped when the change's NOTIFY arrives, a moment after the commit.
 */
async function once(path: string, text: string) {
  let page = await get(path);
  for (let i = 0; i < 60 && !page.html.includes(text); i++) {
    await new Promise((r) => setTimeout(r, 50));
    page = await get(path);
  }
  return page;
}

/** The promise links of the start page's cards, in order. */
const listed = (html: string) => [...html.matchAll(/<h3><a href="([^"?]+)"/g)].map((m) => m[1] as string);

/** Every promise the start page lists for a query, following its pages; and the first page. */
async function allPages(query: string): Promise<{ paths: string[]; first: string }> {
  const first = await get(`/?${query}`);
  expect(first.status).toBe(200);
  const paths = listed(first.html);
  const pages = Number(/Sida 1 av (\d+)\./.exec(first.html)?.[1] ?? "1");
  for (let page = 2; page <= pages; page++) {
    const next = await get(`/?${query}${query ? "&" : ""}sida=${page}`);
    expect(next.status).toBe(200);
    paths.push(...listed(next.html));
  }
  return { paths, first: first.html };
}

const sorted = (xs: string[]) => [...xs].sort();

describe("the start page: the national overview", () => {
  it("lists every public promise, 20 a page, with the count announced and page links", async () => {
    const expected = await publicPromises();
    expect(expected.length).toBeGreaterThan(20);
    const { paths, first } = await allPages("");
    expect(listed(first)).toHaveLength(20);
    expect(sorted(paths)).toEqual(sorted(expected.map((e) => e.path)));
    expect(new Set(paths).size).toBe(paths.length);
    expect(first).toContain(
      `<p role="status" class="result-count">${expected.length} medborgarlöften hittades.`,
    );
    expect(first).toMatch(/<nav class="pages" aria-label="Sidor">/);
    expect(first).toMatch(/<a href="\/" aria-current="page" aria-label="Sida 1">1<\/a>/);
    expect(first).toContain('href="/?sida=2" rel="next"');
    // Each card says how far the promise has come (the published progress rule).
    expect(first).toMatch(
      /<dt>Genomfört<\/dt><dd>(\d+ procent genomfört|Ingen godkänd uppföljning ännu)<\/dd>/,
    );
  });

  it("has a GET form with a labelled field per filter, the chosen values selected", async () => {
    const { html } = await get("/?lan=Uppsala+l%C3%A4n&ar=2025");
    expect(html).toContain('<form method="get" action="/"');
    for (const [name, label] of [
      ["lan", "Län"],
      ["kommun", "Kommun"],
      ["klassning", "Polisens klassning av området"],
      ["ar", "År"],
    ])
      expect(html).toContain(
        `<label for="filter-${name}">${label}</label><select id="filter-${name}" name="${name}">`,
      );
    expect(html).toContain('<option value="Uppsala län" selected="">Uppsala län</option>');
    expect(html).toContain('<option value="2025" selected="">2025</option>');
    expect(html).toContain('<option value="risk">riskområde</option>');
  });

  it("narrows by county, municipality, classification and year, each alone and combined", async () => {
    const all = await publicPromises();
    const county = "Uppsala län";
    const municipality = all.find((e) => e.county === "Östergötlands län")?.municipality ?? "";
    const riskYear = all.find((e) => e.classes.includes("risk"))?.fromYear ?? 0;
    const cases: [string, (e: Expected) => boolean][] = [
      [`lan=${encodeURIComponent(county)}`, (e) => e.county === county],
      [`kommun=${encodeURIComponent(municipality)}`, (e) => e.municipality === municipality],
      ["klassning=risk", (e) => e.classes.includes("risk")],
      ["klassning=vulnerable", (e) => e.classes.includes("vulnerable")],
      ["ar=2025", (e) => e.fromYear <= 2025 && e.toYear >= 2025],
      [
        `lan=${encodeURIComponent(county)}&ar=2026`,
        (e) => e.county === county && e.fromYear <= 2026 && e.toYear >= 2026,
      ],
      [
        `klassning=risk&ar=${riskYear}`,
        (e) => e.classes.includes("risk") && e.fromYear <= riskYear && e.toYear >= riskYear,
      ],
      // An empty value is "all".
      ["lan=&kommun=&klassning=&ar=", () => true],
    ];
    for (const [query, keep] of cases) {
      const expected = all.filter(keep).map((e) => e.path);
      expect(expected.length, query).toBeGreaterThan(0);
      const { paths, first } = await allPages(query);
      expect(sorted(paths), query).toEqual(sorted(expected));
      expect(first, query).toContain(
        expected.length === 1 ? "1 medborgarlöfte hittades." : `${expected.length} medborgarlöften hittades.`,
      );
      if (expected.length < all.length) expect(first, query).toContain("Visa alla medborgarlöften");
    }
    const none = await get("/?lan=Finns+inte+l%C3%A4n");
    expect(none.status).toBe(200);
    expect(none.html).toContain("Inga medborgarlöften stämmer med det du valde.");
    expect(listed(none.html)).toEqual([]);
  });

  it("keeps the filters in the page links, and the language", async () => {
    const { html } = await get("/?ar=2026&lang=en");
    expect(html).toContain('<input type="hidden" name="lang" value="en"/>');
    expect(html).toMatch(/citizen promises? found\./);
    const paged = await get("/?klassning=&sida=1");
    expect(paged.status).toBe(200);
    const page2 = await get("/?sida=2");
    expect(page2.html).toContain('href="/" rel="prev"');
  });

  it("answers a value no filter can have with a Swedish 400 page, a page past the end with 404", async () => {
    for (const query of [
      "klassning=farlig",
      "ar=tjugo",
      "ar=1999",
      "ar=20255",
      "sida=0",
      "sida=-1",
      "sida=abc",
      `lan=${"x".repeat(101)}`,
      `kommun=${"x".repeat(201)}`,
    ]) {
      const res = await get(`/?${query}`);
      expect(res.status, query).toBe(400);
      expect(res.html, query).toContain('<html lang="sv"');
      expect(res.html, query).toContain("ogiltigt värde");
    }
    expect((await get("/?sida=999")).status).toBe(404);
    expect(t.loggedErrors).toEqual([]);
  });
});

describe("the API's promise list is paged", () => {
  const api = async (query: string) => {
    const res = await t.app.request(`/api/v1/promises${query}`);
    return {
      status: res.status,
      body: (await res.json()) as {
        data: { id: string; fromYear: number }[];
        nextCursor: string | null;
        error?: { code: string };
      },
    };
  };

  it("gives 20 by default and follows nextCursor to the end, in order, without repeats", async () => {
    const first = await api("");
    expect(first.status).toBe(200);
    const total = (await publicPromises()).length;
    expect(total).toBeGreaterThan(20);
    expect(first.body.data).toHaveLength(20);
    expect(first.body.nextCursor).not.toBeNull();
    const all = await api("?limit=500");
    expect(all.body.data).toHaveLength(Math.min(total, 500));
    expect(all.body.nextCursor).toBeNull();
    expect(all.body.data.slice(0, 20)).toEqual(first.body.data);
    const seen: string[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const page = await api(`?limit=7${cursor ? `&cursor=${cursor}` : ""}`);
      expect(page.status).toBe(200);
      expect(page.body.data.length).toBeLessThanOrEqual(7);
      seen.push(...page.body.data.map((p) => p.id));
      cursor = page.body.nextCursor;
      pages++;
    } while (cursor);
    expect(pages).toBe(Math.ceil(total / 7));
    expect(seen).toEqual(all.body.data.map((p) => p.id));
  });

  it("pages a filtered list with the same filters", async () => {
    const full = await api("?year=2025");
    const first = await api("?year=2025&limit=2");
    const second = await api(`?year=2025&limit=2&cursor=${first.body.nextCursor}`);
    expect([...first.body.data, ...second.body.data].map((p) => p.id)).toEqual(
      full.body.data.slice(0, 4).map((p) => p.id),
    );
  });

  it("refuses a limit over 500, under 1, and a cursor it did not give, with 400", async () => {
    for (const query of [
      "?limit=501",
      "?limit=0",
      "?limit=x",
      "?cursor=bm90LWEtY3Vyc29y",
      "?cursor=%5B%5D",
    ]) {
      const res = await api(query);
      expect(res.status, query).toBe(400);
      expect(res.body.error?.code, query).toMatch(/^invalid_/);
    }
    expect((await api("?limit=500")).status).toBe(200);
  });

  it("documents limit, cursor and nextCursor in the OpenAPI document", async () => {
    const doc = JSON.stringify(await (await t.app.request("/api/v1/openapi.json")).json());
    expect(doc).toContain('"name":"limit"');
    expect(doc).toContain('"name":"cursor"');
    expect(doc).toContain("nextCursor");
  });
});

const boundary = {
  type: "Polygon",
  coordinates: [
    [
      [15.57, 58.42],
      [15.6, 58.42],
      [15.6, 58.44],
      [15.57, 58.44],
      [15.57, 58.42],
    ],
  ],
};

const apiAs = (s: HttpSession, method: string, path: string, body: unknown) =>
  t.app.request(`/api/v1/partnerships/linkoping/setup${path}`, {
    method,
    body: JSON.stringify(body),
    headers: { Cookie: s.cookie, "X-CSRF-Token": s.csrf, "Content-Type": "application/json" },
  });

describe("a partnership's public page, maps and contact", () => {
  it("shows the partnership, its public promises, and no map while no area has a boundary", async () => {
    // The demo's safety walk gives Skäggetorp a boundary: take it away for this case.
    await t.database.db.execute(sql`update areas set geojson = null`);
    let page = await get("/linkoping");
    for (let i = 0; i < 60 && page.html.includes("<svg xmlns"); i++) {
      await new Promise((r) => setTimeout(r, 50));
      page = await get("/linkoping");
    }
    const { status, html } = page;
    expect(status).toBe(200);
    expect(html).toMatch(/<h1>[^<]*Linköping[^<]*<\/h1>/);
    expect(html).toContain('href="/linkoping/skaggetorp-2017"');
    expect(html).not.toContain("skaggetorp-2026-utkast");
    expect(html).toContain("Samverkan har inte angett någon kontaktadress ännu.");
    expect(html).not.toContain("<svg xmlns");
    expect((await get("/finns-inte")).status).toBe(404);
    expect((await get("/Linkoping")).status).toBe(404);
  });

  it("draws the areas' boundaries as an accessible SVG with a list beside it, on the partnership's and the promise's page", async () => {
    const [area] = await queryRows<{ id: string }>(
      t.database.db,
      sql`select a.id from areas a join partnerships pa on pa.id = a.partnership_id
          where pa.slug = 'linkoping' and a.name = 'Skäggetorp'`,
    );
    const set = await apiAs(coordinator, "PUT", `/areas/${area?.id}/boundary`, { boundary });
    expect(set.status).toBe(200);
    for (const path of ["/linkoping", "/linkoping/skaggetorp-2017"]) {
      const { html } = await once(path, 'role="img"');
      const svg = /<svg[^>]*>[\s\S]*?<\/svg>/.exec(html)?.[0] ?? "";
      expect(svg, path).toContain('role="img"');
      expect(svg, path).toMatch(/<title id="karta-title">Karta över [^<]+<\/title>/);
      expect(svg, path).toMatch(
        /<desc id="karta-desc">Kartan visar gränserna för områdena: Skäggetorp[^<]*<\/desc>/,
      );
      expect(svg, path).toContain('aria-labelledby="karta-title karta-desc"');
      expect(svg, path).not.toMatch(/https?:\/\/(?!www\.w3\.org)/);
      expect(html, path).toMatch(
        /<figcaption>Områdena på kartan:<ul><li>Skäggetorp[^<]*<\/li><\/ul><\/figcaption>/,
      );
    }
  });

  it("shows the contact address set on the setup page, and refuses a bad one beside the field", async () => {
    const form = await (await t.app.request("/arbete/linkoping/installningar", coordinator.get())).text();
    expect(form).toContain('action="/arbete/linkoping/installningar/kontakt"');
    const version = /name="version" value="(\d+)"/.exec(form)?.[1] ?? "";
    const bad = await t.app.request(
      "/arbete/linkoping/installningar/kontakt",
      coordinator.post({ email: "inte-en-adress", phone: "", version }),
    );
    expect(bad.status).toBe(400);
    expect(await bad.text()).toContain('id="contact-email-error"');
    const saved = await t.app.request(
      "/arbete/linkoping/installningar/kontakt",
      coordinator.post({ email: "Trygghet@Linkoping.se", phone: "013-20 60 00", version }),
    );
    expect(saved.status).toBe(303);
    const again = await (await t.app.request("/arbete/linkoping/installningar", coordinator.get())).text();
    expect(again).toContain('value="trygghet@linkoping.se"');
    // The same version again is stale now: 409, nothing changed.
    const stale = await t.app.request(
      "/arbete/linkoping/installningar/kontakt",
      coordinator.post({ email: "annan@linkoping.se", phone: "", version }),
    );
    expect(stale.status).toBe(409);
    for (const path of ["/linkoping", "/linkoping/skaggetorp-2017", "/tillganglighet"]) {
      const { html } = await once(path, "trygghet@linkoping.se");
      expect(html, path).toContain('<a href="mailto:trygghet@linkoping.se">trygghet@linkoping.se</a>');
      expect(html, path).not.toContain("annan@linkoping.se");
    }
    expect((await get("/linkoping")).html).toContain('<a href="tel:013206000">013-20 60 00</a>');
  });

  it("sets the contact through the API (version checked) and the setup file", async () => {
    const setup = (await (
      await t.app.request("/api/v1/partnerships/linkoping/setup", coordinator.get())
    ).json()) as {
      contact: { version: number };
    };
    const put = await apiAs(coordinator, "PUT", "/contact", {
      email: "brottsforebyggande@linkoping.se",
      version: setup.contact.version,
    });
    expect(put.status).toBe(200);
    expect(await put.json()).toEqual({
      email: "brottsforebyggande@linkoping.se",
      phone: null,
      version: setup.contact.version + 1,
    });
    const stale = await apiAs(coordinator, "PUT", "/contact", {
      email: "x@linkoping.se",
      version: setup.contact.version,
    });
    expect(stale.status).toBe(409);
    const invalid = await apiAs(coordinator, "PUT", "/contact", {
      email: "x",
      version: setup.contact.version + 1,
    });
    expect(invalid.status).toBe(400);
    const reader = await signInOverHttp(t.app, DEMO_ACCOUNTS.reader.email);
    const refused = await apiAs(reader, "PUT", "/contact", {
      email: "y@linkoping.se",
      version: setup.contact.version + 1,
    });
    expect(refused.status).toBe(403);
    expect((await once("/linkoping", "brottsforebyggande@")).html).toContain(
      "brottsforebyggande@linkoping.se",
    );

    const file = await apiAs(coordinator, "POST", "?check=true", {
      partnership: {
        slug: "linkoping",
        name: "x",
        municipalityName: "Linköpings kommun",
        contactEmail: "inte-en-adress",
      },
      parties: [{ shortName: "K", name: "K", kind: "municipality" }],
    });
    expect(file.status).toBe(422);
    const schema = JSON.stringify(
      await (await t.app.request("/api/v1/schemas/partnership-setup.json")).json(),
    );
    expect(schema).toContain("contactEmail");
    expect(schema).toContain("contactPhone");
  });
});

describe("approval dates, the accessibility statement and the footer", () => {
  it("puts the approval date next to each approved result on the promise page", async () => {
    const [row] = await queryRows<{ approvedAt: string }>(
      t.database.db,
      sql`select to_char(f.approved_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') as "approvedAt"
          from follow_ups f join commitments c on c.id = f.commitment_id join promises p on p.id = c.promise_id
          join reporting_periods rp on rp.id = f.period_id
          where p.ref = 'skaggetorp-2017' and f.state = 'approved' and c.number = 1
          order by rp.starts_on desc limit 1`,
    );
    expect(row?.approvedAt).toBeTruthy();
    const { html } = await get("/linkoping/skaggetorp-2017");
    expect(html).toContain(`Godkänd <time datetime="${row?.approvedAt}">`);
    const dates = [...html.matchAll(/Godkänd <time datetime="[^"]+">(\d{1,2} [a-zåäö]+ \d{4})<\/time>/g)];
    expect(dates.length).toBeGreaterThanOrEqual(8);
  });

  it("publishes the accessibility statement with what DIGG requires", async () => {
    const { status, html } = await get("/tillganglighet");
    expect(status).toBe(200);
    for (const heading of [
      "<h1>Tillgänglighet för Medborgarlöfte</h1>",
      "<h2>Hur tillgänglig är webbplatsen?</h2>",
      "<h2>Vad kan du göra om du inte kan använda delar av webbplatsen?</h2>",
      "Rapportera brister i webbplatsens tillgänglighet</h2>",
      "<h2>Tillsyn</h2>",
      "<h2>Teknisk information om webbplatsens tillgänglighet</h2>",
      "<h3>Innehåll som inte är tillgängligt</h3>",
      "<h2>Hur vi testat webbplatsen</h2>",
    ])
      expect(html).toContain(heading);
    expect(html).toContain("delvis förenlig med lagen");
    expect(html).toContain('href="https://www.digg.se/tdosanmalan"');
    expect(html).toMatch(/Senaste bedömningen gjordes den \d{1,2} [a-zåäö]+ \d{4}\./);
    expect(html).toMatch(/uppdaterades senast den \d{1,2} [a-zåäö]+ \d{4}\./);
    expect(html).toContain('href="/linkoping"');
    expect((await get("/tillganglighet?lang=en")).html).toContain("<h1>Accessibility of Medborgarlöfte</h1>");
  });

  it("links to sign-in and the statement from every public page's footer", async () => {
    for (const path of ["/", "/linkoping", "/linkoping/skaggetorp-2017", "/tillganglighet"]) {
      const { html } = await get(path);
      const footer = /<footer[\s\S]*<\/footer>/.exec(html)?.[0] ?? "";
      expect(footer, path).toContain('<a href="/logga-in">');
      expect(footer, path).toContain('<a href="/tillganglighet">Tillgänglighetsredogörelse</a>');
    }
  });
});
