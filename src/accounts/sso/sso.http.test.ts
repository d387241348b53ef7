/**
 * Sign-in through a real OpenID provider (oidc-provider in this process, on 127.0.0.1) over HTTP:
 * the whole code flow with PKCE, state and nonce; the refusals a person can act on; audit events;
 * passwords switched off for a partnership; sign-out here and at the provider.
 */
import { and, desc, eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase } from "../../../test/db.js";
import { formBody, sessionCookieOf, signInOverHttp } from "../../../test/http-session.js";
import { signInAtProvider, startTestProvider, type TestProvider } from "../../../test/oidc-provider.js";
import { createApp } from "../../app/create-app.js";
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from "../../demo/accounts.js";
import { loadDemo } from "../../demo/load-demo.js";
import { DEMO_PARTNERSHIP_ID } from "../../demo/skaggetorp-2017-ids.js";
import { partnerships } from "../../partnerships/partnerships.schema.js";
import { auditEvents } from "../../platform/audit/audit.schema.js";
import { loadConfig } from "../../platform/config.js";
import type { Database } from "../../platform/db/client.js";
import { createLogger } from "../../platform/log.js";
import { SYSTEM_VIEWER } from "../../platform/viewer.js";
import { findAccountByEmail, insertAccount, insertGrant } from "../accounts.repository.js";
import { accountIdentities, accounts } from "../accounts.schema.js";
import { hashPassword } from "../password.js";
import { addProvider } from "./manage-providers.js";
import type { CreateProviderInput } from "./sso.types.js";

const config = loadConfig({ DEMO: "false", OIDC_SECRET_TEST: "test-secret-0123456789" });
const CALLBACK = `${config.publicUrl}/logga-in/oidc/callback`;

let database: Database;
let idp: TestProvider;
let app: ReturnType<typeof createApp>;
const loggedErrors: unknown[] = [];
/** The demo partnership's provider (no self-service) and a second one that creates reader accounts. */
let providerId: string;
let selfServiceId: string;

function providerInput(overrides: Partial<CreateProviderInput> = {}): CreateProviderInput {
  return {
    name: "Linköpings kommun",
    issuer: idp.issuer,
    clientId: idp.clientId,
    clientSecretRef: "env:OIDC_SECRET_TEST",
    scopes: "",
    emailClaim: "",
    emailVerifiedClaim: "",
    nameClaim: "",
    allowedDomains: "demo.medborgarlofte.se, linkoping.se",
    selfService: false,
    ...overrides,
  };
}

beforeAll(async () => {
  database = await createTestDatabase();
  await loadDemo(database.db);
  idp = await startTestProvider({
    redirectUri: CALLBACK,
    postLogoutRedirectUri: `${config.publicUrl}/logga-in?utloggad=1`,
  });
  const log = { ...createLogger("silent"), error: (_m: string, e?: unknown) => void loggedErrors.push(e) };
  app = createApp({ db: database.db, config, log });
  ({ id: providerId } = await addProvider({
    db: database.db,
    viewer: SYSTEM_VIEWER,
    partnershipId: DEMO_PARTNERSHIP_ID,
    input: providerInput(),
  }));
  ({ id: selfServiceId } = await addProvider({
    db: database.db,
    viewer: SYSTEM_VIEWER,
    partnershipId: DEMO_PARTNERSHIP_ID,
    input: providerInput({
      name: "Linköpings kommun (självservice)",
      allowedDomains: "linkoping.se",
      selfService: true,
    }),
  }));
});
afterAll(async () => {
  await idp?.close();
  await database?.close();
});

