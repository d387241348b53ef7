/**
 * Issue 11, "a cell with fewer than 5 is suppressed in public and export": the weekly incident
 * figures residents see, through the front door. Reports go in through the API of a real
 * händelserapportör; the samordnare compiles, shares and publishes with real sessions and CSRF
 * tokens; the public page `/<partnership>/trygghet` is read as a resident, through the published
 * snapshot (which the database's trigger must drop at once).
 */
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../../test/app.js";
import { type HttpSession, signInOverHttp } from "../../test/http-session.js";
import { DEMO_ACCOUNTS } from "../demo/accounts.js";
import { AREA } from "../demo/skaggetorp-2017-ids.js";
import { queryRows } from "../platform/db/rows.js";

const SLUG = "linkoping";
const API = `/api/v1/partnerships/${SLUG}/incidents`;
const WORKSPACE = `/arbete/${SLUG}/handelser`;
const PUBLIC = `/${SLUG}/trygghet`;
const W = "2026-W44";
const ASSESSMENT = "Bedömning för samverkan: belysningen vid Skäggetorps centrum ses över.";
const DESCRIPTION = "Krossad ruta vid entrén till tvättstugan";

let t: TestApp;
let reporter: HttpSession;
let coordinator: HttpSession;
let policeCoordinator: HttpSession;
let reader: HttpSession;

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

/** The Wednesday 12:00 (Swedish time) of an ISO week, as the form's local date-time. */
function wednesdayOf(week: string): string {
  const year = Number(week.slice(0, 4));
  const n = Number(week.slice(6));
  const jan4 = Date.UTC(year, 0, 4);
  const monday1 = jan4 - ((new Date(jan4).getUTCDay() + 6) % 7) * 86_400_000;
  return `${new Date(monday1 + ((n - 1) * 7 + 2) * 86_400_000).toISOString().slice(0, 10)}T12:00`;
}

const versionOf = async (s: HttpSession) =>
  ((await (await api(s, `${API}/situations/${W}`)).json()) as { version: number }).version;

/** The public page as a resident gets it (no cookie), and its section on incidents. */
async function publicSection(path = PUBLIC): Promise<{ html: string; section: string }> {
  const res = await t.app.request(path);
  expect(res.status).toBe(200);
  const html = await res.text();
  const section = /<section id="handelser"[\s\S]*?<section id="matningar"/.exec(html)?.[0] ?? "";
  expect(section).not.toBe("");
  return { html, section };
}

/** The row of a category in the week's table: its count cell's text. */
const cellOf = (section: string, category: string) =>
  new RegExp(`<th scope="row">${category}</th><td>([^<]*)</td>`).exec(section)?.[1];

beforeAll(async () => {
  t = await createTestApp({ demo: true });
  reporter = await signInOverHttp(t.app, DEMO_ACCOUNTS.incidentReporter.email);
  coordinator = await signInOverHttp(t.app, DEMO_ACCOUNTS.coordinator.email);
  policeCoordinator = await signInOverHttp(t.app, DEMO_ACCOUNTS.policeCoordinator.email);
  reader = await signInOverHttp(t.app, DEMO_ACCOUNTS.reader.email);
  // Week W: 6 × skadegörelse, 3 × otrygg plats; the week before: 2 × arrangemang (0 in week W).
  const plan: [string, string, number][] = [
    [W, "skadegorelse", 6],
    [W, "otrygg-plats", 3],
    ["2026-W43", "arrangemang", 2],
  ];
  for (const [week, categoryKey, n] of plan)
    for (let i = 0; i < n; i++) {
      const res = await api(reporter, API, "POST", {
        occurredAt: wednesdayOf(week),
        categoryKey,
        areaId: AREA.skaggetorp,
        description: DESCRIPTION,
      });
      expect(res.status).toBe(201);
    }
  expect((await api(coordinator, `${API}/situations/${W}/compile`, "POST")).status).toBe(200);
  const assessed = await api(coordinator, `${API}/situations/${W}/assessment`, "PUT", {
    assessment: ASSESSMENT,
    version: await versionOf(coordinator),
  });
  expect(assessed.status).toBe(200);
}, 120_000);
afterAll(() => t.database.close());

