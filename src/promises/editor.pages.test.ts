import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../../test/app.js";
import { principal, TEST_CSRF } from "../../test/principals.js";
import { COMMITMENT, DEMO_PARTNERSHIP_ID, PARTY, PROMISE } from "../demo/skaggetorp-2017-ids.js";
import { findCommitment, findPromise, listCommitments, listTargets } from "./promises.repository.js";

let app: TestApp;
beforeAll(async () => {
  app = await createTestApp({ as: principal("coordinator") });
});
afterAll(() => app.database.close());

const form = (fields: Array<[string, string]>) => ({
  method: "POST",
  headers: { "Content-Type": "application/x-www-form-urlencoded" },
  body: new URLSearchParams([["_csrf", TEST_CSRF], ...fields]).toString(),
});
const BASE = "/arbete/linkoping/loften";

describe("editor pages (samordnare)", () => {
  it("lists every promise including the 2018 draft, with the Nytt löfte form", async () => {
    const res = await app.app.request(BASE);
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain(`${BASE}/skaggetorp-2017`);
    expect(html).toContain(`${BASE}/skaggetorp-2018`);
    expect(html).toContain("Nytt löfte");
    expect(html).toContain(`href="${BASE}" aria-current="page"`);
  });

  it("creates a promise, adds a point, keeps the input of a refused point, shows refusal reasons", async () => {
    const created = await app.app.request(
      BASE,
      form([
        ["ref", "sida-2020"],
        ["title", "Sidlöfte"],
        ["fromYear", "2020"],
        ["toYear", "2020"],
        ["partyIds", PARTY.municipality],
      ]),
    );
    expect(created.status).toBe(303);
    expect(created.headers.get("Location")).toBe(`${BASE}/sida-2020?sparat=1`);
    const editorHtml = await (await app.app.request(`${BASE}/sida-2020`)).text();
    expect(editorHtml).toContain(`href="${BASE}/sida-2020/forhandsvisning"`);
    const preview = await app.app.request(`${BASE}/sida-2020/forhandsvisning`);
    expect(preview.status).toBe(200);
    expect(await preview.text()).toContain("Förhandsvisning – inte publicerat");
    const refused = await app.app.request(
      `${BASE}/sida-2020/lage`,
      form([
        ["to", "in_consultation"],
        ["version", "1"],
      ]),
    );
    expect(refused.status).toBe(409);
    const refusedHtml = await refused.text();
    expect(refusedHtml).toContain("Löftet har inga punkter.");
    expect(refusedHtml).toContain("Löftet gäller inget område.");

    const bad = await app.app.request(
      `${BASE}/sida-2020/punkter`,
      form([
        ["text", "  "],
        ["responsibleKind", "municipality"],
        ["targets.0.description", "Mitt mål som ska finnas kvar"],
        ["targets.0.targetValue", "tre"],
      ]),
    );
    expect(bad.status).toBe(400);
    const badHtml = await bad.text();
    expect(badHtml).toContain('class="error-summary"');
    expect(badHtml).toContain('href="#new-point"');
    expect(badHtml).toContain('value="Mitt mål som ska finnas kvar"');

    const ok = await app.app.request(
      `${BASE}/sida-2020/punkter`,
      form([
        ["text", "Kommunen ska …"],
        ["responsibleKind", "municipality"],
        ["responsiblePartyIds", PARTY.municipality],
        ["weight", "1,5"],
        ["targets.0.description", "Möten"],
        ["targets.0.direction", "at_least"],
        ["targets.0.targetValue", "3"],
        ["targets.0.unit", "st"],
      ]),
    );
    expect(ok.status).toBe(303);
    const promise = await findPromise(app.database.db, {
      partnershipId: DEMO_PARTNERSHIP_ID,
      ref: "sida-2020",
    });
    const [point] = await listCommitments(app.database.db, [promise?.id ?? ""]);
    expect(point).toMatchObject({ number: 1, weight: 1.5, text: { sv: "Kommunen ska …" } });
    const page = await (await app.app.request(`${BASE}/sida-2020?sparat=1`)).text();
    expect(page).toContain("Ändringen är sparad.");
    expect(page).toContain('value="Möten"');
  });

  it("ticks a target off, and an empty carry-over choice records no decision", async () => {
    const promise = await findPromise(app.database.db, {
      partnershipId: DEMO_PARTNERSHIP_ID,
      ref: "sida-2020",
    });
    const [point] = await listCommitments(app.database.db, [promise?.id ?? ""]);
    const [target] = await listTargets(app.database.db, [point?.id ?? ""]);
    const saved = await app.app.request(
      `${BASE}/sida-2020/punkter/${point?.id}`,
      form([
        ["version", String(point?.version)],
        ["text", "Kommunen ska …"],
        ["responsibleKind", "municipality"],
        ["responsiblePartyIds", PARTY.municipality],
        ["targets.0.id", target?.id ?? ""],
        ["targets.0.description", "Möten"],
        ["targets.0.direction", "at_least"],
        ["targets.0.targetValue", "3"],
        ["targets.0.unit", "st"],
        ["targets.0.remove", "1"],
        ["targets.1.description", ""],
        ["targets.1.direction", "at_least"],
      ]),
    );
    expect(saved.status).toBe(303);
    expect(await listTargets(app.database.db, [point?.id ?? ""])).toEqual([]);
    const decided = await app.app.request(
      `${BASE}/sida-2020/punkter/${point?.id}/overforing`,
      form([
        ["decision", ""],
        ["reason", ""],
        ["version", String((point?.version ?? 0) + 1)],
      ]),
    );
    expect(decided.status).toBe(303);
    expect(await findCommitment(app.database.db, point?.id ?? "")).toMatchObject({
      carryOver: null,
      version: (point?.version ?? 0) + 2,
    });
  });

  it("moves points with buttons and carries points into a new promise", async () => {
    const moved = await app.app.request(
      `${BASE}/skaggetorp-2018/punkter/${(await twoThousandEighteen())[1]?.id}/flytta`,
      form([
        ["direction", "up"],
        ["version", "1"],
      ]),
    );
    expect(moved.status).toBe(303);
    const after = await twoThousandEighteen();
    expect(after.map((c) => c.carriedFromId)).toEqual([COMMITMENT[8], COMMITMENT[7]]);
    const page = await (await app.app.request(`${BASE}/skaggetorp-2018`)).text();
    expect(page).toContain("Kommer från skaggetorp-2017, punkt 8.");
    const source = await (await app.app.request(`${BASE}/skaggetorp-2017`)).text();
    expect(source).toContain("Har förts vidare till skaggetorp-2018, punkt 1.");

    const next = await app.app.request(
      `${BASE}/skaggetorp-2017/nytt-fran-detta`,
      form([
        ["ref", "skaggetorp-2021"],
        ["title", "Medborgarlöfte 2021"],
        ["fromYear", "2021"],
        ["toYear", "2021"],
        ["choices.1.commitmentId", COMMITMENT[2]],
        ["choices.1.reason", "Behovet kvarstår."],
        ["choices.2.reason", ""],
      ]),
    );
    expect(next.status).toBe(303);
    expect(next.headers.get("Location")).toBe(`${BASE}/skaggetorp-2021?sparat=1`);
  });
});

