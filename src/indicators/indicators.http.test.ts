/**
 * Survey indicators over HTTP with real sessions (issue 11.3): a CSV with a broken row is refused
 * whole with the row and column named (page and API), a good one is checked, then imported and
 * drawn (chart with its series, title and desc; table with the same numbers); values from fewer
 * than 5 answers are suppressed in public; who may import; the API's JSON error codes.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../../test/app.js";
import { signInOverHttp } from "../../test/http-session.js";
import { DEMO_ACCOUNTS } from "../demo/accounts.js";

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.database.close());

const API = "/api/v1/partnerships/linkoping/indicators";
const PAGE = "/arbete/linkoping/trygghet";

const GOOD = [
  "\uFEFFindikator;typ;område;år;grupp;ålder;värde;källa;n;riktning",
  "Trygg i parken;procent;Skäggetorp;2015;kvinnor;alla;41,5;Enkät 2015;120;högre är bättre",
  "Trygg i parken;procent;Skäggetorp;2015;män;alla;55;Enkät 2015;110",
  "Trygg i parken;procent;Skäggetorp;2016;kvinnor;alla;47;Enkät 2016;130",
  "Trygg i parken;procent;Skäggetorp;2016;män;alla;58;Enkät 2016;3",
  "Trygg i parken;procent;Skäggetorp;2016;alla;alla;52;Enkät 2016;",
].join("\r\n");

// Row 4 (the header is row 1) has a value that is not a number; the rest is fine.
const BROKEN = [
  "indikator,typ,område,år,grupp,ålder,värde,källa,n",
  "Trygg vid busshållplatsen,procent,Skäggetorp,2015,kvinnor,alla,40,Enkät,100",
  "Trygg vid busshållplatsen,procent,Skäggetorp,2015,män,alla,50,Enkät,100",
  "Trygg vid busshållplatsen,procent,Skäggetorp,2016,kvinnor,alla,fyrtio,Enkät,100",
].join("\n");

const json = async (r: Response) => (await r.json()) as Record<string, any>;

function upload(session: { cookie: string; csrf: string }, csv: string, step: string) {
  const form = new FormData();
  form.append("_csrf", session.csrf);
  form.append("step", step);
  form.append("file", new File([csv], "resultat.csv", { type: "text/csv" }));
  return t.app.request(`${PAGE}/import`, { method: "POST", body: form, headers: { Cookie: session.cookie } });
}

describe("survey indicators: import", () => {
  it("refuses a file with a broken row whole, naming the row and the column (page and API)", async () => {
    const coordinator = await signInOverHttp(t.app, DEMO_ACCOUNTS.coordinator.email);
    const page = await upload(coordinator, BROKEN, "import");
    expect(page.status).toBe(422);
    const html = await page.text();
    expect(html).toContain("Rad 4, kolumn värde: fyrtio är inte ett tal.");
    expect(html).toContain("Ingenting har ändrats");
    const api = await t.app.request(`${API}/import`, {
      method: "POST",
      body: BROKEN,
      headers: { Cookie: coordinator.cookie, "X-CSRF-Token": coordinator.csrf, "Content-Type": "text/csv" },
    });
    expect(api.status).toBe(422);
    const body = await json(api);
    expect(body.error.code).toBe("import_refused");
    expect(body.error.details).toEqual([
      {
        row: 4,
        column: "värde",
        code: "bad_value",
        params: { value: "fyrtio" },
        message: "fyrtio är inte ett tal.",
      },
    ]);
    // Nothing of the good rows was written.
    const list = await json(await t.app.request(API, coordinator.get()));
    expect(list.data.map((i: { name: string }) => i.name)).not.toContain("Trygg vid busshållplatsen");
  });

  it("names an unknown area and a kind that differs from the stored one", async () => {
    const coordinator = await signInOverHttp(t.app, DEMO_ACCOUNTS.coordinator.email);
    const csv =
      "indikator;typ;område;år;grupp;värde;källa\nOro för brott;index;Skäggetorp;2017;alla;2;X\nOro för brott;index;Atlantis;2017;alla;2,5;X\n";
    const response = await t.app.request(`${API}/import?dryRun=true`, {
      method: "POST",
      body: csv,
      headers: { Cookie: coordinator.cookie, "X-CSRF-Token": coordinator.csrf, "Content-Type": "text/csv" },
    });
    expect(response.status).toBe(422);
    const details = (await json(response)).error.details as { row: number; column: string; code: string }[];
    expect(details.map((d) => [d.row, d.column, d.code])).toEqual([
      [2, "typ", "kind_stored"],
      [3, "område", "unknown_area"],
      [3, "typ", "kind_stored"],
    ]);
  });

  it("checks a good file first (nothing saved), then imports it and draws its chart and table", async () => {
    const coordinator = await signInOverHttp(t.app, DEMO_ACCOUNTS.coordinator.email);
    const checked = await upload(coordinator, GOOD, "check");
    expect(checked.status).toBe(200);
    const checkedHtml = await checked.text();
    expect(checkedHtml).toContain("Filen går att läsa in: 5 rader, 5 nya värden");
    expect(checkedHtml).toContain('name="content"');
    let list = await json(await t.app.request(API, coordinator.get()));
    expect(list.data.map((i: { name: string }) => i.name)).not.toContain("Trygg i parken");

    // The preview carries the file's text to the import (no second upload needed).
    const form = new FormData();
    form.append("_csrf", coordinator.csrf);
    form.append("step", "import");
    form.append("content", GOOD.replace(/^\uFEFF/, ""));
    const imported = await t.app.request(`${PAGE}/import`, {
      method: "POST",
      body: form,
      headers: { Cookie: coordinator.cookie },
    });
    expect(imported.status).toBe(303);
    expect(imported.headers.get("Location")).toBe(`${PAGE}?inlast=5-0-0#import`);

    list = await json(await t.app.request(API, coordinator.get()));
    const park = list.data.find((i: { name: string }) => i.name === "Trygg i parken");
    expect(park.kind).toBe("percent");
    expect(park.values).toHaveLength(5);
    const few = park.values.find((v: { respondents: number }) => v.respondents === 3);
    expect(few).toMatchObject({ value: 58, suppressed: true, gender: "men", year: 2016 });

    // A second import of the same file changes nothing.
    const again = await t.app.request(`${API}/import`, {
      method: "POST",
      body: GOOD,
      headers: { Cookie: coordinator.cookie, "X-CSRF-Token": coordinator.csrf, "Content-Type": "text/csv" },
    });
    expect((await json(again)).data).toMatchObject({
      valuesCreated: 0,
      valuesUpdated: 0,
      valuesUnchanged: 5,
    });

    // The public page draws the chart and the table; the value from 3 answers is suppressed.
    const pub = await t.app.request("/linkoping/trygghet");
    expect(pub.status).toBe(200);
    const html = await pub.text();
    const section = html.slice(html.indexOf("Trygg i parken, Skäggetorp"));
    const svg = section.slice(section.indexOf("<svg"), section.indexOf("</svg>") + 6);
    expect(svg).toContain("<title id=");
    expect(svg).toMatch(/<title id="[^"]+">Trygg i parken, Skäggetorp<\/title>/);
    expect(svg).toMatch(/<desc id="[^"]+">Trygg i parken i Skäggetorp per år/);
    expect(svg).toContain('data-series="Kvinnor"');
    expect(svg).toContain('data-series="Män"');
    expect(svg.match(/class="series-line"/g)?.length).toBeGreaterThanOrEqual(1);
    expect(svg).toContain("Högre är bättre.");
    expect(svg).not.toContain("58 %");
    const table = section.slice(section.indexOf("<table"), section.indexOf("</table>"));
    expect(table).toContain('<th scope="row">2015</th><td>41,5 %</td><td>55 %</td>');
    expect(table).toContain('<th scope="row">2016</th><td>47 %</td><td>färre än 5 svar</td><td>52 %</td>');
    expect(html).not.toContain("58 %");
    expect(t.loggedErrors).toEqual([]);
  });

  it("shows the demo's two years for Skäggetorp by gender, marked as demo, with the small group suppressed", async () => {
    const html = await (await t.app.request("/linkoping/trygghet")).text();
    for (const name of [
      "Otrygghet utomhus kvällstid, Skäggetorp",
      "Oro för brott, Skäggetorp",
      "Undviker platser, Skäggetorp",
    ])
      expect(html).toContain(name);
    expect(html).toContain("exempeldata");
    expect(html).toContain('<th scope="row">2016</th><td>16–24</td><td>Kvinnor</td><td>färre än 5 svar</td>');
  });
});

describe("survey indicators: who may", () => {
  it("tells the public nothing exists through the API (404, like setup) and asks it to sign in on the page", async () => {
    const api = await t.app.request(API);
    expect(api.status).toBe(404);
    expect((await json(api)).error.code).toBe("not_found");
    const post = await t.app.request(`${API}/import`, {
      method: "POST",
      body: GOOD,
      headers: { "Content-Type": "text/csv" },
    });
    expect(post.status).toBe(404);
    const page = await t.app.request(PAGE);
    expect(page.status).toBe(303);
    expect(page.headers.get("Location")).toContain("/logga-in");
  });

  it("lets a reader read but not import (403, before the file is read)", async () => {
    const reader = await signInOverHttp(t.app, DEMO_ACCOUNTS.reader.email);
    expect((await t.app.request(API, reader.get())).status).toBe(200);
    const page = await t.app.request(PAGE, reader.get());
    expect(page.status).toBe(200);
    expect(await page.text()).not.toContain('name="file"');
    const api = await t.app.request(`${API}/import`, {
      method: "POST",
      body: "nonsense",
      headers: { Cookie: reader.cookie, "X-CSRF-Token": reader.csrf, "Content-Type": "text/csv" },
    });
    expect(api.status).toBe(403);
    expect((await json(api)).error.code).toBe("forbidden");
    expect((await upload(reader, GOOD, "import")).status).toBe(403);
  });

  it("lets the police coordinator import; an unknown partnership is 404", async () => {
    const police = await signInOverHttp(t.app, DEMO_ACCOUNTS.policeCoordinator.email);
    const ok = await t.app.request(`${API}/import?dryRun=true`, {
      method: "POST",
      body: GOOD,
      headers: { Cookie: police.cookie, "X-CSRF-Token": police.csrf, "Content-Type": "text/csv" },
    });
    expect(ok.status).toBe(200);
    expect((await json(ok)).data.dryRun).toBe(true);
    const missing = await t.app.request("/api/v1/partnerships/finns-inte/indicators", police.get());
    expect(missing.status).toBe(404);
    expect((await json(missing)).error.code).toBe("not_found");
    expect((await t.app.request("/finns-inte/trygghet")).status).toBe(404);
  });

  it("refuses a file that is not UTF-8 and an empty one, never a 500", async () => {
    const coordinator = await signInOverHttp(t.app, DEMO_ACCOUNTS.coordinator.email);
    for (const body of [new Uint8Array([0xff, 0xfe, 0x41]), new Uint8Array()]) {
      const r = await t.app.request(`${API}/import`, {
        method: "POST",
        body,
        headers: { Cookie: coordinator.cookie, "X-CSRF-Token": coordinator.csrf, "Content-Type": "text/csv" },
      });
      expect(r.status).toBe(422);
      expect((await json(r)).error.details[0].row).toBe(1);
    }
    expect(t.loggedErrors).toEqual([]);
  });
});
