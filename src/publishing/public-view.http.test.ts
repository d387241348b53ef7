import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { appOn, createTestApp, type TestApp } from "../../test/app.js";
import { type HttpSession, signInOverHttp } from "../../test/http-session.js";
import { principal } from "../../test/principals.js";
import { htmlToText } from "../../test/seed.js";
import { DEMO_ACCOUNTS } from "../demo/accounts.js";
import { ROUND_2026_PROMISE } from "../demo/round-2026-ids.js";

/**
 * A staff member on a public address sees the public view, byte for byte; drafts are previewed
 * in the workspace only, marked as such. Sessions are real (signed in over HTTP).
 */
let t: TestApp;
const sessions = new Map<string, HttpSession>();
beforeAll(async () => {
  t = await createTestApp();
  for (const [key, account] of Object.entries(DEMO_ACCOUNTS)) {
    sessions.set(key, await signInOverHttp(t.app, account.email));
  }
});
afterAll(() => t.database.close());

/** The submitted (not approved) 2026-T3 follow-up of point 1 of the 2026 demo promise. */
const SUBMITTED_NARRATIVE = "Den fjärde trygghetsvandringen gjordes den 14 oktober.";
const PREVIEW_2026 = "/arbete/linkoping/loften/skaggetorp-2026/forhandsvisning";
const PREVIEW_2018 = "/arbete/linkoping/loften/skaggetorp-2018/forhandsvisning";

/** The answer's status and bytes; an error page's request id (new on every request) taken out. */
const body = async (path: string, init?: RequestInit) => {
  const res = await t.app.request(path, init);
  const text = (await res.text()).replace(
    /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g,
    "<id>",
  );
  return { status: res.status, text };
};

describe("public pages and the public API are the same for everyone", () => {
  const paths = [
    "/",
    "/?lang=en",
    "/linkoping/skaggetorp-2017",
    "/linkoping/skaggetorp-2017?period=2017-T2",
    "/linkoping/skaggetorp-2026",
    "/linkoping/skaggetorp-2026?period=2026-T3",
    "/linkoping/skaggetorp-2026?lang=en",
    "/linkoping/skaggetorp-2018",
    "/api/v1/promises",
    "/api/v1/promises?status=draft",
    `/api/v1/promises/${ROUND_2026_PROMISE}`,
    `/api/v1/promises/${ROUND_2026_PROMISE}?period=2026-T3`,
    `/api/v1/promises/${ROUND_2026_PROMISE}/follow-ups`,
    `/api/v1/promises/${ROUND_2026_PROMISE}/progress`,
  ];

  it("every demo role signed in gets the same bytes as an anonymous resident", async () => {
    for (const path of paths) {
      const anonymous = await body(path);
      for (const [role, session] of sessions) {
        const signedIn = await body(path, session.get());
        expect(signedIn.status, `${role} ${path}`).toBe(anonymous.status);
        expect(signedIn.text, `${role} ${path}`).toBe(anonymous.text);
      }
    }
  });

  it("a coordinator on /loften/skaggetorp-2026 sees the latest approved result, not the submitted draft", async () => {
    const session = sessions.get("coordinator");
    const { status, text } = await body("/linkoping/skaggetorp-2026", session?.get());
    expect(status).toBe(200);
    expect(text).not.toContain(SUBMITTED_NARRATIVE);
    expect(htmlToText(text)).toContain("Resultat tertial 2 2026");
    expect(htmlToText(text)).not.toContain("Resultat tertial 3 2026");
    // A period without approved follow-ups shows no result of it, even to staff.
    const t3 = await body("/linkoping/skaggetorp-2026?period=2026-T3", session?.get());
    expect(t3.text).not.toContain(SUBMITTED_NARRATIVE);
    expect(htmlToText(t3.text)).not.toContain("Resultat tertial 3 2026");
  });

  it("the public API gives staff approved follow-ups only, and a draft promise is 404 to them too", async () => {
    const session = sessions.get("coordinator");
    const res = await t.app.request(`/api/v1/promises/${ROUND_2026_PROMISE}/follow-ups`, session?.get());
    const { data } = (await res.json()) as { data: { state: string }[] };
    expect(data.length).toBeGreaterThan(0);
    expect(new Set(data.map((f) => f.state))).toEqual(new Set(["approved"]));
    expect((await body("/linkoping/skaggetorp-2018", session?.get())).status).toBe(404);
  });
});

describe("the workspace preview (/arbete/:partnership/loften/:ref/forhandsvisning)", () => {
  it("shows a draft promise to every role of the partnership, under a clear banner", async () => {
    for (const [role, session] of sessions) {
      const { status, text } = await body(PREVIEW_2018, session.get());
      expect(status, role).toBe(200);
      const words = htmlToText(text);
      expect(words, role).toContain("Förhandsvisning – inte publicerat");
      expect(words, role).toContain("Medborgarlöfte 2018 för Skäggetorp");
      expect(words, role).toContain("syns inte för invånarna ännu");
      expect(text, role).toContain("<title>Förhandsvisning: Medborgarlöfte 2018 för Skäggetorp");
    }
  });

  it("shows follow-ups that are not approved, each marked, with period links that stay in the preview", async () => {
    const { status, text } = await body(PREVIEW_2026, sessions.get("reader")?.get());
    expect(status).toBe(200);
    const words = htmlToText(text);
    expect(text).toContain(SUBMITTED_NARRATIVE);
    expect(words).toContain("Inskickad – inte godkänd");
    expect(words).toContain("Löftet är publicerat.");
    expect(text).toContain(`href="${PREVIEW_2026}?period=2026-T1"`);
    expect(text).toContain('href="/linkoping/skaggetorp-2026"');
    const t1 = await body(`${PREVIEW_2026}?period=2026-T1`, sessions.get("reader")?.get());
    expect(t1.text).not.toContain(SUBMITTED_NARRATIVE);
  });

  it("speaks English when asked", async () => {
    const { text } = await body(`${PREVIEW_2018}?lang=en`, sessions.get("coordinator")?.get());
    expect(htmlToText(text)).toContain("Preview – not published");
  });

  it("sends a resident to sign in, and tells another partnership's staff nothing exists", async () => {
    const anonymous = await t.app.request(PREVIEW_2018);
    expect(anonymous.status).toBe(303);
    expect(anonymous.headers.get("location")).toBe(`/logga-in?next=${encodeURIComponent(PREVIEW_2018)}`);
    expect((await t.app.request("/arbete/finns-inte/loften/skaggetorp-2018/forhandsvisning")).status).toBe(
      303,
    );

    const stranger = appOn(t.database, { as: principal("coordinator", { partnershipId: randomUUID() }) });
    expect((await stranger.app.request(PREVIEW_2018)).status).toBe(404);
    expect((await stranger.app.request(PREVIEW_2026)).status).toBe(404);
    const member = sessions.get("coordinator");
    expect((await body("/arbete/linkoping/loften/finns-inte/forhandsvisning", member?.get())).status).toBe(
      404,
    );
    expect(
      (await body("/arbete/finns-inte/loften/skaggetorp-2018/forhandsvisning", member?.get())).status,
    ).toBe(404);
  });
});
