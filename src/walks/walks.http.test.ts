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
