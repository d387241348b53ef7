import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../../test/app.js";
import { formBody, sessionCookieOf, signInOverHttp } from "../../test/http-session.js";
import { linkFromOutbox, mailsTo } from "../../test/mail-links.js";
import { htmlToText } from "../../test/seed.js";
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from "../demo/accounts.js";
import { auditEvents } from "../platform/audit/audit.schema.js";
import { RESETS_PER_HOUR } from "./account-links.js";

// Invitations and password resets: one-time links by e-mail, through real HTTP requests.
let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.database.close());

const db = () => t.database.db;
const postForm = (fields: Record<string, string>, headers: Record<string, string> = {}) => ({
  method: "POST",
  body: formBody(fields),
  headers: { "Content-Type": "application/x-www-form-urlencoded", ...headers },
});
const signInStatus = async (email: string, password: string) =>
  (await t.app.request("/logga-in", postForm({ email, password }))).status;

describe("Glömt lösenord?", () => {
  it("is linked from the sign-in page and answers the same whether or not the address has an account", async () => {
    const signIn = await (await t.app.request("/logga-in")).text();
    expect(signIn).toContain('href="/glomt-losenord"');
    const page = await t.app.request("/glomt-losenord");
    expect(page.status).toBe(200);
    const known = await t.app.request("/glomt-losenord", postForm({ email: DEMO_ACCOUNTS.reader.email }));
    const unknown = await t.app.request("/glomt-losenord", postForm({ email: "ingen.alls@example.se" }));
    expect(known.status).toBe(200);
    expect(unknown.status).toBe(200);
    const answer = (r: string, email: string) => htmlToText(r).replace(email, "ADRESS");
    expect(answer(await known.text(), DEMO_ACCOUNTS.reader.email)).toBe(
      answer(await unknown.text(), "ingen.alls@example.se"),
    );
    expect(await mailsTo(db(), "ingen.alls@example.se")).toHaveLength(0);
    const [mail] = await mailsTo(db(), DEMO_ACCOUNTS.reader.email, "account.reset");
    expect(mail?.subject).toBe("Nytt lösenord till Medborgarlöfte");
    const empty = await t.app.request("/glomt-losenord", postForm({ email: "" }));
    expect(empty.status).toBe(400);
  });

  it("mails at most three links an hour per address, still with the same answer", async () => {
    const email = DEMO_ACCOUNTS.policeReporter.email;
    const texts: string[] = [];
    for (let i = 0; i < RESETS_PER_HOUR + 2; i++) {
      const r = await t.app.request("/glomt-losenord", postForm({ email }));
      expect(r.status).toBe(200);
      texts.push(htmlToText(await r.text()));
    }
    expect(new Set(texts).size).toBe(1);
    expect(await mailsTo(db(), email, "account.reset")).toHaveLength(RESETS_PER_HOUR);
    // Only the newest link works: each new one ends the ones before it.
    const newest = await linkFromOutbox(db(), email, "account.reset");
    const mails = await mailsTo(db(), email, "account.reset");
    const older = /\/nytt-losenord\/([\w-]+)/.exec(mails[1]?.bodyText ?? "")?.[0] ?? "";
    expect((await t.app.request(older)).status).toBe(404);
    expect((await t.app.request(newest.path)).status).toBe(200);
  });

  it("the reset link sets a new password once; the old password works until then; a second use is refused", async () => {
    const email = DEMO_ACCOUNTS.cultureReporter.email;
    await t.app.request("/glomt-losenord", postForm({ email }));
    const link = await linkFromOutbox(db(), email, "account.reset");
    const page = await t.app.request(link.path);
    expect(page.status).toBe(200);
    const pageText = htmlToText(await page.text());
    expect(pageText).toContain("Välj ett nytt lösenord");
    expect(pageText).toContain(email);
    expect(await signInStatus(email, DEMO_PASSWORD)).toBe(303);
    const weak = await t.app.request(link.path, postForm({ newPassword: "kort", repeatPassword: "kort" }));
    expect(weak.status).toBe(400);
    expect(htmlToText(await weak.text())).toContain("Lösenordet måste ha minst 12 tecken.");
    const done = await t.app.request(
      link.path,
      postForm({ newPassword: "ett eget nytt lösenord", repeatPassword: "ett eget nytt lösenord" }),
    );
    expect(done.status).toBe(303);
    expect(done.headers.get("Location")).toBe("/logga-in?losenord=1");
    expect(await signInStatus(email, DEMO_PASSWORD)).toBe(401);
    expect(await signInStatus(email, "ett eget nytt lösenord")).toBe(303);
    const second = await t.app.request(
      link.path,
      postForm({ newPassword: "ett annat nytt lösenord", repeatPassword: "ett annat nytt lösenord" }),
    );
    expect(second.status).toBe(404);
    expect(htmlToText(await second.text())).toContain("Länken gäller inte");
    expect(await signInStatus(email, "ett annat nytt lösenord")).toBe(401);
    // A reset link does not open the invitation page (and the other way round).
    expect((await t.app.request(link.path.replace("/nytt-losenord/", "/inbjudan/"))).status).toBe(404);
    const audits = await db()
      .select()
      .from(auditEvents)
      .where(sql`entity_id = ${DEMO_ACCOUNTS.cultureReporter.id}`);
    expect(audits.map((a) => a.action)).toEqual(
      expect.arrayContaining(["account.link_sent", "account.link_used"]),
    );
    expect(JSON.stringify(audits)).not.toContain(link.token);
  });

  it("refuses an expired link, and a made-up one, without a 500", async () => {
    const email = DEMO_ACCOUNTS.reader.email;
    await db().execute(sql`DELETE FROM account_links`);
    await t.app.request("/glomt-losenord", postForm({ email }));
    const link = await linkFromOutbox(db(), email, "account.reset");
    await db().execute(sql`UPDATE account_links SET expires_at = now() - interval '1 minute'`);
    expect((await t.app.request(link.path)).status).toBe(404);
    const used = await t.app.request(
      link.path,
      postForm({ newPassword: "ett eget nytt lösenord", repeatPassword: "ett eget nytt lösenord" }),
    );
    expect(used.status).toBe(404);
    expect(await signInStatus(email, DEMO_PASSWORD)).toBe(303);
    expect((await t.app.request("/nytt-losenord/påhittad")).status).toBe(404);
    expect((await t.app.request(`/inbjudan/${"x".repeat(43)}`)).status).toBe(404);
    expect(t.loggedErrors).toEqual([]);
  });
});

