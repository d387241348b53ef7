/**
 * Weekly incident reports through the front door: real sign-in, the report form and the API, the
 * personal-data warning, the weekly lägesbild against the reports, suppression of small counts in
 * what non-readers of raw reports see and in the export, the retention job, and the role's party.
 */
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../../test/app.js";
import { type HttpSession, signInOverHttp } from "../../test/http-session.js";
import { tickOn } from "../../test/jobs.js";
import { DEMO_ACCOUNTS } from "../demo/accounts.js";
import { AREA, PARTY } from "../demo/skaggetorp-2017-ids.js";
import { queryRows } from "../platform/db/rows.js";
import type { Boundary } from "../platform/maps/geojson.js";
import {
  DEFAULT_HEIGHT,
  DEFAULT_PADDING,
  DEFAULT_WIDTH,
  inverseProjection,
  projection,
} from "../platform/maps/svg-map.js";
import { addWeeks, weekOf } from "./weeks.js";

const SLUG = "linkoping";
const PAGE = `/arbete/${SLUG}/handelser`;
const API = `/api/v1/partnerships/${SLUG}/incidents`;
/** A personnummer whose Luhn check digit holds (811218-9876), and one whose does not. */
const PNR = "811218-9876";
const NOT_PNR = "811218-9875";

let t: TestApp;
let reporter: HttpSession;
let coordinator: HttpSession;
let reader: HttpSession;
let administrator: HttpSession;

beforeAll(async () => {
  t = await createTestApp({ demo: true });
  reporter = await signInOverHttp(t.app, DEMO_ACCOUNTS.incidentReporter.email);
  coordinator = await signInOverHttp(t.app, DEMO_ACCOUNTS.coordinator.email);
  reader = await signInOverHttp(t.app, DEMO_ACCOUNTS.reader.email);
  administrator = await signInOverHttp(t.app, DEMO_ACCOUNTS.administrator.email);
}, 120_000);
afterAll(() => t.database.close());

const api = (s: HttpSession, path: string, method = "GET", body?: unknown) =>
  t.app.request(path, {
    method,
    headers: {
      Cookie: s.cookie,
      "X-CSRF-Token": s.csrf,
      ...(body === undefined ? {} : { "Content-Type": "application/json" }),
    },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });

const count = async (where = "true") =>
  (
    await queryRows<{ n: number }>(
      t.database.db,
      sql.raw(`select count(*)::int as n from incident_reports where ${where}`),
    )
  )[0]?.n ?? 0;

/** The Wednesday 12:00 (Swedish time) of an ISO week, as the form's local date-time. */
function wednesdayOf(week: string): string {
  const year = Number(week.slice(0, 4));
  const n = Number(week.slice(6));
  const jan4 = Date.UTC(year, 0, 4);
  const monday1 = jan4 - ((new Date(jan4).getUTCDay() + 6) % 7) * 86_400_000;
  return `${new Date(monday1 + ((n - 1) * 7 + 2) * 86_400_000).toISOString().slice(0, 10)}T12:00`;
}

const report = (
  week: string,
  categoryKey: string,
  areaId: string | null,
  extra: Record<string, unknown> = {},
) =>
  api(reporter, API, "POST", {
    occurredAt: wednesdayOf(week),
    categoryKey,
    description: "Krossad ruta vid entrén",
    ...(areaId ? { areaId } : { placeText: "Gångtunneln vid skolan" }),
    ...extra,
  });

