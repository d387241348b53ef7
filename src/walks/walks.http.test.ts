/**
 * Safety walks over HTTP with real sign-in: recording a walk and findings (a click on the map
 * image, typed coordinates, an address), the personal-data warning, photos (metadata stripped,
 * size-limited), status transitions and versions (409), who may do what, Att rapportera, the
 * weekly reminder of an overdue finding (exactly once a week), and what the public page shows.
 */
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../../test/app.js";
import { type HttpSession, signInOverHttp } from "../../test/http-session.js";
import { tickOn } from "../../test/jobs.js";
import { jpegWithExif, pngWithText } from "../../test/photos.js";
import { DEMO_ACCOUNTS } from "../demo/accounts.js";
import { DEMO_FINDING, DEMO_WALK_ID, SKAGGETORP_BOUNDARY } from "../demo/safety-walk-2016.js";
import { AREA, PARTY, UNIT } from "../demo/skaggetorp-2017-ids.js";
import { queryRows } from "../platform/db/rows.js";
import { inverseProjection } from "../platform/maps/svg-map.js";
import { PHOTO_MAX_BYTES } from "./photo.js";

const W = "/arbete/linkoping/trygghetsvandringar";
const API = "/api/v1/partnerships/linkoping/walks";
let t: TestApp;
let coordinator: HttpSession;
let culture: HttpSession;
let reader: HttpSession;
let police: HttpSession;

beforeAll(async () => {
  t = await createTestApp();
  [coordinator, culture, reader, police] = await Promise.all([
    signInOverHttp(t.app, DEMO_ACCOUNTS.coordinator.email),
    signInOverHttp(t.app, DEMO_ACCOUNTS.cultureReporter.email),
    signInOverHttp(t.app, DEMO_ACCOUNTS.reader.email),
    signInOverHttp(t.app, DEMO_ACCOUNTS.policeReporter.email),
  ]);
}, 60_000);
afterAll(() => t.database.close());

const rows = <T>(q: ReturnType<typeof sql>) => queryRows<T>(t.database.db, q);

function multipart(
  s: HttpSession,
  fields: Record<string, string>,
  photo?: { bytes: Uint8Array; name: string },
) {
  const body = new FormData();
  body.append("_csrf", s.csrf);
  for (const [k, v] of Object.entries(fields)) body.append(k, v);
  if (photo) body.append("photo", new File([Buffer.from(photo.bytes)], photo.name, { type: "image/jpeg" }));
  return { method: "POST", body, headers: { Cookie: s.cookie } };
}

const api = (s: HttpSession, method: string, path: string, json?: unknown): RequestInit => ({
  method,
  headers: { Cookie: s.cookie, "X-CSRF-Token": s.csrf, "Content-Type": "application/json" },
  ...(json === undefined ? {} : { body: JSON.stringify(json) }),
});

async function newWalk(): Promise<string> {
  const res = await t.app.request(
    W,
    coordinator.post({
      areaId: AREA.skaggetorp,
      walkedOn: "2026-08-31",
      route: "Runt centrum",
      residents: "7",
      youth: "3",
      propertyOwners: "1",
      staff: "4",
    }),
  );
  expect(res.status).toBe(303);
  const id = /trygghetsvandringar\/([0-9a-f-]{36})/.exec(res.headers.get("Location") ?? "")?.[1];
  if (!id) throw new Error("no walk id");
  return id;
}

const finding = async (walkId: string) =>
  (
    await rows<{
      id: string;
      latitude: number;
      longitude: number;
      target_date: string;
      status: string;
      version: number;
      description: string;
    }>(
      sql`select id, latitude, longitude, target_date::text, status, version, description from walk_findings where walk_id = ${walkId} order by number desc limit 1`,
    )
  )[0];

const base = { category: "lighting", responsiblePartyId: PARTY.municipality, unitId: UNIT.cultureAndLeisure };

