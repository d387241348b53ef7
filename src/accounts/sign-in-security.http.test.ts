/**
 * Sign-in that cannot be turned against staff (issue 12), over HTTP with real sessions and CSRF:
 * throttling per account and client with growing delays (the account is never locked for another
 * client), common passwords refused wherever a password is set, and `Origin`/`Sec-Fetch-Site`
 * checked on every cookie-authenticated write.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../../test/app.js";
import { formBody, type HttpSession, sessionCookieOf, signInOverHttp } from "../../test/http-session.js";
import { linkFromOutbox } from "../../test/mail-links.js";
import { htmlToText } from "../../test/seed.js";
import { createApp } from "../app/create-app.js";
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from "../demo/accounts.js";
import { loadConfig } from "../platform/config.js";
import { createLogger } from "../platform/log.js";

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.database.close());

const FORM = { "Content-Type": "application/x-www-form-urlencoded" };

describe("throttling by account and client", () => {
  it("slows the guessing client with 429 + Retry-After while the right password from another client works", async () => {
    // Behind a proxy the client is the last X-Forwarded-For entry: two clients, one app.
    const behindProxy = createApp({
      db: t.database.db,
      config: loadConfig({ DEMO: "false", TRUST_PROXY: "true" }),
      log: createLogger("silent"),
    });
    const email = DEMO_ACCOUNTS.policeCoordinator.email;
    const from = (client: string, password: string) =>
      behindProxy.request("/logga-in", {
        method: "POST",
        body: formBody({ email, password }),
        headers: { ...FORM, "X-Forwarded-For": client },
      });
    for (let i = 0; i < 5; i++) expect((await from("203.0.113.66", "fel lösenord")).status).toBe(401);
    const attacker = await from("203.0.113.66", DEMO_PASSWORD);
    expect(attacker.status).toBe(429);
    const retryAfter = Number(attacker.headers.get("Retry-After"));
    expect(retryAfter).toBeGreaterThan(0);
    expect(retryAfter).toBeLessThanOrEqual(30);
    expect(sessionCookieOf(attacker)).toBeNull();
    expect(htmlToText(await attacker.text())).toContain("För många misslyckade inloggningsförsök.");
    // The staff member, elsewhere: not locked out.
    const staff = await from("198.51.100.7", DEMO_PASSWORD);
    expect(staff.status).toBe(303);
    expect(sessionCookieOf(staff)).not.toBeNull();
  });
});

describe("common passwords", () => {
  it("are refused when changing one's own password, with the reason in Swedish", async () => {
    const s = await signInOverHttp(t.app, DEMO_ACCOUNTS.reader.email);
    const response = await t.app.request(
      "/byt-losenord",
      s.post({ currentPassword: DEMO_PASSWORD, newPassword: "password1234", repeatPassword: "password1234" }),
    );
    expect(response.status).toBe(400);
    expect(htmlToText(await response.text())).toContain("Lösenordet är ett av de vanligaste lösenorden");
    // The old password still works: nothing was changed.
    await signInOverHttp(t.app, DEMO_ACCOUNTS.reader.email);
  });

  it("are refused when set through the invitation link of a new account", async () => {
    const admin = await signInOverHttp(t.app, DEMO_ACCOUNTS.administrator.email);
    const created = await t.app.request(
      "/arbete/linkoping/konton",
      admin.post({
        email: "ny.person@example.se",
        name: "Ny Person",
        personId: "",
        role: "reader",
        partyId: "",
      }),
    );
    expect(created.status).toBe(303);
    const link = await linkFromOutbox(t.database.db, "ny.person@example.se");
    const response = await t.app.request(link.path, {
      method: "POST",
      body: formBody({ newPassword: "Sommar2026!!", repeatPassword: "Sommar2026!!" }),
      headers: { "Content-Type": "application/x-www-form-urlencoded" },
    });
    expect(response.status).toBe(400);
    expect(htmlToText(await response.text())).toContain("Lösenordet är ett av de vanligaste lösenorden");
  });
});

describe("the origin of cookie-authenticated writes", () => {
  let s: HttpSession;
  beforeAll(async () => {
    s = await signInOverHttp(t.app, DEMO_ACCOUNTS.coordinator.email);
  });
  const withHeaders = (headers: Record<string, string>): RequestInit => {
    const init = s.post({ name: "Nyckel", lifetimeDays: "30" });
    return { ...init, headers: { ...(init.headers as Record<string, string>), ...headers } };
  };

  it("refuses a form with a valid CSRF token posted from another site (Origin or Sec-Fetch-Site)", async () => {
    const evil = await t.app.request("/konto/nycklar", withHeaders({ Origin: "https://evil.test" }));
    expect(evil.status).toBe(403);
    const crossSite = await t.app.request("/konto/nycklar", withHeaders({ "Sec-Fetch-Site": "cross-site" }));
    expect(crossSite.status).toBe(403);
    const sameSite = await t.app.request("/konto/nycklar", withHeaders({ "Sec-Fetch-Site": "same-site" }));
    expect(sameSite.status).toBe(403);
  });

  it("accepts the same form from this site, and without either header (the CSRF token decides)", async () => {
    const own = await t.app.request(
      "http://localhost/konto/nycklar",
      withHeaders({ Origin: "http://localhost", "Sec-Fetch-Site": "same-origin" }),
    );
    expect(own.status).toBe(201);
    const bare = await t.app.request("/konto/nycklar", withHeaders({}));
    expect(bare.status).toBe(201);
  });

  it("applies to the API through a session cookie, but not to a bearer token", async () => {
    const cookieApi = await t.app.request("/api/v1/periods/00000000-0000-4000-8000-000000000000/close", {
      method: "POST",
      headers: { Cookie: s.cookie, "X-CSRF-Token": s.csrf, Origin: "https://evil.test" },
    });
    expect(cookieApi.status).toBe(403);
    expect(((await cookieApi.json()) as { error: { code: string } }).error.code).toBe("csrf_invalid");
    const created = await t.app.request("/konto/nycklar", withHeaders({}));
    const token = /mbl_[A-Za-z0-9_-]+/.exec(await created.text())?.[0];
    expect(token).toBeDefined();
    const bearer = await t.app.request("/api/v1/periods/00000000-0000-4000-8000-000000000000/close", {
      method: "POST",
      headers: { Authorization: `Bearer ${token}`, Origin: "https://evil.test" },
    });
    expect(bearer.status).toBe(404);
  });
});
