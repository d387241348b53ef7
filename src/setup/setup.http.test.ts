import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../../test/app.js";
import { type HttpSession, signInOverHttp } from "../../test/http-session.js";
import { DEMO_ACCOUNTS } from "../demo/accounts.js";
import { queryRows } from "../platform/db/rows.js";

const BASE = "/arbete/linkoping/installningar";
let t: TestApp;
let coordinator: HttpSession;
let administrator: HttpSession;
let reader: HttpSession;

beforeAll(async () => {
  t = await createTestApp();
  coordinator = await signInOverHttp(t.app, DEMO_ACCOUNTS.coordinator.email);
  administrator = await signInOverHttp(t.app, DEMO_ACCOUNTS.administrator.email);
  reader = await signInOverHttp(t.app, DEMO_ACCOUNTS.reader.email);
});
afterAll(() => t.database.close());

const page = async (s: HttpSession, path = BASE) => {
  const res = await t.app.request(path, s.get());
  expect(res.status).toBe(200);
  return res.text();
};

/** A multipart form (the area forms carry a GeoJSON file). */
function upload(
  s: HttpSession,
  fields: Record<string, string>,
  file?: { name: string; content: string },
): RequestInit {
  const body = new FormData();
  body.append("_csrf", s.csrf);
  for (const [k, v] of Object.entries(fields)) body.append(k, v);
  if (file) body.append("boundary", new File([file.content], file.name, { type: "application/geo+json" }));
  return { method: "POST", body, headers: { Cookie: s.cookie } };
}

const count = async (table: string) =>
  (await queryRows<{ n: number }>(t.database.db, sql.raw(`select count(*)::int as n from ${table}`)))[0]?.n ??
  0;

const idOf = async (table: string, name: string) =>
  (
    await queryRows<{ id: string }>(
      t.database.db,
      sql`select id from ${sql.identifier(table)} where name = ${name}`,
    )
  )[0]?.id ?? "";

const square = (lon: number, lat: number) =>
  JSON.stringify({
    type: "Feature",
    properties: {},
    geometry: {
      type: "Polygon",
      coordinates: [
        [
          [lon, lat],
          [lon + 0.01, lat],
          [lon + 0.01, lat - 0.01],
          [lon, lat - 0.01],
          [lon, lat],
        ],
      ],
    },
  });