/** Starts at our button, signs in at the provider as `login`, and returns our callback's answer. */
async function ssoSignIn(
  login: string,
  options: { provider?: string; tamper?: (callback: URL) => void; withoutCookie?: boolean } = {},
): Promise<Response> {
  const start = await app.request(`/logga-in/med/${options.provider ?? providerId}`);
  expect(start.status).toBe(303);
  const pending = /mbl_oidc=([^;]+)/.exec(start.headers.get("Set-Cookie") ?? "")?.[1];
  expect(pending).toBeTruthy();
  const back = await signInAtProvider(start.headers.get("Location") ?? "", login);
  expect(`${back.origin}${back.pathname}`).toBe(CALLBACK);
  options.tamper?.(back);
  return app.request(`${back.pathname}${back.search}`, {
    headers: options.withoutCookie ? {} : { Cookie: `mbl_oidc=${pending}` },
  });
}

async function lastAudit(action: string) {
  const [row] = await database.db
    .select()
    .from(auditEvents)
    .where(eq(auditEvents.action, action))
    .orderBy(desc(auditEvents.occurredAt))
    .limit(1);
  return row;
}

async function me(cookie: string) {
  const response = await app.request("/api/v1/me", { headers: { Cookie: cookie } });
  expect(response.status).toBe(200);
  return (await response.json()) as { email: string; partnerships: { roles: { role: string }[] }[] };
}