describe("recording a walk and its findings", () => {
  it("places a finding where the map image was clicked, with the default target date six months on", async () => {
    const walkId = await newWalk();
    const page = await (await t.app.request(`${W}/${walkId}`, coordinator.get())).text();
    expect(page).toContain('type="image"');
    expect(page).toContain(`src="${W}/${walkId}/karta.svg?v=0"`);
    const svg = await t.app.request(`${W}/${walkId}/karta.svg`, coordinator.get());
    expect(svg.headers.get("Content-Type")).toContain("image/svg+xml");
    expect(await svg.text()).toContain("<svg");

    const res = await t.app.request(
      `${W}/${walkId}/fynd`,
      multipart(coordinator, {
        ...base,
        description: "Trasig lampa vid lekplatsen",
        "karta.x": "300",
        "karta.y": "100",
      }),
    );
    expect(res.status).toBe(303);
    const [lon, lat] =
      inverseProjection([{ name: "Skäggetorp", boundary: SKAGGETORP_BOUNDARY }])?.(300, 100) ?? [];
    const row = await finding(walkId);
    expect(row?.longitude).toBe(lon);
    expect(row?.latitude).toBe(lat);
    expect(row?.target_date).toBe("2027-02-28");
    // The map now draws it as marker 1.
    expect(await (await t.app.request(`${W}/${walkId}/karta.svg`, coordinator.get())).text()).toContain(
      ">1</text>",
    );
  });

  it("takes typed coordinates (decimal comma) or an address, and refuses a finding without a place", async () => {
    const walkId = await newWalk();
    let res = await t.app.request(
      `${W}/${walkId}/fynd`,
      multipart(coordinator, {
        ...base,
        latitude: "58,4251",
        longitude: "15,5912",
        targetDate: "2026-12-01",
      }),
    );
    expect(res.status).toBe(303);
    expect(await finding(walkId)).toMatchObject({
      latitude: 58.4251,
      longitude: 15.5912,
      target_date: "2026-12-01",
    });
    res = await t.app.request(
      `${W}/${walkId}/fynd`,
      multipart(coordinator, { ...base, address: "Gångtunneln vid Ullstämma" }),
    );
    expect(res.status).toBe(303);
    res = await t.app.request(`${W}/${walkId}/fynd`, multipart(coordinator, base));
    expect(res.status).toBe(400);
    expect(await res.text()).toContain("Klicka på kartan, skriv latitud och longitud eller skriv en adress.");
  });

  it("warns about personal data in the description and saves only once confirmed", async () => {
    const walkId = await newWalk();
    const fields = {
      ...base,
      address: "Parken",
      description: "Boende 19121212-1212 klagar, ring 070-123 45 67",
    };
    let res = await t.app.request(`${W}/${walkId}/fynd`, multipart(coordinator, fields));
    expect(res.status).toBe(400);
    const html = await res.text();
    expect(html).toContain("ser ut att innehålla personuppgifter (personnummer, telefonnummer)");
    expect(await finding(walkId)).toBeUndefined();
    res = await t.app.request(
      `${W}/${walkId}/fynd`,
      multipart(coordinator, { ...fields, confirmPersonalData: "true" }),
    );
    expect(res.status).toBe(303);
    expect(await finding(walkId)).toBeDefined();
    // The API saves and names what it found.
    const added = await t.app.request(
      `${API}/${walkId}/findings`,
      api(coordinator, "POST", "", { ...base, address: "Torget", description: "mejla anna@example.se" }),
    );
    expect(added.status).toBe(201);
    expect((await added.json()).warnings).toEqual(["email"]);
  });
});

describe("photos", () => {
  it("strips EXIF/GPS from a JPEG and text chunks from a PNG before storing", async () => {
    const walkId = await newWalk();
    const res = await t.app.request(
      `${W}/${walkId}/fynd`,
      multipart(coordinator, { ...base, address: "Torget" }, { bytes: jpegWithExif(), name: "bild.jpg" }),
    );
    expect(res.status).toBe(303);
    const row = await finding(walkId);
    const photo = await t.app.request(`${W}/${walkId}/fynd/${row?.id}/foto`, coordinator.get());
    expect(photo.status).toBe(200);
    expect(photo.headers.get("Content-Type")).toBe("image/jpeg");
    const bytes = Buffer.from(await photo.arrayBuffer());
    expect(bytes.subarray(0, 2)).toEqual(Buffer.from([0xff, 0xd8]));
    for (const text of ["Exif", "GPS", "Kamera"]) expect(bytes.includes(Buffer.from(text))).toBe(false);
    const [stored] = await rows<{ data: string }>(
      sql`select data from walk_finding_photos where finding_id = ${row?.id}`,
    );
    expect(Buffer.from(stored?.data ?? "", "base64").includes(Buffer.from("GPS"))).toBe(false);

    const viaApi = await t.app.request(
      `${API}/${walkId}/findings`,
      api(coordinator, "POST", "", {
        ...base,
        address: "Torget",
        photoBase64: Buffer.from(pngWithText()).toString("base64"),
      }),
    );
    expect(viaApi.status).toBe(201);
    const { id } = await viaApi.json();
    const png = Buffer.from(
      await (await t.app.request(`${W}/${walkId}/fynd/${id}/foto`, coordinator.get())).arrayBuffer(),
    );
    for (const text of ["tEXt", "eXIf", "tIME", "Anna"]) expect(png.includes(Buffer.from(text))).toBe(false);
  });

  it("refuses what is not a JPEG or PNG, and photos over the limit (413) in the form and the API", async () => {
    const walkId = await newWalk();
    let res = await t.app.request(
      `${W}/${walkId}/fynd`,
      multipart(
        coordinator,
        { ...base, address: "Torget" },
        { bytes: new TextEncoder().encode("GIF89a"), name: "x.gif" },
      ),
    );
    expect(res.status).toBe(400);
    expect(await res.text()).toContain("Bilden måste vara en JPEG- eller PNG-fil.");
    const big = new Uint8Array(PHOTO_MAX_BYTES + 100 * 1024);
    big.set(jpegWithExif().subarray(0, 4));
    res = await t.app.request(
      `${W}/${walkId}/fynd`,
      multipart(coordinator, { ...base, address: "Torget" }, { bytes: big, name: "stor.jpg" }),
    );
    expect(res.status).toBe(413);
    // Just under the body limit but over the photo limit: the service refuses it too.
    const over = new Uint8Array(PHOTO_MAX_BYTES + 10);
    over.set(jpegWithExif().subarray(0, 4));
    res = await t.app.request(
      `${W}/${walkId}/fynd`,
      multipart(coordinator, { ...base, address: "Torget" }, { bytes: over, name: "stor.jpg" }),
    );
    expect(res.status).toBe(413);
    res = await t.app.request(
      `${API}/${walkId}/findings`,
      api(coordinator, "POST", "", {
        ...base,
        address: "Torget",
        photoBase64: Buffer.from(big).toString("base64"),
      }),
    );
    expect(res.status).toBe(413);
    expect(await rows(sql`select 1 from walk_findings where walk_id = ${walkId}`)).toEqual([]);
  });
});