describe("the setup pages", () => {
  it("adds a housing company, a unit of it and a person, each redirecting to the list", async () => {
    let res = await t.app.request(
      `${BASE}/parter`,
      coordinator.post({ kind: "housing_company", name: "Stångåstaden AB", shortName: "Stångåstaden" }),
    );
    expect(res.status).toBe(303);
    expect(res.headers.get("Location")).toBe(`${BASE}?sparat=1`);
    const partyId = await idOf("parties", "Stångåstaden AB");
    res = await t.app.request(`${BASE}/enheter`, administrator.post({ partyId, name: "Område Skäggetorp" }));
    expect(res.status).toBe(303);
    const unitId = await idOf("units", "Område Skäggetorp");
    res = await t.app.request(
      `${BASE}/personer`,
      coordinator.post({
        name: "Greta Gran",
        title: "Områdeschef",
        partyId,
        unitId,
        email: "Greta@Example.se",
        phone: "",
      }),
    );
    expect(res.status).toBe(303);
    const [person] = await queryRows<{ email: string; unit_id: string }>(
      t.database.db,
      sql`select email, unit_id from people where name = 'Greta Gran'`,
    );
    expect(person).toEqual({ email: "greta@example.se", unit_id: unitId });
    const html = await page(coordinator);
    expect(html).toContain("Stångåstaden AB");
    expect(html).toContain("bostadsbolag");
    expect(html).toContain("Greta Gran, Områdeschef, Stångåstaden AB");
    const audit = await queryRows<{ action: string }>(
      t.database.db,
      sql`select action from audit_events where action in ('party.created','unit.created','person.created')`,
    );
    expect(audit.map((a) => a.action).sort()).toEqual(["party.created", "person.created", "unit.created"]);
  });

  it("shows each field's reason and what was typed when a form is refused", async () => {
    const before = await count("parties");
    const res = await t.app.request(
      `${BASE}/parter`,
      coordinator.post({ kind: "housing_company", name: "", shortName: "Stångåstaden" }),
    );
    expect(res.status).toBe(400);
    const html = await res.text();
    expect(html).toContain('id="party-name-error"');
    expect(html).toContain("Fyll i fältet.");
    expect(html).toContain('href="#party-name"');
    expect(await count("parties")).toBe(before);
    // The short name is taken: the service says so beside that field.
    const taken = await t.app.request(
      `${BASE}/parter`,
      coordinator.post({ kind: "school", name: "Ny skola", shortName: "Stångåstaden" }),
    );
    expect(taken.status).toBe(400);
    const takenHtml = await taken.text();
    expect(takenHtml).toContain('id="party-shortName-error"');
    expect(takenHtml).toContain("Namnet används redan.");
    expect(takenHtml).toContain('value="Ny skola"');
  });

  it("adds an area with a classification and a GeoJSON boundary owned by a partner, and draws it", async () => {
    const ownerPartyId = await idOf("parties", "Stångåstaden AB");
    const res = await t.app.request(
      `${BASE}/omraden`,
      upload(
        coordinator,
        {
          name: "Kvarteret Ekoxen",
          kind: "place",
          ownerPartyId,
          classification: "risk",
          validFrom: "2024-01-01",
          validTo: "",
        },
        { name: "ekoxen.geojson", content: square(15.58, 58.43) },
      ),
    );
    expect(res.status).toBe(303);
    const areaId = await idOf("areas", "Kvarteret Ekoxen");
    const [row] = await queryRows<{ geojson: { type: string }; owner_party_id: string }>(
      t.database.db,
      sql`select geojson, owner_party_id from areas where id = ${areaId}`,
    );
    expect(row?.geojson.type).toBe("Polygon");
    expect(row?.owner_party_id).toBe(ownerPartyId);
    const html = await page(coordinator, `${BASE}/omraden/${areaId}`);
    expect(html).toMatch(/<svg[^>]*role="img"[^>]*aria-labelledby="omradeskarta-title omradeskarta-desc"/);
    expect(html).toContain("Karta: Kvarteret Ekoxen");
    expect(html).toContain("riskområde: 2024-01-01");
    expect(await page(coordinator)).toContain("<svg");
  });

  it("refuses an open ring, a point and swapped coordinates with a clear reason, storing nothing", async () => {
    const areas = await count("areas");
    const open = JSON.stringify({
      type: "Polygon",
      coordinates: [
        [
          [15, 58],
          [15.1, 58],
          [15.1, 58.1],
          [15, 58.1],
        ],
      ],
    });
    const cases = [
      [open, "En ring är inte sluten: den sista punkten ska vara samma som den första."],
      [
        JSON.stringify({ type: "Point", coordinates: [15, 58] }),
        "Filen ska innehålla en Polygon eller MultiPolygon",
      ],
      [square(58.43, 95), "En latitud ligger utanför −90 till 90."],
      ["inte json", "Filen är inte GeoJSON"],
    ] as const;
    for (const [content, message] of cases) {
      const res = await t.app.request(
        `${BASE}/omraden`,
        upload(coordinator, { name: "Trasigt område", kind: "district" }, { name: "x.geojson", content }),
      );
      expect(res.status).toBe(400);
      const html = await res.text();
      expect(html).toContain(message);
      expect(html).toContain('id="area-boundary-error"');
    }
    expect(await count("areas")).toBe(areas);
    // On an area's page the summary also says where in the file.
    const areaId = await idOf("areas", "Kvarteret Ekoxen");
    const res = await t.app.request(
      `${BASE}/omraden/${areaId}/grans`,
      upload(coordinator, {}, { name: "x.geojson", content: open }),
    );
    expect(res.status).toBe(400);
    expect(await res.text()).toContain("Var i filen: coordinates[0]");
  });

  it("refuses a boundary file over 2 MB before reading it", async () => {
    const res = await t.app.request(
      `${BASE}/omraden`,
      upload(
        coordinator,
        { name: "Stort" },
        { name: "big.geojson", content: " ".repeat(2 * 1024 * 1024 + 70 * 1024) },
      ),
    );
    expect(res.status).toBe(413);
  });

  it("adds a council goal set with numbered goals and a two-year agreement", async () => {
    let res = await t.app.request(
      `${BASE}/mal`,
      coordinator.post({
        name: "Mål 2023–2026",
        body: "",
        fromYear: "2023",
        toYear: "2026",
        goals: "Trygghet\n\nDelaktighet\n",
      }),
    );
    expect(res.status).toBe(303);
    const goals = await queryRows<{ number: number; text: { sv: string } }>(
      t.database.db,
      sql`select g.number, g.text from council_goals g join council_goal_sets s on s.id = g.set_id where s.name->>'sv' = 'Mål 2023–2026' order by g.number`,
    );
    expect(goals.map((g) => [g.number, g.text.sv])).toEqual([
      [1, "Trygghet"],
      [2, "Delaktighet"],
    ]);
    const partyIds = (
      await queryRows<{ id: string }>(
        t.database.db,
        sql`select id from parties where name in ('Stångåstaden AB')`,
      )
    ).map((p) => p.id);
    res = await t.app.request(
      `${BASE}/overenskommelser`,
      coordinator.post({
        title: "Överenskommelse 2025–2026",
        validFrom: "2025-01-01",
        validTo: "2026-12-31",
        signedOn: "2024-12-01",
        partyIds,
        focusProblems: "Otrygghet i centrum\nSkadegörelse",
      }),
    );
    expect(res.status).toBe(303);
    const html = await page(coordinator);
    expect(html).toContain("Överenskommelse 2025–2026");
    expect(html).toContain("2025-01-01 – 2026-12-31, undertecknad 2024-12-01");
    // Years the wrong way round and no goals: both fields say why.
    res = await t.app.request(
      `${BASE}/mal`,
      coordinator.post({ name: "Fel", fromYear: "2026", toYear: "2023", goals: "" }),
    );
    expect(res.status).toBe(400);
    const refused = await res.text();
    expect(refused).toContain('id="goals-goals-error"');
    expect(refused).toContain("Skriv minst ett mål.");
  });

  it("is the administrator's and coordinator's: a reader is refused and changes nothing", async () => {
    const before = await count("parties");
    const res = await t.app.request(
      `${BASE}/parter`,
      reader.post({ kind: "school", name: "Skola X", shortName: "SkolaX" }),
    );
    expect(res.status).toBe(403);
    expect((await t.app.request(BASE, reader.get())).status).toBe(403);
    expect(await count("parties")).toBe(before);
    expect(await page(coordinator)).toContain(`href="${BASE}"`);
  });

  it("answers the same in the API, and publishes the setup file's JSON Schema", async () => {
    const schema = await t.app.request("/api/v1/schemas/partnership-setup.json");
    expect(schema.status).toBe(200);
    expect(JSON.stringify(await schema.json())).toContain("housing_company");
    const api = (path: string, body: unknown) =>
      t.app.request(`/api/v1/partnerships/linkoping/setup${path}`, {
        method: "POST",
        body: JSON.stringify(body),
        headers: {
          Cookie: coordinator.cookie,
          "X-CSRF-Token": coordinator.csrf,
          "Content-Type": "application/json",
        },
      });
    const open = {
      type: "Polygon",
      coordinates: [
        [
          [15, 58],
          [15.1, 58],
          [15.1, 58.1],
          [15, 58.1],
        ],
      ],
    };
    const refused = await api("/areas", { name: "API-område", boundary: open });
    expect(refused.status).toBe(400);
    expect(await refused.json()).toMatchObject({
      error: {
        code: "invalid_body",
        details: { fields: { boundary: "geojson_ring_open" }, path: "coordinates[0]" },
      },
    });
    const created = await api("/areas", {
      name: "API-område",
      boundary: { ...open, coordinates: [[...(open.coordinates[0] ?? []), [15, 58]]] },
    });
    expect(created.status).toBe(201);
    const file = await api("?check=true", { partnership: { slug: "annan" }, parties: [] });
    expect(file.status).toBe(422);
    expect(await file.json()).toMatchObject({ error: { code: "setup_invalid" } });
  });
});