describe("the personal-data warning", () => {
  it("the form warns in Swedish about a personal identity number, stores nothing, and stores once confirmed", async () => {
    const before = await count();
    const fields = {
      occurredAt: wednesdayOf(addWeeks(weekOf(new Date()), -1)),
      areaId: AREA.skaggetorp,
      categoryKey: "skadegorelse",
      subcategory: "Klotter",
      description: `Klotter på garaget, ägaren har personnummer ${PNR}`,
    };
    const warned = await t.app.request(PAGE, reporter.post(fields));
    expect(warned.status).toBe(422);
    const html = await warned.text();
    expect(html).toContain("Texten ser ut att innehålla personuppgifter");
    expect(html).toContain("ett personnummer");
    expect(html).toContain('name="confirmPersonalData"');
    expect(html).toContain(PNR); // what was typed is shown again, to remove it
    expect(await count()).toBe(before);

    const confirmed = await t.app.request(PAGE, reporter.post({ ...fields, confirmPersonalData: "true" }));
    expect(confirmed.status).toBe(303);
    expect(confirmed.headers.get("Location")).toMatch(/\/handelser\?klart=\d{4}-W\d{2}$/);
    expect(await count()).toBe(before + 1);
    const [row] = await queryRows<{ warnings: string[] }>(
      t.database.db,
      sql`select warnings from incident_reports order by created_at desc limit 1`,
    );
    expect(row?.warnings).toEqual(["personal_identity_number"]);
    // The audit event carries no free text.
    const [event] = await queryRows<{ after: unknown }>(
      t.database.db,
      sql`select after from audit_events where action = 'incident.reported' order by seq desc limit 1`,
    );
    expect(JSON.stringify(event?.after)).not.toContain(PNR);
  });

  it("the API answers 422 personal_data_suspected naming each kind; a number failing Luhn is no warning", async () => {
    const week = addWeeks(weekOf(new Date()), -1);
    const res = await report(week, "ordningsstorande", AREA.skaggetorp, {
      description: `Bråk, ring 070-123 45 67 eller mejla vakt@example.se, pnr 19${PNR}`,
    });
    expect(res.status).toBe(422);
    const body = (await res.json()) as { error: { code: string; details: { kinds: string[] } } };
    expect(body.error.code).toBe("personal_data_suspected");
    expect(body.error.details.kinds).toEqual(["personal_identity_number", "phone_number", "email"]);

    const fine = await report(week, "ordningsstorande", AREA.skaggetorp, {
      description: `Ärende ${NOT_PNR}`,
    });
    expect(fine.status).toBe(201);
  });

  it("the page a reporter sees lists their weeks, and the form has labels for every field", async () => {
    const res = await t.app.request(PAGE, reporter.get());
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain("Mina rapporter");
    expect(html).toContain("Er samverkan rapporterar varje vecka.");
    expect(html).toMatch(/vecka \d+ \d{4}: rapporterad/);
    expect(html).toMatch(/vecka \d+ \d{4}: inget rapporterat/);
  });
});