describe("publishing a weekly lägesbild to residents", () => {
  it("a draft cannot be published (409) and is not public", async () => {
    const res = await api(coordinator, `${API}/situations/${W}/publish`, "POST", {
      version: await versionOf(coordinator),
    });
    expect(res.status).toBe(409);
    expect(((await res.json()) as { error: { code: string } }).error.code).toBe("transition_refused");
    const { section } = await publicSection();
    expect(section).toContain("Samverkan har inte publicerat några siffror om händelser än.");
  });

  it("shared with the partnership is still not public", async () => {
    const shared = await api(coordinator, `${API}/situations/${W}/share`, "POST", {
      version: await versionOf(coordinator),
    });
    expect(shared.status).toBe(200);
    const { section } = await publicSection();
    expect(section).toContain("Samverkan har inte publicerat några siffror om händelser än.");
    expect(section).not.toContain("Skadegörelse");
  });

  it("a reader, a händelserapportör and the kommunpolis may not publish (403); nothing changes", async () => {
    const version = await versionOf(coordinator);
    for (const s of [reader, reporter, policeCoordinator]) {
      const res = await api(s, `${API}/situations/${W}/publish`, "POST", { version });
      expect(res.status).toBe(403);
      expect(((await res.json()) as { error: { code: string } }).error.code).toBe("forbidden");
    }
    const form = await t.app.request(`${WORKSPACE}/lagesbild/${W}/publicera`, reader.post({ version: "1" }));
    expect(form.status).toBe(403);
    const [row] = await queryRows<{ published: boolean }>(
      t.database.db,
      sql`select published_at is not null as published from incident_situations where week = ${W}`,
    );
    expect(row?.published).toBe(false);
  });

  it("a stale version is 409 and publishes nothing", async () => {
    const version = await versionOf(coordinator);
    const res = await api(coordinator, `${API}/situations/${W}/publish`, "POST", { version: version - 1 });
    expect(res.status).toBe(409);
    expect(((await res.json()) as { error: { code: string } }).error.code).toBe("conflict");
  });

  it("published by the samordnare's form, the public page shows the week at once: 1–4 as 'färre än 5', 0 shown", async () => {
    // The page is in the published snapshot before the publication.
    const before = await t.app.request(PUBLIC);
    const etag = before.headers.get("ETag") ?? "";
    expect((await t.app.request(PUBLIC, { headers: { "If-None-Match": etag } })).status).toBe(304);

    const page = await (await t.app.request(`${WORKSPACE}/lagesbild/${W}`, coordinator.get())).text();
    expect(page).toContain(`action="${WORKSPACE}/lagesbild/${W}/publicera"`);
    const published = await t.app.request(
      `${WORKSPACE}/lagesbild/${W}/publicera`,
      coordinator.post({ version: String(await versionOf(coordinator)) }),
    );
    expect(published.status).toBe(303);
    expect(published.headers.get("Location")).toBe(`${WORKSPACE}/lagesbild/${W}?klart=published`);

    const deadline = Date.now() + 1000;
    let after = await t.app.request(PUBLIC, { headers: { "If-None-Match": etag } });
    while (after.status === 304 && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 20));
      after = await t.app.request(PUBLIC, { headers: { "If-None-Match": etag } });
    }
    expect(after.status).toBe(200);

    const { html, section } = await publicSection();
    expect(section).toContain('<h2 id="handelser-rubrik">Händelser per vecka</h2>');
    expect(section).toContain('<h3 id="handelser-2026-W44-rubrik">Vecka 44 2026</h3>');
    expect(section).toContain("<caption>Händelser vecka 44 2026, per kategori</caption>");
    expect(cellOf(section, "Skadegörelse")).toBe("6");
    expect(cellOf(section, "Otrygg plats")).toBe("färre än 5");
    expect(cellOf(section, "Arrangemang")).toBe("0");
    // The 3 never appears for otrygg plats: not in the table, the chart or its text.
    expect(section).not.toMatch(/Otrygg plats: 3|>3</);
    expect(section).toContain('role="img"');
    expect(section).toContain("Otrygg plats: färre än 5");
    // Never the assessment, the reports' words, the areas or a total.
    expect(html).not.toContain(ASSESSMENT);
    expect(html).not.toContain(DESCRIPTION);
    expect(section).not.toContain("Skäggetorp");
    expect(section).not.toContain(">9<");

    // The other languages say it in theirs.
    const { section: english } = await publicSection(`/en${PUBLIC}`);
    expect(cellOf(english, "Otrygg plats")).toBe("fewer than 5");
    const { section: arabic } = await publicSection(`/ar${PUBLIC}`);
    expect(cellOf(arabic, "Otrygg plats")).toBe("أقل من 5");
  });

  it("publishing twice is 409; the audit log has the act", async () => {
    const res = await api(coordinator, `${API}/situations/${W}/publish`, "POST", {
      version: await versionOf(coordinator),
    });
    expect(res.status).toBe(409);
    const events = await queryRows<{ action: string }>(
      t.database.db,
      sql`select action from audit_events where action like 'incident.situation_%' order by seq`,
    );
    expect(events.map((e) => e.action)).toContain("incident.situation_published");
  });

  it("withdrawn, the week is gone from the public page at once", async () => {
    const etag = (await t.app.request(PUBLIC)).headers.get("ETag") ?? "";
    const res = await api(coordinator, `${API}/situations/${W}/withdraw`, "POST", {
      version: await versionOf(coordinator),
    });
    expect(res.status).toBe(200);
    expect(((await res.json()) as { publishedAt: string | null }).publishedAt).toBeNull();
    const deadline = Date.now() + 1000;
    let after = await t.app.request(PUBLIC, { headers: { "If-None-Match": etag } });
    while (after.status === 304 && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 20));
      after = await t.app.request(PUBLIC, { headers: { "If-None-Match": etag } });
    }
    expect(after.status).toBe(200);
    const { section } = await publicSection();
    expect(section).toContain("Samverkan har inte publicerat några siffror om händelser än.");
    expect(section).not.toContain("Skadegörelse");
    // Withdrawing again is 409.
    const again = await api(coordinator, `${API}/situations/${W}/withdraw`, "POST", {
      version: await versionOf(coordinator),
    });
    expect(again.status).toBe(409);
  });

  it("a signed-in member on the public address gets the resident's bytes", async () => {
    const resident = await (await t.app.request(PUBLIC)).text();
    const member = await (await t.app.request(PUBLIC, coordinator.get())).text();
    expect(member).toBe(resident);
  });
});