async function twoThousandEighteen() {
  const p = await findPromise(app.database.db, {
    partnershipId: DEMO_PARTNERSHIP_ID,
    ref: "skaggetorp-2018",
  });
  return listCommitments(app.database.db, [p?.id ?? ""]);
}

describe("a stale save", () => {
  it("is refused with 409, shows the saved text and keeps what the user typed", async () => {
    const p = await findPromise(app.database.db, {
      partnershipId: DEMO_PARTNERSHIP_ID,
      ref: "skaggetorp-2018",
    });
    const [point] = await listCommitments(app.database.db, [p?.id ?? ""]);
    const res = await app.app.request(
      `${BASE}/skaggetorp-2018/punkter/${point?.id}`,
      form([
        ["version", "99"],
        ["text", "Min egen formulering"],
        ["responsibleKind", "police"],
        ["responsiblePartyIds", PARTY.police],
      ]),
    );
    expect(res.status).toBe(409);
    const html = await res.text();
    expect(html).toContain("Någon annan har ändrat punkten under tiden.");
    expect(html).toContain(`<li>${point?.text.sv}</li>`);
    expect(html).toContain("Min egen formulering</textarea>");
  });
});

describe("rights on the pages", () => {
  it("a kommunpolis is refused a municipality point (403) and sees no decision form for it", async () => {
    const police = await createTestApp({ as: principal("police_coordinator") });
    try {
      const res = await police.app.request(
        `${BASE}/skaggetorp-2017/punkter/${COMMITMENT[4]}/overforing`,
        form([
          ["decision", "close"],
          ["reason", "Nej"],
          ["version", "1"],
        ]),
      );
      expect(res.status).toBe(403);
      expect(await res.text()).toContain("Du har inte behörighet att göra detta.");
      const page = await (await police.app.request(`${BASE}/skaggetorp-2017`)).text();
      expect(page).toContain("Spara beslutet för punkt 7");
      expect(page).not.toContain("Spara beslutet för punkt 4");
    } finally {
      await police.database.close();
    }
  });

  it("another partnership's principal gets 404", async () => {
    const other = await createTestApp({
      as: principal("coordinator", { partnershipId: "00000000-0000-4000-8000-0000000000ff" }),
      demo: true,
    });
    try {
      expect((await other.app.request(`${BASE}/skaggetorp-2017`)).status).toBe(404);
    } finally {
      await other.database.close();
    }
  });
});