describe("the weekly lägesbild", () => {
  const W = "2026-W40";

  beforeAll(async () => {
    // Week W: 6 × skadegörelse in Skäggetorp, 2 × otrygg plats without area, 1 × skadegörelse in Linköping.
    // The four weeks before: skadegörelse in Skäggetorp 3, 5, 0, 4.
    const plan: [string, string, string | null, number][] = [
      [W, "skadegorelse", AREA.skaggetorp, 6],
      [W, "otrygg-plats", null, 2],
      [W, "skadegorelse", AREA.linkoping, 1],
      [addWeeks(W, -1), "skadegorelse", AREA.skaggetorp, 3],
      [addWeeks(W, -2), "skadegorelse", AREA.skaggetorp, 5],
      [addWeeks(W, -4), "skadegorelse", AREA.skaggetorp, 4],
      [addWeeks(W, -5), "skadegorelse", AREA.skaggetorp, 7], // outside the window
    ];
    for (const [week, category, area, n] of plan)
      for (let i = 0; i < n; i++) expect((await report(week, category, area)).status).toBe(201);
  }, 120_000);

  it("counts category × area × week as reported, with the trend against the mean of the four weeks before", async () => {
    const res = await api(coordinator, `${API}/situations/${W}/compile`, "POST");
    expect(res.status).toBe(200);
    const s = (await res.json()) as {
      state: string;
      suppressed: boolean;
      weeks: string[];
      total: number;
      weekTotals: number[];
      rows: {
        categoryKey: string;
        areaId: string | null;
        count: number;
        previousMean: number;
        trend: string;
      }[];
    };
    expect(s.state).toBe("draft");
    expect(s.suppressed).toBe(false);
    expect(s.weeks).toEqual(["2026-W36", "2026-W37", "2026-W38", "2026-W39", "2026-W40"]);
    expect(s.total).toBe(9);
    expect(s.weekTotals).toEqual([4, 0, 5, 3, 9]);
    const cell = (k: string, a: string | null) => s.rows.find((r) => r.categoryKey === k && r.areaId === a);
    expect(cell("skadegorelse", AREA.skaggetorp)).toMatchObject({ count: 6, previousMean: 3, trend: "up" });
    expect(cell("skadegorelse", AREA.linkoping)).toMatchObject({ count: 1, previousMean: 0, trend: "up" });
    expect(cell("otrygg-plats", null)).toMatchObject({ count: 2, trend: "up" });
    // The same counts straight from the reports.
    const direct = await queryRows<{ n: number }>(
      t.database.db,
      sql`select count(*)::int as n from incident_reports where week = ${W} and category_key = 'skadegorelse' and area_id = ${AREA.skaggetorp}`,
    );
    expect(direct[0]?.n).toBe(6);
  });

  it("a draft is the coordinator's; shared, a reader sees it with counts below 5 hidden", async () => {
    expect((await api(reader, `${API}/situations/${W}`)).status).toBe(403);
    const draft = (await (await api(coordinator, `${API}/situations/${W}`)).json()) as { version: number };
    const assessed = await api(coordinator, `${API}/situations/${W}/assessment`, "PUT", {
      assessment: "Skadegörelsen i Skäggetorp har ökat; belysningen vid centrum ses över.",
      version: draft.version,
    });
    expect(assessed.status).toBe(200);
    const stale = await api(coordinator, `${API}/situations/${W}/assessment`, "PUT", {
      assessment: "x",
      version: draft.version,
    });
    expect(stale.status).toBe(409);
    const { version } = (await assessed.json()) as { version: number };
    expect((await api(coordinator, `${API}/situations/${W}/share`, "POST", { version })).status).toBe(200);

    const seen = (await (await api(reader, `${API}/situations/${W}`)).json()) as {
      suppressed: boolean;
      assessment: string;
      rows: { categoryKey: string; areaId: string | null; count: number | null; trend: string }[];
    };
    expect(seen.suppressed).toBe(true);
    expect(seen.assessment).toContain("Skadegörelsen i Skäggetorp");
    const cell = (k: string, a: string | null) =>
      seen.rows.find((r) => r.categoryKey === k && r.areaId === a);
    expect(cell("skadegorelse", AREA.skaggetorp)?.count).toBe(6);
    expect(cell("skadegorelse", AREA.linkoping)).toMatchObject({ count: null, trend: "hidden" });
    expect(cell("otrygg-plats", null)).toMatchObject({ count: null, trend: "hidden" });

    const page = await (await t.app.request(`${PAGE}/lagesbild/${W}`, reader.get())).text();
    expect(page).toContain("Antal från 1 till 4 visas som &lt;5");
    expect(page).toContain("&lt;5");
    expect(page).not.toContain('action="/arbete/linkoping/handelser/lagesbild/2026-W40/bedomning"');
    // Shared: compiling again is refused, the figures stay.
    expect((await api(coordinator, `${API}/situations/${W}/compile`, "POST")).status).toBe(409);
  });

  it("the export writes every count from 1 to 4 as <5, whoever exports", async () => {
    for (const s of [coordinator, reader]) {
      const res = await t.app.request(`${PAGE}/veckoantal.csv`, s.get());
      expect(res.status).toBe(200);
      expect(res.headers.get("Content-Type")).toContain("text/csv");
      const lines = (await res.text()).trim().split("\r\n");
      expect(lines[0]).toBe("vecka,område,kategori,antal");
      expect(lines).toContain(`${W},Skäggetorp,Skadegörelse,6`);
      expect(lines).toContain(`${W},Linköping,Skadegörelse,<5`);
      expect(lines).toContain(`${W},,Otrygg plats,<5`);
      expect(lines).toContain(`${addWeeks(W, -2)},Skäggetorp,Skadegörelse,5`);
      expect(lines.some((l) => /,[1-4]$/.test(l))).toBe(false);
    }
    const api1 = await api(reader, `${API}/weekly-counts.csv`);
    expect(await api1.text()).toContain(`${W},Linköping,Skadegörelse,<5`);
  });

  it("the lägesbild page draws the map and the chart with tables beside them", async () => {
    await t.database.db.execute(
      sql`update areas set geojson = ${JSON.stringify({
        type: "Polygon",
        coordinates: [
          [
            [15.58, 58.43],
            [15.6, 58.43],
            [15.6, 58.42],
            [15.58, 58.42],
            [15.58, 58.43],
          ],
        ],
      })}::jsonb where id = ${AREA.skaggetorp}`,
    );
    const html = await (await t.app.request(`${PAGE}/lagesbild/${W}`, coordinator.get())).text();
    expect(html).toContain('class="chart"');
    expect(html).toContain('class="map"');
    expect(html).toContain("Skäggetorp: 6");
    expect(html).toContain("<caption>Händelser per vecka</caption>");
  });
});

