import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../../test/app.js";
import { htmlToText, seedBullets, seedResults } from "../../test/seed.js";

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.database.close());

const page = async (path: string, status = 200) => {
  const res = await t.app.request(path);
  expect(res.status, path).toBe(status);
  expect(res.headers.get("content-type")).toContain("text/html");
  return res.text();
};

describe("start page", () => {
  it("lists the published promises in Swedish, with a link to each", async () => {
    const html = await page("/");
    expect(html).toContain('<html lang="sv"');
    expect(html).toContain('href="/linkoping/skaggetorp-2017"');
    expect(html).toMatch(/<main[^>]*id="main"/);
    expect(html).not.toContain("<script");
  });

  it("is available in English", async () => {
    const html = await page("/en");
    expect(html).toContain('<html lang="en"');
    expect(html).toContain('href="/en/linkoping/skaggetorp-2017"');
  });
});

describe("promise page", () => {
  it("shows all eight points in the seed's wording, grouped joint / municipality / police, each with its 2017 result", async () => {
    const text = htmlToText(await page("/linkoping/skaggetorp-2017"));
    const bullets = seedBullets();
    const results = seedResults();
    const at = (s: string) => text.indexOf(s);
    const headings = ["Kommunen och polisen", "Kommunen", "Polisen"].map((h) => text.indexOf(`${h} Punkt`));
    expect(headings.every((i) => i >= 0)).toBe(true);
    expect([...headings].sort((a, b) => a - b)).toEqual(headings);
    bullets.forEach((bullet, i) => {
      expect(at(bullet), bullet).toBeGreaterThan(0);
      expect(at(results[i] ?? ""), results[i]).toBeGreaterThan(at(bullet));
      const group = i < 3 ? 0 : i < 6 ? 1 : 2;
      expect(at(bullet)).toBeGreaterThan(headings[group] ?? Number.NaN);
      if (group < 2) expect(at(bullet)).toBeLessThan(headings[group + 1] ?? Number.NaN);
    });
    expect(text).toContain("Resultat tertial 3 2017");
    expect(text).toContain("Punkten förs över till nästa medborgarlöfte.");
  });

  it("shows the status and the progress with the rule to recompute it", async () => {
    const text = htmlToText(await page("/linkoping/skaggetorp-2017"));
    expect(text).toMatch(/\d+ procent genomfört enligt uppföljningen tertial 3 2017/);
    expect(text).toContain("genomförd");
    expect(text).toContain("Så räknar vi fram hur långt arbetet har kommit");
    expect(text).toContain("särskilt utsatt område");
  });

  it("shows an earlier period when asked", async () => {
    const text = htmlToText(await page("/linkoping/skaggetorp-2017?period=2017-T1"));
    expect(text).toContain("Resultat tertial 1 2017");
    expect(text).not.toContain("Resultat tertial 3 2017");
  });

  it("has one h1 and headings that do not skip levels", async () => {
    const html = await page("/linkoping/skaggetorp-2017");
    const levels = [...html.matchAll(/<h([1-6])/g)].map((m) => Number(m[1]));
    expect(levels.filter((l) => l === 1)).toHaveLength(1);
    levels.forEach((level, i) => {
      if (i > 0) expect(level - (levels[i - 1] ?? 1)).toBeLessThanOrEqual(1);
    });
  });

  it("answers an unknown promise with a helpful 404 page", async () => {
    const text = htmlToText(await page("/linkoping/finns-inte", 404));
    expect(text).toContain("Det finns inget medborgarlöfte med id:t eller adressen finns-inte.");
    expect(text).toContain("Gå till alla medborgarlöften");
  });

  it("answers a malformed address or period with a 400 page that says what is wrong", async () => {
    expect(htmlToText(await page("/linkoping/Inte%20OK", 400))).toContain("har fel form");
    expect(htmlToText(await page("/linkoping/skaggetorp-2017?period=2017-T7", 400))).toContain(
      "Parametern period",
    );
    expect(htmlToText(await page("/?lang=xx", 400))).toContain("Parametern lang");
  });

  it("answers unknown pages with a 404 page", async () => {
    expect(htmlToText(await page("/finns/inte/alls", 404))).toContain("Sidan /finns/inte/alls finns inte.");
  });
});

describe("published report-backs on the promise page", () => {
  let r: TestApp;
  beforeAll(async () => {
    r = await createTestApp();
  });
  afterAll(() => r.database.close());
  const REPORT_TITLE = "Återrapportering av resultat från medborgarlöfte 2017";
  const setStatus = (status: string) =>
    r.database.db.execute(sql`update report_backs set status = ${status} where edition = 1`);
  const promisePage = async () => {
    const res = await r.app.request("/linkoping/skaggetorp-2017");
    expect(res.status).toBe(200);
    return res.text();
  };

  it("shows an edition only once its decision chain has reached published", async () => {
    for (const status of ["draft", "consultation", "to_committee", "to_board", "decided"]) {
      await setStatus(status);
      expect(htmlToText(await promisePage()), status).not.toContain(REPORT_TITLE);
    }
    await setStatus("published");
    await r.database.db.execute(sql`
      insert into report_decisions (report_id, body, decided_on, paragraph, text)
      select id, 'kommunstyrelsen', '2018-03-06', '§ 45', '{"sv": "Kommunstyrelsen godkänner återrapporteringen."}'::jsonb
      from report_backs where edition = 1`);
    const html = await promisePage();
    const text = htmlToText(html);
    expect(text).toContain(`Återrapportering Så här har parterna rapporterat tillbaka`);
    expect(text).toContain(REPORT_TITLE);
    expect(text).toContain("Utgåva 1");
    expect(text).toContain(
      "Beslut i kommunstyrelsen den 2018-03-06, § 45 Kommunstyrelsen godkänner återrapporteringen.",
    );
    const levels = [...html.matchAll(/<h([1-6])/g)].map((m) => Number(m[1]));
    levels.forEach((level, i) => {
      if (i > 0) expect(level - (levels[i - 1] ?? 1)).toBeLessThanOrEqual(1);
    });
  });
});
