import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../../test/app.js";
import {
  csrfOf,
  formBody,
  type HttpSession,
  sessionCookieOf,
  signInOverHttp,
} from "../../test/http-session.js";
import { linkFromOutbox, mailsTo } from "../../test/mail-links.js";
import { htmlToText } from "../../test/seed.js";
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from "../demo/accounts.js";
import { DEMO_PARTNERSHIP_ID, PARTY } from "../demo/skaggetorp-2017-ids.js";

// Real sign-in through createApp: no `as` override, the cookie is carried by hand.
let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.database.close());

const FORM = { "Content-Type": "application/x-www-form-urlencoded" };
const postForm = (fields: Record<string, string | string[]>, headers: Record<string, string> = {}) => ({
  method: "POST",
  body: formBody(fields),
  headers: { ...FORM, ...headers },
});

describe("sign-in over HTTP", () => {
  it("shows an accessible form and refuses a wrong password without a cookie or a hint of which part was wrong", async () => {
    const page = await t.app.request("/logga-in");
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('autocomplete="current-password"');
    const wrong = await t.app.request(
      "/logga-in",
      postForm({ email: DEMO_ACCOUNTS.reader.email, password: "fel lösenord" }),
    );
    expect(wrong.status).toBe(401);
    expect(sessionCookieOf(wrong)).toBeNull();
    const html = await wrong.text();
    expect(htmlToText(html)).toContain("E-postadressen eller lösenordet stämmer inte.");
    expect(html).toContain(`value="${DEMO_ACCOUNTS.reader.email}"`); // what was typed is kept
    const unknown = await t.app.request(
      "/logga-in",
      postForm({ email: "ingen@example.se", password: "fel lösenord" }),
    );
    expect(htmlToText(await unknown.text())).toContain("E-postadressen eller lösenordet stämmer inte.");
    const empty = await t.app.request("/logga-in", postForm({ email: "", password: "" }));
    expect(empty.status).toBe(400);
    expect(await empty.text()).toContain('href="#email"');
  });

  it("sets a Secure, HttpOnly, SameSite=Lax session cookie for 12 hours and lands in the workspace", async () => {
    const response = await t.app.request(
      "/logga-in",
      postForm({ email: DEMO_ACCOUNTS.coordinator.email, password: DEMO_PASSWORD }),
    );
    expect(response.status).toBe(303);
    expect(response.headers.get("Location")).toBe("/arbete");
    const setCookie = response.headers.get("Set-Cookie") ?? "";
    expect(setCookie).toMatch(
      /^mbl_session=[\w-]{43}; Max-Age=43200; Path=\/; HttpOnly; Secure; SameSite=Lax$/,
    );
    const cookie = sessionCookieOf(response) ?? "";
    const arbete = await t.app.request("/arbete", { headers: { Cookie: cookie } });
    expect(arbete.status).toBe(303);
    expect(arbete.headers.get("Location")).toBe("/arbete/linkoping");
  });

  it("signs in again over a live session, ending the old one", async () => {
    const first = await signInOverHttp(t.app, DEMO_ACCOUNTS.reader.email);
    const page = await t.app.request("/logga-in", first.get());
    const again = await t.app.request(
      "/logga-in",
      postForm(
        {
          _csrf: csrfOf(await page.text()),
          email: DEMO_ACCOUNTS.communicator.email,
          password: DEMO_PASSWORD,
        },
        { Cookie: first.cookie },
      ),
    );
    expect(again.status).toBe(303);
    expect((await t.app.request("/api/v1/me", first.get())).status).toBe(401);
    const me = await t.app.request("/api/v1/me", { headers: { Cookie: sessionCookieOf(again) ?? "" } });
    expect(((await me.json()) as { email: string }).email).toBe(DEMO_ACCOUNTS.communicator.email);
  });

  it("honours ?next= only for paths on this site", async () => {
    const local = await t.app.request(
      "/logga-in?next=%2Fkonto%2Fnycklar",
      postForm({ email: DEMO_ACCOUNTS.reader.email, password: DEMO_PASSWORD }),
    );
    expect(local.headers.get("Location")).toBe("/konto/nycklar");
    const foreign = await t.app.request(
      "/logga-in?next=%2F%2Fevil.example",
      postForm({ email: DEMO_ACCOUNTS.reader.email, password: DEMO_PASSWORD }),
    );
    expect(foreign.headers.get("Location")).toBe("/arbete");
  });

  it("refuses a sign-in form posted from another site (login CSRF)", async () => {
    const forged = await t.app.request(
      "http://localhost/logga-in",
      postForm(
        { email: DEMO_ACCOUNTS.reader.email, password: DEMO_PASSWORD },
        { Origin: "https://evil.example" },
      ),
    );
    expect(forged.status).toBe(403);
    expect(sessionCookieOf(forged)).toBeNull();
    const crossSite = await t.app.request(
      "http://localhost/logga-in",
      postForm(
        { email: DEMO_ACCOUNTS.reader.email, password: DEMO_PASSWORD },
        { Origin: "null", "Sec-Fetch-Site": "cross-site" },
      ),
    );
    expect(crossSite.status).toBe(403);
    const same = await t.app.request(
      "http://localhost/logga-in",
      postForm(
        { email: DEMO_ACCOUNTS.reader.email, password: DEMO_PASSWORD },
        { Origin: "http://localhost" },
      ),
    );
    expect(same.status).toBe(303);
  });

  it("sends the public to sign-in from personal pages, with next", async () => {
    const response = await t.app.request("/konto/nycklar");
    expect(response.status).toBe(303);
    expect(response.headers.get("Location")).toBe("/logga-in?next=%2Fkonto%2Fnycklar");
  });
});