describe("privacy and access", () => {
  it("raw reports: the coordinator reads all, a reporter only their own, a reader none", async () => {
    expect((await api(coordinator, API)).status).toBe(200);
    expect((await api(reporter, API)).status).toBe(403);
    expect((await api(reader, API)).status).toBe(403);
    expect((await api(reader, `${API}/mine`)).status).toBe(403);
    const mine = (await (await api(reporter, `${API}/mine`)).json()) as {
      data: unknown[];
      weeksReported: string[];
    };
    expect(mine.data.length).toBe(await count());
    expect(mine.weeksReported).toContain("2026-W40");
  });

  it("the retention job folds old reports into weekly counts, deletes them and audits it; the counts stay", async () => {
    const old = "2024-W10";
    for (let i = 0; i < 3; i++) expect((await report(old, "arrangemang", AREA.skaggetorp)).status).toBe(201);
    const settings = (await (await api(coordinator, `${API}/settings`)).json()) as { version: number };
    expect(
      (
        await api(coordinator, `${API}/settings`, "PUT", {
          rhythm: "biweekly",
          retentionMonths: 18,
          version: settings.version,
        })
      ).status,
    ).toBe(200);
    const before = await count();
    // A fixed tick after the retention's 02:00 (Swedish time): a tick at the real "now" finds the
    // day's job not yet due between 00:00 and 02:00 in Sweden.
    await tickOn(t.database.db, "2026-11-20T12:00:00Z");
    expect(await count(`week = '${old}'`)).toBe(0);
    expect(await count()).toBe(before - 3);
    expect(await count("week = '2026-W40'")).toBe(9); // younger than 18 months: kept
    const kept = await queryRows<{ count: number }>(
      t.database.db,
      sql`select count from incident_weekly_counts where week = ${old} and category_key = 'arrangemang'`,
    );
    expect(kept).toEqual([{ count: 3 }]);
    const audits = await queryRows<{ after: { deleted: number } }>(
      t.database.db,
      sql`select after from audit_events where action = 'incident.reports_aggregated'`,
    );
    expect(audits.map((a) => a.after.deleted)).toEqual([3]);
    const csv = await (await t.app.request(`${PAGE}/veckoantal.csv`, coordinator.get())).text();
    expect(csv).toContain(`${old},Skäggetorp,Arrangemang,<5`);
  });

  it("the role is bound to a party: the database refuses it without one, the administration asks for one", async () => {
    await expect(
      t.database.db.execute(
        sql`insert into role_grants (account_id, partnership_id, role) values (${DEMO_ACCOUNTS.reader.id}, (select partnership_id from parties where id = ${PARTY.municipality}), 'incident_reporter')`,
      ),
    ).rejects.toThrow();
    const path = `/arbete/${SLUG}/konton/${DEMO_ACCOUNTS.reader.id}/roller`;
    const without = await t.app.request(path, administrator.post({ role: "incident_reporter" }));
    expect(without.status).toBe(400);
    expect(await without.text()).toContain("En rapportör eller händelserapportör måste höra till en part");
    const withParty = await t.app.request(
      path,
      administrator.post({ role: "incident_reporter", partyId: PARTY.police }),
    );
    expect(withParty.status).toBe(303);
    const grants = await queryRows<{ party_id: string }>(
      t.database.db,
      sql`select party_id from role_grants where account_id = ${DEMO_ACCOUNTS.reader.id} and role = 'incident_reporter'`,
    );
    expect(grants).toEqual([{ party_id: PARTY.police }]);
    const form = await (
      await t.app.request(`/arbete/${SLUG}/konton/${DEMO_ACCOUNTS.reader.id}`, administrator.get())
    ).text();
    expect(form).toContain("Händelserapportör");
  });
});