describe("spreadsheet API", () => {
  it("exports CSV and XLSX, imports the CSV back, refuses a malformed file with rows (422), and 413 beyond 2 MB", async () => {
    const csv = await app.app.request(`/api/v1/promises/${PROMISE}/export.csv`);
    expect(csv.status).toBe(200);
    expect(csv.headers.get("Content-Type")).toContain("text/csv");
    const text = await csv.text();
    expect(text.split("\r\n")[0]).toContain("Punkt-id;Nr;Punkt;Ansvar");
    const xlsx = await app.app.request(`/api/v1/promises/${PROMISE}/export.xlsx`);
    expect(new Uint8Array(await xlsx.arrayBuffer()).slice(0, 2)).toEqual(new Uint8Array([0x50, 0x4b]));

    const back = await app.app.request(`/api/v1/promises/${PROMISE}/import`, {
      method: "POST",
      headers: { "Content-Type": "text/csv" },
      body: text,
    });
    expect(back.status).toBe(200);
    expect((await back.json()).data).toMatchObject({ pointsUpdated: 0, followUpsUpdated: 0 });

    const broken = text.replace("skaggetorp-2017-1;1;", "skaggetorp-2017-1;ett;");
    const refused = await app.app.request(`/api/v1/promises/${PROMISE}/import`, {
      method: "POST",
      headers: { "Content-Type": "text/csv" },
      body: broken,
    });
    expect(refused.status).toBe(422);
    const body = await refused.json();
    expect(body.error.code).toBe("import_refused");
    expect(body.error.details[0]).toMatchObject({ row: 2, column: "Nr", code: "bad_number" });
    expect(body.error.details[0].message).toBe("Numret ett är inte ett heltal större än noll.");

    const huge = await app.app.request(`/api/v1/promises/${PROMISE}/import`, {
      method: "POST",
      headers: { "Content-Type": "text/csv" },
      body: "x".repeat(2 * 1024 * 1024 + 10),
    });
    expect(huge.status).toBe(413);
    expect((await huge.json()).error.message).toBe("Filen är för stor. Den får vara högst 2 MB.");
  });

  it("the template has the headers; the export without sign-in answers 404", async () => {
    const tpl = await app.app.request("/api/v1/spreadsheets/template.csv");
    expect(new Uint8Array(await tpl.clone().arrayBuffer()).slice(0, 3)).toEqual(
      new Uint8Array([0xef, 0xbb, 0xbf]),
    );
    expect(await tpl.text()).toMatch(/^Punkt-id;Nr;Punkt/);
    const anon = await createTestApp();
    try {
      expect((await anon.app.request(`/api/v1/promises/${PROMISE}/export.csv`)).status).toBe(404);
    } finally {
      await anon.database.close();
    }
  });
});

describe("without sign-in", () => {
  it("the editor redirects to sign-in", async () => {
    const anon = await createTestApp({ demo: false });
    try {
      const res = await anon.app.request(`${BASE}/skaggetorp-2017`);
      expect(res.status).toBe(303);
      expect(res.headers.get("Location")).toBe(
        `/logga-in?next=${encodeURIComponent(`${BASE}/skaggetorp-2017`)}`,
      );
    } finally {
      await anon.database.close();
    }
  });
});