describe("administrators send links instead of typing passwords", () => {
  it("the account page sends a reset link to the outbox; the password is unchanged until it is used", async () => {
    const admin = await signInOverHttp(t.app, DEMO_ACCOUNTS.administrator.email);
    const base = `/arbete/linkoping/konton/${DEMO_ACCOUNTS.communicator.id}`;
    const page = await (await t.app.request(base, admin.get())).text();
    expect(page).not.toContain('type="password"');
    const version = /name="version" value="(\d+)"/.exec(page)?.[1] ?? "";
    const sent = await t.app.request(`${base}/losenord`, admin.post({ version }));
    expect(sent.status).toBe(303);
    expect(sent.headers.get("Location")).toBe(`${base}?lank=1`);
    const after = htmlToText(await (await t.app.request(`${base}?lank=1`, admin.get())).text());
    expect(after).toContain("Ett mejl med länken har lagts i utkorgen.");
    const link = await linkFromOutbox(db(), DEMO_ACCOUNTS.communicator.email, "account.reset");
    expect(link.url.startsWith("http://localhost:3000/nytt-losenord/")).toBe(true);
    expect(await signInStatus(DEMO_ACCOUNTS.communicator.email, DEMO_PASSWORD)).toBe(303);
    // Someone signed in as another account can still use the link (its CSRF field included).
    const other = await signInOverHttp(t.app, DEMO_ACCOUNTS.coordinator.email);
    const used = await t.app.request(
      link.path,
      other.post({ newPassword: "kommunikatörens lösenord", repeatPassword: "kommunikatörens lösenord" }),
    );
    expect(used.status).toBe(303);
    expect(sessionCookieOf(used)).toBeNull();
    expect(await signInStatus(DEMO_ACCOUNTS.communicator.email, "kommunikatörens lösenord")).toBe(303);
  });
});