describe("status and authorization", () => {
  it("moves along the allowed transitions, refuses others, needs a reason to reject, and answers 409 to a stale version", async () => {
    const walkId = await newWalk();
    const { id } = await (
      await t.app.request(
        `${API}/${walkId}/findings`,
        api(coordinator, "POST", "", { ...base, address: "Torget" }),
      )
    ).json();
    const status = (s: HttpSession, body: unknown) =>
      t.app.request(`${API}/${walkId}/findings/${id}/status`, api(s, "POST", "", body));
    let res = await status(culture, { status: "in_progress", version: 1 });
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ status: "in_progress", version: 2 });
    res = await status(culture, { status: "done", version: 1 });
    expect(res.status).toBe(409);
    expect((await res.json()).error.code).toBe("conflict");
    res = await status(culture, { status: "new", version: 2 });
    expect(res.status).toBe(409);
    expect((await res.json()).error.code).toBe("transition_refused");
    res = await status(culture, { status: "rejected", version: 2 });
    expect(res.status).toBe(400);
    res = await status(culture, { status: "done", version: 2 });
    expect(res.status).toBe(200);
    res = await status(culture, { status: "rejected", reason: "x", version: 3 });
    expect((await res.json()).error.code).toBe("transition_refused");
    const audit = await rows<{ n: number }>(
      sql`select count(*)::int as n from audit_events where entity_id = ${id} and action = 'walk_finding.status_changed'`,
    );
    expect(audit[0]?.n).toBe(2);
  });

  it("lets only owners and the coordinator move a status, and only the coordinator or kommunpolis record", async () => {
    const walkId = await newWalk();
    const add = (s: HttpSession) =>
      t.app.request(`${API}/${walkId}/findings`, api(s, "POST", "", { ...base, address: "Torget" }));
    expect((await add(reader)).status).toBe(403);
    expect((await add(culture)).status).toBe(403);
    const { id } = await (await add(coordinator)).json();
    const move = (s: HttpSession) =>
      t.app.request(
        `${API}/${walkId}/findings/${id}/status`,
        api(s, "POST", "", { status: "in_progress", version: 1 }),
      );
    expect((await move(police)).status).toBe(403);
    expect((await move(reader)).status).toBe(403);
    // Anonymous: nothing of the partnership is revealed.
    expect((await t.app.request(`${API}/${walkId}`)).status).toBe(404);
    expect((await t.app.request(API)).status).toBe(404);
    expect((await move(culture)).status).toBe(200);
    // The reader reads, the status form is not offered.
    const html = await (await t.app.request(`${W}/${walkId}`, reader.get())).text();
    expect(html).toContain("Belysning");
    expect(html).not.toContain("/status");
  });

  it("lists the owner's open findings in Att rapportera, where the status can be moved", async () => {
    const walkId = await newWalk();
    const { id } = await (
      await t.app.request(
        `${API}/${walkId}/findings`,
        api(coordinator, "POST", "", { ...base, address: "Skolgården", category: "vegetation" }),
      )
    ).json();
    let todo = await (await t.app.request("/arbete/linkoping", culture.get())).text();
    expect(todo).toContain("Fynd från trygghetsvandringar");
    expect(todo).toContain(`${W}/${walkId}/fynd/${id}/status`);
    expect(await (await t.app.request("/arbete/linkoping", police.get())).text()).not.toContain(
      `fynd/${id}/status`,
    );
    const res = await t.app.request(
      `${W}/${walkId}/fynd/${id}/status`,
      culture.post({ status: "done", version: "1", back: "todo" }),
    );
    expect(res.status).toBe(303);
    expect(res.headers.get("Location")).toBe("/arbete/linkoping");
    todo = await (await t.app.request("/arbete/linkoping", culture.get())).text();
    expect(todo).not.toContain(`fynd/${id}/status`);
  });
});