describe("the API as a signed-in account", () => {
  it("GET /api/v1/me answers 401 JSON for the public and the principal with roles for a session", async () => {
    const anonymous = await t.app.request("/api/v1/me");
    expect(anonymous.status).toBe(401);
    expect(await anonymous.json()).toEqual({
      error: { code: "unauthorized", message: "Du behöver logga in.", requestId: expect.any(String) },
    });
    const s = await signInOverHttp(t.app, DEMO_ACCOUNTS.policeReporter.email);
    const me = await t.app.request("/api/v1/me", s.get());
    expect(await me.json()).toEqual({
      id: DEMO_ACCOUNTS.policeReporter.id,
      name: DEMO_ACCOUNTS.policeReporter.name,
      email: DEMO_ACCOUNTS.policeReporter.email,
      personId: null,
      mustChangePassword: false,
      partnerships: [
        {
          id: DEMO_PARTNERSHIP_ID,
          slug: "linkoping",
          name: expect.any(String),
          roles: [{ role: "reporter", partyId: PARTY.police, unitIds: [] }],
        },
      ],
    });
  });

  it("accepts a personal token (Bearer, no CSRF needed) until it is revoked", async () => {
    const s = await signInOverHttp(t.app, DEMO_ACCOUNTS.coordinator.email);
    const created = await t.app.request(
      "/konto/nycklar",
      s.post({ name: "Mitt skript", lifetimeDays: "30" }),
    );
    expect(created.status).toBe(201);
    expect(created.headers.get("Cache-Control")).toBe("no-store");
    const html = await created.text();
    const token = /(mbl_[\w-]{43})/.exec(html)?.[1] ?? "";
    expect(token).not.toBe("");
    const bearer = { Authorization: `Bearer ${token}` };
    const me = await t.app.request("/api/v1/me", { headers: bearer });
    expect(((await me.json()) as { email: string }).email).toBe(DEMO_ACCOUNTS.coordinator.email);
    // A bearer request has no ambient authority, so it needs no CSRF token.
    const viaBearer = await t.app.request(
      "/konto/nycklar",
      postForm({ name: "Via nyckel", lifetimeDays: "90" }, bearer),
    );
    expect(viaBearer.status).toBe(201);
    // The list never shows a token again.
    const list = await (await t.app.request("/konto/nycklar", s.get())).text();
    expect(list).not.toContain(token);
    const tokenIds = [...list.matchAll(/action="\/konto\/nycklar\/([0-9a-f-]{36})\/aterkalla"/g)].map(
      (m) => m[1],
    );
    expect(tokenIds).toHaveLength(2);
    // Revoke "Mitt skript" (listed second: newest first).
    const revoke = await t.app.request(`/konto/nycklar/${tokenIds[1]}/aterkalla`, s.post());
    expect(revoke.status).toBe(303);
    const refused = await t.app.request("/api/v1/me", { headers: bearer });
    expect(refused.status).toBe(401);
    expect(await refused.json()).toEqual({
      error: {
        code: "unauthorized",
        message: "API-nyckeln är ogiltig, återkallad eller har gått ut.",
        requestId: expect.any(String),
      },
    });
    const garbage = await t.app.request("/api/v1/me", { headers: { Authorization: "Bearer nonsense" } });
    expect(garbage.status).toBe(401);
  });
});