describe("the place on the map (no JavaScript: the map is the form's image button)", () => {
  const MAP = `${PAGE}/karta.svg`;
  /** The areas the form's map draws: the partnership's areas with a boundary, by name. */
  const mappedAreas = async () =>
    (
      await queryRows<{ name: string; geojson: Boundary }>(
        t.database.db,
        sql`select a.name, a.geojson from areas a join partnerships p on p.id = a.partnership_id
            where p.slug = ${SLUG} and a.geojson is not null order by a.name`,
      )
    ).map((a) => ({ name: a.name, boundary: a.geojson }));
  /** The pixel of the map where a position inside Skäggetorp is drawn. */
  const pixelInSkaggetorp = async () => {
    const project = projection(await mappedAreas(), DEFAULT_WIDTH, DEFAULT_HEIGHT, DEFAULT_PADDING);
    return project?.([15.588, 58.425]) ?? [0, 0];
  };
  const latest = async () =>
    (
      await queryRows<{ lat: number | null; lon: number | null; area_id: string | null }>(
        t.database.db,
        sql`select lat, lon, area_id from incident_reports order by created_at desc limit 1`,
      )
    )[0];
  const fields = () => ({
    occurredAt: wednesdayOf(addWeeks(weekOf(new Date()), -1)),
    categoryKey: "skadegorelse",
    description: "Krossad busskur",
  });

  it("shows the areas' map to a reporter as an SVG image button, and to nobody outside", async () => {
    const page = await (await t.app.request(PAGE, reporter.get())).text();
    expect(page).toContain('type="image"');
    expect(page).toContain(`src="${MAP}"`);
    expect(page).toMatch(/<input type="image"[^>]* formnovalidate/);
    expect(page).toContain("Klicka på kartan där det hände");
    const svg = await t.app.request(MAP, reporter.get());
    expect(svg.status).toBe(200);
    expect(svg.headers.get("Content-Type")).toContain("image/svg+xml");
    expect(await svg.text()).toContain("Skäggetorp");
    const anonymous = await t.app.request(MAP);
    expect([302, 303, 404]).toContain(anonymous.status);
    expect(anonymous.headers.get("Content-Type") ?? "").not.toContain("svg");
  });

  it("stores the position where the map was clicked and the area the click is inside", async () => {
    const before = await count();
    const [x, y] = await pixelInSkaggetorp();
    const res = await t.app.request(
      PAGE,
      reporter.post({ ...fields(), "karta.x": String(Math.round(x)), "karta.y": String(Math.round(y)) }),
    );
    expect(res.status).toBe(303);
    expect(await count()).toBe(before + 1);
    const [lon, lat] = inverseProjection(await mappedAreas())?.(Math.round(x), Math.round(y)) ?? [];
    expect(await latest()).toEqual({ lat, lon, area_id: AREA.skaggetorp });
  });

  it("keeps an area the reporter chose, and the click wins over typed coordinates", async () => {
    const res = await t.app.request(
      PAGE,
      reporter.post({
        ...fields(),
        areaId: AREA.linkoping,
        lat: "1",
        lon: "2",
        "karta.x": "300",
        "karta.y": "100",
      }),
    );
    expect(res.status).toBe(303);
    const [lon, lat] = inverseProjection(await mappedAreas())?.(300, 100) ?? [];
    expect(await latest()).toEqual({ lat, lon, area_id: AREA.linkoping });
  });

  it("a click with a field missing shows the reasons in Swedish and keeps the place, storing nothing", async () => {
    const before = await count();
    const [x, y] = await pixelInSkaggetorp();
    const { description: _, ...rest } = fields();
    const res = await t.app.request(
      PAGE,
      reporter.post({ ...rest, "karta.x": String(Math.round(x)), "karta.y": String(Math.round(y)) }),
    );
    expect(res.status).toBe(400);
    const html = await res.text();
    expect(html).toContain("Fyll i fältet.");
    const [lon, lat] = inverseProjection(await mappedAreas())?.(Math.round(x), Math.round(y)) ?? [];
    expect(html).toContain(`name="lat" type="text" inputmode="decimal" size="12" value="${lat}"`);
    expect(html).toContain(`value="${lon}"`);
    expect(html).toContain(`src="${MAP}?lat=${lat}&amp;lon=${lon}"`);
    expect(html).toMatch(new RegExp(`<option value="${AREA.skaggetorp}" selected`));
    expect(await count()).toBe(before);
    // The picture draws the kept place as a marker.
    const svg = await (await t.app.request(`${MAP}?lat=${lat}&lon=${lon}`, reporter.get())).text();
    expect(svg).toContain("<circle");
    expect(svg).toContain("Vald plats");
  });

  it("the map activated from the keyboard (0, 0: also Enter in a text field) is no place", async () => {
    const res = await t.app.request(PAGE, reporter.post({ ...fields(), "karta.x": "0", "karta.y": "0" }));
    expect(res.status).toBe(400);
    expect(await res.text()).toContain("Ange var det hände");
  });

  it("shows no map when no area has a boundary, and a click then is no place", async () => {
    const saved = await queryRows<{ id: string; geojson: unknown }>(
      t.database.db,
      sql`select id, geojson from areas where geojson is not null`,
    );
    await t.database.db.execute(sql`update areas set geojson = null`);
    try {
      const page = await (await t.app.request(PAGE, reporter.get())).text();
      expect(page).not.toContain('type="image"');
      expect((await t.app.request(MAP, reporter.get())).status).toBe(404);
      const res = await t.app.request(
        PAGE,
        reporter.post({ ...fields(), "karta.x": "300", "karta.y": "100" }),
      );
      expect(res.status).toBe(400);
      expect(await res.text()).toContain("Ange var det hände");
    } finally {
      for (const a of saved)
        await t.database.db.execute(
          sql`update areas set geojson = ${JSON.stringify(a.geojson)}::jsonb where id = ${a.id}`,
        );
    }
  });
});