describe("signing in through an OpenID provider", () => {
  it("shows one button per provider beside the password form", async () => {
    const page = await (await app.request("/logga-in")).text();
    expect(page).toContain(`href="/logga-in/med/${providerId}"`);
    expect(page).toContain("Logga in med Linköpings kommun");
    expect(page).toContain('name="password"');
  });

  it("signs in by verified e-mail the first time, by subject after that, with the account's own role", async () => {
    idp.people.set("anna-sub", {
      email: DEMO_ACCOUNTS.coordinator.email,
      email_verified: true,
      name: "Anna",
    });
    const first = await ssoSignIn("anna-sub");
    expect(first.status).toBe(303);
    expect(first.headers.get("Location")).toBe("/arbete");
    const cookie = sessionCookieOf(first);
    expect(cookie).toBeTruthy();
    const who = await me(cookie ?? "");
    expect(who.email).toBe(DEMO_ACCOUNTS.coordinator.email);
    expect(who.partnerships[0]?.roles.map((r) => r.role)).toEqual(["coordinator"]);
    const audit = await lastAudit("account.signed_in");
    expect(audit?.after).toMatchObject({ method: "oidc", providerId, subject: "anna-sub", linkedNow: true });

    // The provider now sends another e-mail: the subject still finds the same account.
    idp.people.set("anna-sub", { email: "anna.annan@linkoping.se", email_verified: true });
    const second = await ssoSignIn("anna-sub");
    expect(second.status).toBe(303);
    expect((await me(sessionCookieOf(second) ?? "")).email).toBe(DEMO_ACCOUNTS.coordinator.email);
    expect((await lastAudit("account.signed_in"))?.after).toMatchObject({ linkedNow: false });
    expect(loggedErrors).toEqual([]);
  });

  it("does not ask an account signed in through a provider to change its password", async () => {
    const account = await insertAccount(database.db, {
      email: "ny.samordnare@linkoping.se",
      name: "Ny Samordnare",
      passwordHash: await hashPassword("ett-tillfalligt-losenord"),
      mustChangePassword: true,
    });
    await insertGrant(
      database.db,
      { accountId: account.id, partnershipId: DEMO_PARTNERSHIP_ID, role: "coordinator", partyId: null },
      [],
    );
    idp.people.set("ny-sub", { email: account.email, email_verified: true });
    const response = await ssoSignIn("ny-sub");
    const workspace = await app.request("/arbete/linkoping", {
      headers: { Cookie: sessionCookieOf(response) ?? "" },
    });
    expect(workspace.status).toBe(200);
  });

  it("refuses a wrong state, a callback without the browser's pending sign-in, and a second use", async () => {
    idp.people.set("lasare-sub", { email: DEMO_ACCOUNTS.reader.email, email_verified: true });
    const wrong = await ssoSignIn("lasare-sub", {
      tamper: (u) => u.searchParams.set("state", "en-annan-state"),
    });
    expect(wrong.status).toBe(400);
    expect(sessionCookieOf(wrong)).toBeNull();
    expect(await wrong.text()).toContain("startade i den här webbläsaren");
    expect((await lastAudit("account.sso_refused"))?.after).toMatchObject({ reason: "state_mismatch" });

    const noCookie = await ssoSignIn("lasare-sub", { withoutCookie: true });
    expect(noCookie.status).toBe(400);
    expect(sessionCookieOf(noCookie)).toBeNull();

    // The pending sign-in is used once: replaying the same callback is refused.
    const start = await app.request(`/logga-in/med/${providerId}`);
    const pending = /mbl_oidc=([^;]+)/.exec(start.headers.get("Set-Cookie") ?? "")?.[1];
    const back = await signInAtProvider(start.headers.get("Location") ?? "", "lasare-sub");
    const once = await app.request(`${back.pathname}${back.search}`, {
      headers: { Cookie: `mbl_oidc=${pending}` },
    });
    expect(once.status).toBe(303);
    const again = await app.request(`${back.pathname}${back.search}`, {
      headers: { Cookie: `mbl_oidc=${pending}` },
    });
    expect(again.status).toBe(400);
  });

  it("refuses an expired ID token", async () => {
    idp.people.set("lasare-sub", { email: DEMO_ACCOUNTS.reader.email, email_verified: true });
    idp.issueExpiredTokens = true;
    try {
      const response = await ssoSignIn("lasare-sub");
      expect(response.status).toBe(400);
      expect(sessionCookieOf(response)).toBeNull();
      expect(await response.text()).toContain("för gammalt");
      expect((await lastAudit("account.sso_refused"))?.after).toMatchObject({ reason: "token_expired" });
    } finally {
      idp.issueExpiredTokens = false;
    }
  });

  it("refuses an e-mail domain the provider may not vouch for, and an unverified e-mail", async () => {
    idp.people.set("evil-sub", {
      email: DEMO_ACCOUNTS.administrator.email.replace("demo.medborgarlofte.se", "example.org"),
      email_verified: true,
    });
    const domain = await ssoSignIn("evil-sub");
    expect(domain.status).toBe(403);
    expect(await domain.text()).toContain("domän");
    expect((await lastAudit("account.sso_refused"))?.after).toMatchObject({ reason: "domain_not_allowed" });

    idp.people.set("unverified-sub", { email: DEMO_ACCOUNTS.administrator.email, email_verified: false });
    const unverified = await ssoSignIn("unverified-sub");
    expect(unverified.status).toBe(403);
    expect(await unverified.text()).toContain("ingen bekräftad e-postadress");
    expect(sessionCookieOf(unverified)).toBeNull();
  });

  it("gives an unknown person nothing by default", async () => {
    idp.people.set("okand-sub", { email: "okand@linkoping.se", email_verified: true, name: "Okänd Person" });
    const response = await ssoSignIn("okand-sub");
    expect(response.status).toBe(403);
    expect(await response.text()).toContain("Du har inget konto här ännu");
    expect(await findAccountByEmail(database.db, "okand@linkoping.se")).toBeNull();
    expect((await lastAudit("account.sso_refused"))?.after).toMatchObject({ reason: "unknown_person" });
  });

  it("gives an unknown person a reader account when the partnership allows it, never another role", async () => {
    idp.people.set("ny-lasare", { email: "ny.lasare@linkoping.se", email_verified: true, name: "Ny Läsare" });
    const response = await ssoSignIn("ny-lasare", { provider: selfServiceId });
    expect(response.status).toBe(303);
    const who = await me(sessionCookieOf(response) ?? "");
    expect(who.email).toBe("ny.lasare@linkoping.se");
    expect(who.partnerships.flatMap((p) => p.roles.map((r) => r.role))).toEqual(["reader"]);
    expect((await lastAudit("account.created"))?.after).toMatchObject({
      via: "oidc",
      providerId: selfServiceId,
    });
    // The random password of a self-service account is not a way in.
    const account = await findAccountByEmail(database.db, "ny.lasare@linkoping.se");
    expect(account?.mustChangePassword).toBe(false);
  });

  it("refuses a disabled account", async () => {
    await database.db
      .update(accounts)
      .set({ disabledAt: new Date() })
      .where(eq(accounts.email, DEMO_ACCOUNTS.policeReporter.email));
    idp.people.set("polis-sub", { email: DEMO_ACCOUNTS.policeReporter.email, email_verified: true });
    const response = await ssoSignIn("polis-sub");
    expect(response.status).toBe(403);
    expect(await response.text()).toContain("Kontot är avstängt");
    expect(sessionCookieOf(response)).toBeNull();
    expect((await lastAudit("account.sso_refused"))?.after).toMatchObject({ reason: "account_disabled" });
  });

  it("refuses an account that also works in another partnership (a partnership's provider vouches for its own only)", async () => {
    const [other] = await database.db
      .insert(partnerships)
      .values({ slug: "norrkoping-sso", name: "Norrköping", municipalityName: "Norrköping" })
      .returning();
    const account = await insertAccount(database.db, {
      email: "tva.samverkan@linkoping.se",
      name: "Två Samverkan",
      passwordHash: await hashPassword("ett-langt-losenord-1"),
      mustChangePassword: false,
    });
    for (const partnershipId of [DEMO_PARTNERSHIP_ID, other?.id ?? ""])
      await insertGrant(
        database.db,
        { accountId: account.id, partnershipId, role: "reader", partyId: null },
        [],
      );
    idp.people.set("tva-sub", { email: account.email, email_verified: true });
    const response = await ssoSignIn("tva-sub");
    expect(response.status).toBe(403);
    expect((await lastAudit("account.sso_refused"))?.after).toMatchObject({ reason: "account_elsewhere" });
  });

  it("explains an unreachable provider (502) and a missing secret (503), never a 500", async () => {
    const { id: unreachable } = await addProvider({
      db: database.db,
      viewer: SYSTEM_VIEWER,
      partnershipId: DEMO_PARTNERSHIP_ID,
      input: providerInput({ name: "Nere", issuer: "http://127.0.0.1:9" }),
    });
    const down = await app.request(`/logga-in/med/${unreachable}`);
    expect(down.status).toBe(502);
    expect(await down.text()).toContain("Det gick inte att nå Nere");

    const { id: noSecret } = await addProvider({
      db: database.db,
      viewer: SYSTEM_VIEWER,
      partnershipId: DEMO_PARTNERSHIP_ID,
      input: providerInput({ name: "Utan hemlighet", clientSecretRef: "env:OIDC_SECRET_FINNS_INTE" }),
    });
    const broken = await app.request(`/logga-in/med/${noSecret}`);
    expect(broken.status).toBe(503);
    expect(await broken.text()).toContain("inte rätt inställd");
    expect((await lastAudit("account.sso_refused"))?.after).toMatchObject({ reason: "misconfigured" });
    // Switch them off again so the sign-in page's buttons are the working ones.
    await database.db.execute(
      sql`UPDATE sign_in_providers SET enabled = false WHERE id IN (${unreachable}, ${noSecret})`,
    );
    expect(loggedErrors).toEqual([]);
  });

  it("signs out here and offers to sign out at the provider (its end-session endpoint)", async () => {
    idp.people.set("anna-sub", { email: DEMO_ACCOUNTS.coordinator.email, email_verified: true });
    const cookie = sessionCookieOf(await ssoSignIn("anna-sub")) ?? "";
    const page = await app.request("/byt-losenord", { headers: { Cookie: cookie } });
    const csrf = /name="_csrf" value="([^"]+)"/.exec(await page.text())?.[1] ?? "";
    const out = await app.request("/logga-ut", {
      method: "POST",
      body: formBody({ _csrf: csrf }),
      headers: { Cookie: cookie, "Content-Type": "application/x-www-form-urlencoded" },
    });
    expect(out.status).toBe(303);
    expect(out.headers.get("Location")).toBe(`/logga-in?utloggad=1&leverantor=${providerId}`);
    expect((await app.request("/api/v1/me", { headers: { Cookie: cookie } })).status).toBe(401);
    const signedOut = await (await app.request(out.headers.get("Location") ?? "")).text();
    expect(signedOut).toContain(`href="/logga-ut/leverantor/${providerId}"`);
    const there = await app.request(`/logga-ut/leverantor/${providerId}`);
    expect(there.status).toBe(303);
    const endSession = new URL(there.headers.get("Location") ?? "");
    expect(endSession.origin).toBe(idp.issuer);
    expect(endSession.searchParams.get("client_id")).toBe(idp.clientId);
    expect(endSession.searchParams.get("post_logout_redirect_uri")).toBe(
      `${config.publicUrl}/logga-in?utloggad=1`,
    );
  });
});