describe("correcting a finding", () => {
  const edit = (walkId: string, id: string) => `${W}/${walkId}/fynd/${id}/andra`;
  const addViaApi = async (walkId: string, body: Record<string, unknown> = {}) =>
    (
      await t.app.request(
        `${API}/${walkId}/findings`,
        api(coordinator, "POST", "", { ...base, address: "Torget", ...body }),
      )
    ).json() as Promise<{ id: string; number: number }>;
  /** Repeats a read until it holds (PostgreSQL delivers public_changed a moment after commit). */
  async function eventually(read: () => Promise<string>, holds: (html: string) => boolean) {
    let html = await read();
    for (let i = 0; i < 20 && !holds(html); i++) {
      await new Promise((r) => setTimeout(r, 50));
      html = await read();
    }
    return html;
  }

  it("moves a finding to a clicked place on the edit page's map, changes its category and responsible party, audited with before and after", async () => {
    const walkId = await newWalk();
    const { id } = await addViaApi(walkId, { description: "Mörkt vid busshållplatsen" });
    // The walk's page links to the edit page, which shows the stored finding and the map image.
    expect(await (await t.app.request(`${W}/${walkId}`, coordinator.get())).text()).toContain(
      edit(walkId, id),
    );
    const page = await t.app.request(edit(walkId, id), coordinator.get());
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain("Ändra fynd 1");
    expect(html).toContain('type="image"');
    expect(html).toContain("Mörkt vid busshållplatsen");
    expect(html).toContain('value="Torget"');

    const res = await t.app.request(
      edit(walkId, id),
      multipart(coordinator, {
        category: "vegetation",
        description: "Buskarna skymmer busshållplatsen",
        responsiblePartyId: PARTY.police,
        address: "Torget",
        targetDate: "2027-01-15",
        version: "1",
        "karta.x": "200",
        "karta.y": "150",
      }),
    );
    expect(res.status).toBe(303);
    expect(res.headers.get("Location")).toBe(`${W}/${walkId}?sparat=1#fynd-1`);
    const [lon, lat] =
      inverseProjection([{ name: "Skäggetorp", boundary: SKAGGETORP_BOUNDARY }])?.(200, 150) ?? [];
    const [row] = await rows<Record<string, unknown>>(
      sql`select category, description, latitude, longitude, address, responsible_party_id, unit_id,
                 target_date::text, status, version from walk_findings where id = ${id}`,
    );
    expect(row).toEqual({
      category: "vegetation",
      description: "Buskarna skymmer busshållplatsen",
      latitude: lat,
      longitude: lon,
      address: "Torget",
      responsible_party_id: PARTY.police,
      unit_id: null,
      target_date: "2027-01-15",
      status: "new",
      version: 2,
    });
    const [event] = await rows<{ before: Record<string, unknown>; after: Record<string, unknown> }>(
      sql`select before, after from audit_events where entity_id = ${id} and action = 'walk_finding.edited'`,
    );
    expect(event?.before).toMatchObject({
      category: "lighting",
      responsiblePartyId: PARTY.municipality,
      unitId: UNIT.cultureAndLeisure,
      latitude: null,
      photo: false,
    });
    expect(event?.after).toMatchObject({
      category: "vegetation",
      responsiblePartyId: PARTY.police,
      photo: false,
    });
  });

  it("takes typed coordinates or only an address, and refuses a place that is half a position or missing, per field in Swedish", async () => {
    const walkId = await newWalk();
    const { id } = await addViaApi(walkId);
    let res = await t.app.request(
      edit(walkId, id),
      multipart(coordinator, { ...base, latitude: "58,41", longitude: "15,62", address: "", version: "1" }),
    );
    expect(res.status).toBe(303);
    expect(await finding(walkId)).toMatchObject({ latitude: 58.41, longitude: 15.62, version: 2 });
    res = await t.app.request(
      edit(walkId, id),
      multipart(coordinator, { ...base, latitude: "58,41", version: "2" }),
    );
    expect(res.status).toBe(400);
    let html = await res.text();
    expect(html).toContain("Skriv både latitud och longitud.");
    expect(html).toContain('id="edit-longitude"');
    res = await t.app.request(edit(walkId, id), multipart(coordinator, { ...base, version: "2" }));
    expect(res.status).toBe(400);
    expect(await res.text()).toContain("Klicka på kartan, skriv latitud och longitud eller skriv en adress.");
    res = await t.app.request(
      edit(walkId, id),
      multipart(coordinator, { ...base, responsiblePartyId: "not-an-id", address: "Parken", version: "2" }),
    );
    expect(res.status).toBe(400);
    html = await res.text();
    expect(html).toContain('href="#edit-responsiblePartyId"');
    expect(html).toContain('value="Parken"'); // what was typed comes back
    res = await t.app.request(
      edit(walkId, id),
      multipart(coordinator, { ...base, address: "Parken Ullstämma", version: "2" }),
    );
    expect(res.status).toBe(303);
    const [row] = await rows<{ latitude: number | null; address: string }>(
      sql`select latitude, address from walk_findings where id = ${id}`,
    );
    expect(row).toEqual({ latitude: null, address: "Parken Ullstämma" });
  });

  it("warns about personal data in the new description and saves only once confirmed", async () => {
    const walkId = await newWalk();
    const { id } = await addViaApi(walkId);
    const fields = { ...base, address: "Torget", description: "Ring 070-123 45 67", version: "1" };
    let res = await t.app.request(edit(walkId, id), multipart(coordinator, fields));
    expect(res.status).toBe(400);
    expect(await res.text()).toContain("ser ut att innehålla personuppgifter (telefonnummer)");
    expect((await finding(walkId))?.version).toBe(1);
    res = await t.app.request(
      edit(walkId, id),
      multipart(coordinator, { ...fields, confirmPersonalData: "true" }),
    );
    expect(res.status).toBe(303);
    expect(res.headers.get("Location")).toContain("varning=phone_number");
    expect((await finding(walkId))?.description).toBe("Ring 070-123 45 67");
    // The API saves and names what it found.
    const put = await t.app.request(
      `${API}/${walkId}/findings/${id}`,
      api(coordinator, "PUT", "", { ...base, address: "Torget", description: "anna@example.se", version: 2 }),
    );
    expect(put.status).toBe(200);
    expect(await put.json()).toEqual({ id, number: 1, version: 3, warnings: ["email"] });
  });

  it("answers 409 to a stale version and keeps the newer finding (form and API)", async () => {
    const walkId = await newWalk();
    const { id } = await addViaApi(walkId);
    let res = await t.app.request(
      `${API}/${walkId}/findings/${id}`,
      api(coordinator, "PUT", "", { ...base, category: "litter", address: "Torget", version: 1 }),
    );
    expect(res.status).toBe(200);
    res = await t.app.request(
      `${API}/${walkId}/findings/${id}`,
      api(police, "PUT", "", { ...base, category: "other", address: "Torget", version: 1 }),
    );
    expect(res.status).toBe(403); // a rapportör does not record
    const kommunpolis = await signInOverHttp(t.app, DEMO_ACCOUNTS.policeCoordinator.email);
    res = await t.app.request(
      `${API}/${walkId}/findings/${id}`,
      api(kommunpolis, "PUT", "", { ...base, category: "other", address: "Torget", version: 1 }),
    );
    expect(res.status).toBe(409);
    const body = await res.json();
    expect(body.error.code).toBe("conflict");
    expect(typeof body.error.message).toBe("string");
    res = await t.app.request(
      edit(walkId, id),
      multipart(coordinator, { ...base, category: "traffic", address: "Torget", version: "1" }),
    );
    expect(res.status).toBe(409);
    const html = await res.text();
    expect(html).toContain('role="alert"');
    expect(html).toContain('name="version" value="2"'); // the form now shows the newer finding
    const [row] = await rows<{ category: string; version: number }>(
      sql`select category, version from walk_findings where id = ${id}`,
    );
    expect(row).toEqual({ category: "litter", version: 2 });
    // Who may not record may not open the edit page either; outside the partnership nothing shows.
    expect((await t.app.request(edit(walkId, id), reader.get())).status).toBe(403);
    expect((await t.app.request(edit(walkId, id))).status).not.toBe(200);
    const anonymous = await t.app.request(`${API}/${walkId}/findings/${id}`, {
      method: "PUT",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ ...base, address: "Torget", version: 2 }),
    });
    expect(anonymous.status).toBe(404);
  });

  it("replaces the photo (metadata stripped) or removes it; the audit names no photo bytes", async () => {
    const walkId = await newWalk();
    const { id } = await addViaApi(walkId, { photoBase64: Buffer.from(pngWithText()).toString("base64") });
    let res = await t.app.request(
      edit(walkId, id),
      multipart(
        coordinator,
        { ...base, address: "Torget", version: "1" },
        { bytes: jpegWithExif(), name: "ny.jpg" },
      ),
    );
    expect(res.status).toBe(303);
    const photo = await t.app.request(`${W}/${walkId}/fynd/${id}/foto`, coordinator.get());
    expect(photo.headers.get("Content-Type")).toBe("image/jpeg");
    const bytes = Buffer.from(await photo.arrayBuffer());
    for (const text of ["Exif", "GPS"]) expect(bytes.includes(Buffer.from(text))).toBe(false);
    // Kept when the form sends no new photo and no removal.
    res = await t.app.request(
      edit(walkId, id),
      multipart(coordinator, { ...base, address: "Torget", version: "2" }),
    );
    expect(res.status).toBe(303);
    expect((await t.app.request(`${W}/${walkId}/fynd/${id}/foto`, coordinator.get())).status).toBe(200);
    const page = await (await t.app.request(edit(walkId, id), coordinator.get())).text();
    expect(page).toContain("Ta bort fotot");
    res = await t.app.request(
      edit(walkId, id),
      multipart(coordinator, { ...base, address: "Torget", version: "3", removePhoto: "true" }),
    );
    expect(res.status).toBe(303);
    expect((await t.app.request(`${W}/${walkId}/fynd/${id}/foto`, coordinator.get())).status).toBe(404);
    const events = await rows<{ before: unknown; after: unknown }>(
      sql`select before, after from audit_events where entity_id = ${id} and action = 'walk_finding.edited' order by seq`,
    );
    expect(
      events.map((e) => [(e.before as { photo: boolean }).photo, (e.after as { photo: boolean }).photo]),
    ).toEqual([
      [true, true],
      [true, true],
      [true, false],
    ]);
    const stored = JSON.stringify(events);
    expect(stored).not.toContain("/9j/"); // a JPEG's base64
    expect(stored).not.toContain("iVBOR"); // a PNG's base64
    expect(stored).not.toContain("data");
    // The API replaces and removes too.
    res = await t.app.request(
      `${API}/${walkId}/findings/${id}`,
      api(coordinator, "PUT", "", {
        ...base,
        address: "Torget",
        version: 4,
        photoBase64: Buffer.from(pngWithText()).toString("base64"),
      }),
    );
    expect(res.status).toBe(200);
    expect(
      (await t.app.request(`${W}/${walkId}/fynd/${id}/foto`, coordinator.get())).headers.get("Content-Type"),
    ).toBe("image/png");
    res = await t.app.request(
      `${API}/${walkId}/findings/${id}`,
      api(coordinator, "PUT", "", { ...base, address: "Torget", version: 5, removePhoto: true }),
    );
    expect(res.status).toBe(200);
    expect((await t.app.request(`${W}/${walkId}/fynd/${id}/foto`, coordinator.get())).status).toBe(404);
  });

  it("a new responsible party gets the finding in Att rapportera and in the reminders, the old one no longer", async () => {
    const walkId = await newWalk();
    const { id } = await addViaApi(walkId, { address: "Skolgården", targetDate: "2026-10-01" });
    const todo = async (s: HttpSession) => (await t.app.request("/arbete/linkoping", s.get())).text();
    expect(await todo(culture)).toContain(`fynd/${id}/status`);
    expect(await todo(police)).not.toContain(`fynd/${id}/status`);
    const res = await t.app.request(
      `${API}/${walkId}/findings/${id}`,
      api(coordinator, "PUT", "", {
        ...base,
        responsiblePartyId: PARTY.police,
        unitId: null,
        address: "Skolgården",
        targetDate: "2026-10-01",
        version: 1,
      }),
    );
    expect(res.status).toBe(200);
    expect(await todo(culture)).not.toContain(`fynd/${id}/status`);
    expect(await todo(police)).toContain(`fynd/${id}/status`);
    // The weekly reminder (a fixed instant: Monday 4 January 2027, 08:00 Swedish time) goes to the new owners.
    await tickOn(t.database.db, "2027-01-04T08:00:00+01:00");
    const sent = await rows<{ to_address: string }>(
      sql`select to_address from outbox where kind = 'reminder.walk_finding_overdue'
          and body_text like ${`%${walkId}%`} order by to_address`,
    );
    const to = sent.map((m) => m.to_address);
    expect(to).toContain(DEMO_ACCOUNTS.policeReporter.email);
    expect(to).not.toContain(DEMO_ACCOUNTS.cultureReporter.email);
  });

  it("the public walk page shows the corrected finding", async () => {
    const walkId = await newWalk();
    const { id } = await addViaApi(walkId, { category: "litter", description: "Skräp vid torget" });
    const publicPage = async () => (await t.app.request(`/linkoping/trygghetsvandringar/${walkId}`)).text();
    expect(await publicPage()).toContain("Nedskräpning");
    const res = await t.app.request(
      `${API}/${walkId}/findings/${id}`,
      api(coordinator, "PUT", "", {
        ...base,
        category: "vandalism",
        description: "Klotter på väggen",
        descriptionPublic: true,
        responsiblePartyId: PARTY.police,
        unitId: null,
        latitude: 58.4251,
        longitude: 15.5912,
        version: 1,
      }),
    );
    expect(res.status).toBe(200);
    const html = await eventually(publicPage, (h) => h.includes("Skadegörelse"));
    expect(html).toContain("Skadegörelse");
    expect(html).not.toContain("Nedskräpning");
    expect(html).toContain("Klotter på väggen");
    expect(html).toContain("58.4251");
    expect(html).toContain("Polismyndigheten LPO Linköping");
  });
});