describe("the forms' field errors", () => {
  it("shows the token form's problems beside the fields, keeping what was typed", async () => {
    const s = await signInOverHttp(t.app, DEMO_ACCOUNTS.reader.email);
    const empty = await t.app.request("/konto/nycklar", s.post({ name: "  ", lifetimeDays: "7" }));
    expect(empty.status).toBe(400);
    const html = await empty.text();
    expect(html).toContain('href="#name"');
    expect(htmlToText(html)).toContain("Fyll i fältet.");
    expect(htmlToText(html)).toContain("Välj hur länge nyckeln ska gälla.");
    const long = await t.app.request("/konto/nycklar", s.post({ name: "x".repeat(101), lifetimeDays: "30" }));
    expect(long.status).toBe(400);
    const longHtml = await long.text();
    expect(htmlToText(longHtml)).toContain("Texten är för lång.");
    expect(longHtml).toContain(`value="${"x".repeat(101)}"`);
    expect(await (await t.app.request("/konto/nycklar", s.get())).text()).not.toContain("aterkalla");
  });

  it("answers a tampered hidden field (the account's version) as a bad request, changing nothing", async () => {
    const admin = await signInOverHttp(t.app, DEMO_ACCOUNTS.administrator.email);
    const response = await t.app.request(
      `/arbete/linkoping/konton/${DEMO_ACCOUNTS.reader.id}/status`,
      admin.post({ version: "x", disabled: "true" }),
    );
    expect(response.status).toBe(400);
    const me = await signInOverHttp(t.app, DEMO_ACCOUNTS.reader.email);
    expect((await t.app.request("/api/v1/me", me.get())).status).toBe(200);
  });
});

describe("CSRF protection", () => {
  let s: HttpSession;
  beforeAll(async () => {
    s = await signInOverHttp(t.app, DEMO_ACCOUNTS.communicator.email);
  });

  it("refuses a cookie-authenticated POST without a token, or with another session's token, with 403 and a Swedish message", async () => {
    const none = await t.app.request(
      "/konto/nycklar",
      postForm({ name: "x", lifetimeDays: "30" }, { Cookie: s.cookie }),
    );
    expect(none.status).toBe(403);
    expect(htmlToText(await none.text())).toContain("säkerhetskoden saknas eller är för gammal");
    const other = await signInOverHttp(t.app, DEMO_ACCOUNTS.reader.email);
    const foreign = await t.app.request(
      "/konto/nycklar",
      postForm({ _csrf: other.csrf, name: "x", lifetimeDays: "30" }, { Cookie: s.cookie }),
    );
    expect(foreign.status).toBe(403);
    const signOut = await t.app.request("/logga-ut", postForm({}, { Cookie: s.cookie }));
    expect(signOut.status).toBe(403);
    const api = await t.app.request("/api/v1/me", { method: "DELETE", headers: { Cookie: s.cookie } });
    expect(api.status).toBe(403);
    expect(((await api.json()) as { error: { code: string } }).error.code).toBe("csrf_invalid");
  });

  it("accepts the form field and the X-CSRF-Token header", async () => {
    expect((await t.app.request("/konto/nycklar", s.post({ name: "fält", lifetimeDays: "30" }))).status).toBe(
      201,
    );
    const viaHeader = await t.app.request(
      "/konto/nycklar",
      postForm({ name: "rubrik", lifetimeDays: "30" }, { Cookie: s.cookie, "X-CSRF-Token": s.csrf }),
    );
    expect(viaHeader.status).toBe(201);
  });

  it("sign-out deletes the session: the old cookie no longer works", async () => {
    const out = await t.app.request("/logga-ut", s.post());
    expect(out.status).toBe(303);
    expect(out.headers.get("Location")).toBe("/logga-in?utloggad=1");
    expect(out.headers.get("Set-Cookie")).toMatch(/mbl_session=;.*Max-Age=0/);
    expect((await t.app.request("/api/v1/me", s.get())).status).toBe(401);
  });
});