describe("switching passwords off for a partnership", () => {
  it("is refused until a provider works, then its accounts cannot sign in with a password", async () => {
    const fresh = await createTestDatabase();
    try {
      await loadDemo(fresh.db);
      const log = createLogger("silent");
      const local = createApp({ db: fresh.db, config, log });
      const { id } = await addProvider({
        db: fresh.db,
        viewer: SYSTEM_VIEWER,
        partnershipId: DEMO_PARTNERSHIP_ID,
        input: providerInput(),
      });
      const admin = await signInOverHttp(local, DEMO_ACCOUNTS.administrator.email);
      const switchOff = () =>
        local.request(
          "/arbete/linkoping/inloggning/losenord",
          admin.post({ version: "0", passwordsDisabled: "true" }),
        );

      const tooEarly = await switchOff();
      expect(tooEarly.status).toBe(400);
      expect(await tooEarly.text()).toContain(
        "Lösenord kan stängas av först när någon i samverkan har loggat in",
      );

      // Someone of the partnership signs in through the provider: now it works.
      const start = await local.request(`/logga-in/med/${id}`);
      const pending = /mbl_oidc=([^;]+)/.exec(start.headers.get("Set-Cookie") ?? "")?.[1];
      idp.people.set("admin-sub", { email: DEMO_ACCOUNTS.administrator.email, email_verified: true });
      const back = await signInAtProvider(start.headers.get("Location") ?? "", "admin-sub");
      const callback = await local.request(`${back.pathname}${back.search}`, {
        headers: { Cookie: `mbl_oidc=${pending}` },
      });
      expect(callback.status).toBe(303);
      const [identity] = await fresh.db
        .select()
        .from(accountIdentities)
        .where(and(eq(accountIdentities.providerId, id)));
      expect(identity).toBeTruthy();

      const off = await switchOff();
      expect(off.status).toBe(303);
      expect(await (await local.request("/arbete/linkoping/inloggning", admin.get())).text()).toContain(
        "Lösenord är avstängda",
      );

      const password = await local.request("/logga-in", {
        method: "POST",
        body: formBody({ email: DEMO_ACCOUNTS.reader.email, password: DEMO_PASSWORD }),
        headers: { "Content-Type": "application/x-www-form-urlencoded" },
      });
      expect(password.status).toBe(403);
      expect(sessionCookieOf(password)).toBeNull();
      const page = await password.text();
      expect(page).toContain("Inloggning med lösenord är avstängd för");
      expect(page).toContain(`href="/logga-in/med/${id}"`);
      // A wrong password still says only that e-mail or password is wrong.
      const wrong = await local.request("/logga-in", {
        method: "POST",
        body: formBody({ email: DEMO_ACCOUNTS.reader.email, password: "fel-losenord-helt" }),
        headers: { "Content-Type": "application/x-www-form-urlencoded" },
      });
      expect(wrong.status).toBe(401);
    } finally {
      await fresh.close();
    }
  });
});