describe("reminders of overdue findings", () => {
  it("queues one reminder per overdue finding per week, exactly once, to its owners", async () => {
    const walkId = await newWalk();
    const { id } = await (
      await t.app.request(
        `${API}/${walkId}/findings`,
        api(coordinator, "POST", "", { ...base, address: "Torget", targetDate: "2026-11-01" }),
      )
    ).json();
    const mails = async () =>
      rows<{ to_address: string; body_text: string }>(
        sql`select to_address, body_text from outbox where kind = 'reminder.walk_finding_overdue'
            and body_text like ${`%${walkId}%`} order by created_at`,
      );
    await tickOn(t.database.db, "2026-11-30T08:00:00+01:00"); // Monday
    await tickOn(t.database.db, "2026-11-30T09:00:00+01:00");
    await tickOn(t.database.db, "2026-12-02T08:00:00+01:00"); // same week
    let sent = await mails();
    expect(sent.map((m) => m.to_address)).toEqual([DEMO_ACCOUNTS.cultureReporter.email]);
    expect(sent[0]?.body_text).toContain(`/arbete/linkoping/trygghetsvandringar/${walkId}#fynd-1`);
    await tickOn(t.database.db, "2026-12-07T08:00:00+01:00"); // next week
    sent = await mails();
    expect(sent).toHaveLength(2);
    // Closed: no more reminders.
    await t.app.request(
      `${API}/${walkId}/findings/${id}/status`,
      api(culture, "POST", "", { status: "done", version: 1 }),
    );
    await tickOn(t.database.db, "2026-12-14T08:00:00+01:00");
    expect(await mails()).toHaveLength(2);
  });
});