describe("administration, must-change-password and disabled accounts over HTTP", () => {
  it("an administrator creates an account: a welcome mail's link sets its password; a forced change still blocks everything", async () => {
    const admin = await signInOverHttp(t.app, DEMO_ACCOUNTS.administrator.email);
    const list = await t.app.request("/arbete/linkoping/konton", admin.get());
    expect(list.status).toBe(200);
    const listHtml = await list.text();
    expect(htmlToText(listHtml)).toContain(DEMO_ACCOUNTS.cultureReporter.email);
    // Nobody types a password for someone else: the form has no password field.
    expect(listHtml).not.toContain('type="password"');
    const bad = await t.app.request(
      "/arbete/linkoping/konton",
      admin.post({
        name: "Ny Rapportör",
        email: "inte-en-adress",
        personId: "",
        role: "reporter",
        partyId: "",
      }),
    );
    expect(bad.status).toBe(400);
    const badText = await bad.text();
    expect(badText).toContain('class="error-summary"');
    expect(badText).toContain('value="Ny Rapportör"');
    const created = await t.app.request(
      "/arbete/linkoping/konton",
      admin.post({
        name: "Ny Rapportör",
        email: "ny.rapportor@linkoping.se",
        personId: "",
        role: "reporter",
        partyId: PARTY.police,
      }),
    );
    expect(created.status).toBe(303);
    expect(created.headers.get("Location")).toMatch(/^\/arbete\/linkoping\/konton\/[0-9a-f-]{36}\?sparat=1$/);
    const [welcome] = await mailsTo(t.database.db, "ny.rapportor@linkoping.se");
    expect(welcome?.kind).toBe("account.invitation");
    expect(welcome?.bodyText).toContain("Linköping");
    const link = await linkFromOutbox(t.database.db, "ny.rapportor@linkoping.se");
    const chosen = await t.app.request(
      link.path,
      postForm({ newPassword: "ett nytt långt lösen", repeatPassword: "ett nytt långt lösen" }),
    );
    expect(chosen.status).toBe(303);
    const signIn = await t.app.request(
      "/logga-in",
      postForm({ email: "ny.rapportor@linkoping.se", password: "ett nytt långt lösen" }),
    );
    expect(signIn.headers.get("Location")).toBe("/arbete");

    // An account flagged to change its password (e.g. from before invitations) still must first.
    await t.database.db.execute(
      sql`UPDATE accounts SET must_change_password = true WHERE email = 'ny.rapportor@linkoping.se'`,
    );
    const again = await t.app.request(
      "/logga-in",
      postForm({ email: "ny.rapportor@linkoping.se", password: "ett nytt långt lösen" }),
    );
    expect(again.headers.get("Location")).toBe("/byt-losenord");
    const cookie = sessionCookieOf(again) ?? "";
    const elsewhere = await t.app.request("/arbete", { headers: { Cookie: cookie } });
    expect(elsewhere.status).toBe(303);
    expect(elsewhere.headers.get("Location")).toBe("/byt-losenord");
    const api = await t.app.request("/api/v1/me", { headers: { Cookie: cookie } });
    expect(api.status).toBe(403);
    expect(((await api.json()) as { error: { code: string } }).error.code).toBe("password_change_required");
    const page = await t.app.request("/byt-losenord", { headers: { Cookie: cookie } });
    const csrf = csrfOf(await page.text());
    const mismatch = await t.app.request(
      "/byt-losenord",
      postForm(
        {
          _csrf: csrf,
          currentPassword: "ett nytt långt lösen",
          newPassword: "ett annat långt lösen",
          repeatPassword: "ett tredje långt lösen",
        },
        { Cookie: cookie },
      ),
    );
    expect(mismatch.status).toBe(400);
    expect(htmlToText(await mismatch.text())).toContain("Lösenorden är inte likadana.");
    const changed = await t.app.request(
      "/byt-losenord",
      postForm(
        {
          _csrf: csrf,
          currentPassword: "ett nytt långt lösen",
          newPassword: "ett annat långt lösen",
          repeatPassword: "ett annat långt lösen",
        },
        { Cookie: cookie },
      ),
    );
    expect(changed.status).toBe(303);
    expect(changed.headers.get("Location")).toBe("/arbete");
    expect((await t.app.request("/api/v1/me", { headers: { Cookie: cookie } })).status).toBe(200);
  });

  it("disabling an account ends its session at once", async () => {
    const reporter = await signInOverHttp(t.app, DEMO_ACCOUNTS.cultureReporter.email);
    expect((await t.app.request("/api/v1/me", reporter.get())).status).toBe(200);
    const admin = await signInOverHttp(t.app, DEMO_ACCOUNTS.administrator.email);
    const page = await (
      await t.app.request(`/arbete/linkoping/konton/${DEMO_ACCOUNTS.cultureReporter.id}`, admin.get())
    ).text();
    const version = /name="version" value="(\d+)"/.exec(page)?.[1] ?? "";
    const disabled = await t.app.request(
      `/arbete/linkoping/konton/${DEMO_ACCOUNTS.cultureReporter.id}/status`,
      admin.post({ version, disabled: "true" }),
    );
    expect(disabled.status).toBe(303);
    expect((await t.app.request("/api/v1/me", reporter.get())).status).toBe(401);
    const again = await t.app.request(
      "/logga-in",
      postForm({ email: DEMO_ACCOUNTS.cultureReporter.email, password: DEMO_PASSWORD }),
    );
    expect(htmlToText(await again.text())).toContain("Kontot är avstängt.");
  });

  it("refuses the administration pages to other roles (403) and hides other partnerships (404)", async () => {
    const coordinator = await signInOverHttp(t.app, DEMO_ACCOUNTS.coordinator.email);
    expect((await t.app.request("/arbete/linkoping/konton", coordinator.get())).status).toBe(403);
    const post = await t.app.request(
      `/arbete/linkoping/konton/${DEMO_ACCOUNTS.reader.id}/roller`,
      coordinator.post({ role: "administrator" }),
    );
    expect(post.status).toBe(403);
    const admin = await signInOverHttp(t.app, DEMO_ACCOUNTS.administrator.email);
    expect((await t.app.request("/arbete/annan-kommun/konton", admin.get())).status).toBe(404);
    expect(t.loggedErrors).toEqual([]);
  });
});

describe("throttling over HTTP", () => {
  it("after five failures answers 429 with when to try again, the same for an unknown e-mail", async () => {
    for (const email of [DEMO_ACCOUNTS.policeCoordinator.email, "okand@example.se"]) {
      for (let i = 0; i < 5; i++)
        await t.app.request("/logga-in", postForm({ email, password: "fel lösenord" }));
      const refused = await t.app.request("/logga-in", postForm({ email, password: DEMO_PASSWORD }));
      expect(refused.status).toBe(429);
      expect(Number(refused.headers.get("Retry-After"))).toBeGreaterThan(0);
      expect(htmlToText(await refused.text())).toMatch(
        /För många misslyckade inloggningsförsök\. Av säkerhetsskäl kan du försöka igen klockan \d\d:\d\d \(\d+ minuter\)\./,
      );
    }
  });
});