describe("the public pages", () => {
  it("show findings, status and place without photos, unchecked descriptions, reasons or names", async () => {
    const list = await t.app.request("/linkoping/trygghetsvandringar");
    expect(list.status).toBe(200);
    expect(await list.text()).toContain(`/linkoping/trygghetsvandringar/${DEMO_WALK_ID}`);
    const res = await t.app.request(`/linkoping/trygghetsvandringar/${DEMO_WALK_ID}`);
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain("<svg");
    expect(html).toContain("Demodata");
    expect(html).toContain("Belysningen i gångtunneln"); // marked public
    expect(html).not.toContain("Mycket skräp vid miljöstugan"); // not marked public
    expect(html).not.toContain("Trafikverket"); // the rejection reason
    expect(html).not.toContain("/foto");
    expect(html).toContain("Avvisad");
    // The same for a signed-in coordinator.
    const signedIn = await (
      await t.app.request(`/linkoping/trygghetsvandringar/${DEMO_WALK_ID}`, coordinator.get())
    ).text();
    expect(signedIn).toBe(html);
    expect(
      (await t.app.request("/linkoping/trygghetsvandringar/00000000-0000-4000-8000-000000000000")).status,
    ).toBe(404);
    expect(DEMO_FINDING.litter).toBeTruthy();
    expect((await t.app.request("/okand/trygghetsvandringar")).status).toBe(404);
  });

  it("the cached list follows a change within a second (the walk tables notify public_changed)", async () => {
    const count = async () => {
      const html = await (await t.app.request("/linkoping/trygghetsvandringar")).text();
      return html.match(/<tr>/g)?.length ?? 0;
    };
    const before = await count();
    const cached = await t.app.request("/linkoping/trygghetsvandringar");
    expect(cached.headers.get("ETag")).toMatch(/^"/); // an entry of the published snapshot
    await newWalk();
    // PGlite notifies at commit; PostgreSQL delivers the notification on its listening connection
    // a moment later (the snapshot's promise: within a second).
    let after = await count();
    for (let i = 0; i < 20 && after !== before + 1; i++) {
      await new Promise((r) => setTimeout(r, 50));
      after = await count();
    }
    expect(after).toBe(before + 1);
  });
});

describe("retention of walk photos", () => {
  const photoOf = async (walkId: string, status: "new" | "done" | "rejected", closedAt: string) => {
    const { id } = await (
      await t.app.request(
        `${API}/${walkId}/findings`,
        api(coordinator, "POST", "", {
          ...base,
          address: "Torget",
          photoBase64: Buffer.from(pngWithText()).toString("base64"),
        }),
      )
    ).json();
    // The closing instant is set directly: the status change stamps the real now.
    await t.database.db.execute(
      sql`update walk_findings set status = ${status}, rejection_reason = ${status === "rejected" ? "Inte vårt" : null},
          status_changed_at = ${closedAt}::timestamptz where id = ${id}`,
    );
    return id as string;
  };
  const hasPhoto = async (id: string) =>
    (await rows(sql`select 1 from walk_finding_photos where finding_id = ${id}`)).length === 1;
  const deletions = async () =>
    (
      await rows<{ after: { deleted: number; months: number } }>(
        sql`select after from audit_events where action = 'walk_finding.photos_deleted' order by seq`,
      )
    ).map((a) => [a.after.deleted, a.after.months]);

  it("deletes the photos of findings closed longer than the setting, daily at a fixed instant, audited with how many, idempotent", async () => {
    const walkId = await newWalk();
    const doneLongAgo = await photoOf(walkId, "done", "2025-10-01T10:00:00Z");
    const rejectedLongAgo = await photoOf(walkId, "rejected", "2025-09-01T10:00:00Z");
    const doneRecently = await photoOf(walkId, "done", "2026-03-01T10:00:00Z");
    const stillOpen = await photoOf(walkId, "new", "2024-01-01T10:00:00Z");
    // A fixed tick after the job's 02:00 Swedish time (a tick at the real "now" may come before it).
    await tickOn(t.database.db, "2026-11-20T12:00:00Z");
    expect(await hasPhoto(doneLongAgo)).toBe(false);
    expect(await hasPhoto(rejectedLongAgo)).toBe(false);
    expect(await hasPhoto(doneRecently)).toBe(true); // closed under 12 months ago
    expect(await hasPhoto(stillOpen)).toBe(true); // open: kept however old
    expect(await deletions()).toEqual([[2, 12]]);
    // The findings themselves are kept; the audit event names no photo.
    expect(
      await rows(sql`select 1 from walk_findings where id in (${doneLongAgo}, ${rejectedLongAgo})`),
    ).toHaveLength(2);
    const [event] = await rows<{ after: unknown; entity_type: string }>(
      sql`select after, entity_type from audit_events where action = 'walk_finding.photos_deleted'`,
    );
    expect(event?.entity_type).toBe("partnership");
    expect(JSON.stringify(event?.after)).not.toContain("iVBOR");
    // Again the same day and the next: nothing more to delete, nothing more audited.
    await tickOn(t.database.db, "2026-11-20T18:00:00Z");
    await tickOn(t.database.db, "2026-11-21T12:00:00Z");
    expect(await deletions()).toEqual([[2, 12]]);

    // The samordnare shortens it to 6 months on the walks' page: the next day's job follows it.
    const page = await (await t.app.request(W, coordinator.get())).text();
    expect(page).toContain("Foton på fynd som har varit åtgärdade eller avvisade i mer än 12 månader");
    expect(page).toContain(`action="${W}/installningar"`);
    let res = await t.app.request(
      `${W}/installningar`,
      coordinator.post({ photoRetentionMonths: "0", version: "1" }),
    );
    expect(res.status).toBe(400);
    expect(await res.text()).toContain("Skriv ett helt antal månader mellan 1 och 120.");
    res = await t.app.request(
      `${W}/installningar`,
      coordinator.post({ photoRetentionMonths: "6", version: "1" }),
    );
    expect(res.status).toBe(303);
    expect(await (await t.app.request(W, coordinator.get())).text()).toContain("i mer än 6 månader");
    await tickOn(t.database.db, "2026-11-22T12:00:00Z");
    expect(await hasPhoto(doneRecently)).toBe(false); // closed 1 March: more than 6 months
    expect(await hasPhoto(stillOpen)).toBe(true);
    expect(await deletions()).toEqual([
      [2, 12],
      [1, 6],
    ]);
    const [changed] = await rows<{
      before: { photoRetentionMonths: number };
      after: { photoRetentionMonths: number };
    }>(sql`select before, after from audit_events where action = 'walk_settings.changed'`);
    expect([changed?.before.photoRetentionMonths, changed?.after.photoRetentionMonths]).toEqual([12, 6]);
  });

  it("the setting is the samordnare's and the administratör's, version-checked, in the API too", async () => {
    const administrator = await signInOverHttp(t.app, DEMO_ACCOUNTS.administrator.email);
    const SETTINGS = "/api/v1/partnerships/linkoping/walk-settings";
    const current = (await (await t.app.request(SETTINGS, api(reader, "GET", ""))).json()) as {
      photoRetentionMonths: number;
      version: number;
    };
    expect(current.photoRetentionMonths).toBeGreaterThan(0);
    let res = await t.app.request(
      SETTINGS,
      api(administrator, "PUT", "", { photoRetentionMonths: 24, version: current.version }),
    );
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ photoRetentionMonths: 24, version: current.version + 1 });
    res = await t.app.request(
      SETTINGS,
      api(coordinator, "PUT", "", { photoRetentionMonths: 18, version: current.version }),
    );
    expect(res.status).toBe(409);
    expect((await res.json()).error.code).toBe("conflict");
    for (const s of [reader, culture, police])
      expect(
        (
          await t.app.request(
            SETTINGS,
            api(s, "PUT", "", { photoRetentionMonths: 3, version: current.version + 1 }),
          )
        ).status,
      ).toBe(403);
    res = await t.app.request(
      SETTINGS,
      api(coordinator, "PUT", "", { photoRetentionMonths: 121, version: 1 }),
    );
    expect(res.status).toBe(400);
    // The reader sees the rule, not the form.
    const html = await (await t.app.request(W, reader.get())).text();
    expect(html).toContain("i mer än 24 månader");
    expect(html).not.toContain(`action="${W}/installningar"`);
    expect(
      (await t.app.request(`${W}/installningar`, reader.post({ photoRetentionMonths: "3", version: "3" })))
        .status,
    ).toBe(403);
  });
});
