import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../../test/app.js";
import { formBody, signInOverHttp } from "../../test/http-session.js";
import { tickOn } from "../../test/jobs.js";
import { mailsTo } from "../../test/mail-links.js";
import { DEMO_ACCOUNTS } from "../demo/accounts.js";
import { ROUND_2026_FOLLOW_UP as FU, ROUND_2026_PERIOD, ROUND_2026_PROMISE } from "../demo/round-2026-ids.js";
import { AREA } from "../demo/skaggetorp-2017-ids.js";
import { queryRows } from "../platform/db/rows.js";

/**
 * Following a promise or an area by e-mail, through the front door: the form on the public
 * promise page, the confirmation link read from the outbox, a coordinator's approval over HTTP
 * with a real session, the scheduler's jobs, the one-click unsubscribe (RFC 8058).
 */
const PROMISE_PAGE = "/linkoping/skaggetorp-2026";
const FOLLOW = "/linkoping/folj";
const HOUR = 3_600_000;
let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
}, 60_000);
afterAll(() => t.database.close());

const form = (fields: Record<string, string>, headers: Record<string, string> = {}): RequestInit => ({
  method: "POST",
  body: formBody(fields),
  headers: { "Content-Type": "application/x-www-form-urlencoded", ...headers },
});
const json = (body: unknown, headers: Record<string, string> = {}): RequestInit => ({
  method: "POST",
  body: JSON.stringify(body),
  headers: { "Content-Type": "application/json", ...headers },
});

/** The newest link of a kind in the mails to an address: its local path and token. */
async function linkInMail(to: string, kind: string, path: "/prenumerera/bekrafta" | "/avprenumerera") {
  const [mail] = await mailsTo(t.database.db, to, kind);
  const match = new RegExp(`https?://[^\\s/]+(${path}/([\\w-]{43}))`).exec(mail?.bodyText ?? "");
  if (!match?.[1] || !match[2]) throw new Error(`no ${path} link in a ${kind} mail to ${to}`);
  return { path: match[1], token: match[2] };
}

const updates = (to: string) => mailsTo(t.database.db, to, "subscription.update");

async function approveOverHttp(followUpId: string, periodId: string) {
  const session = await signInOverHttp(t.app, DEMO_ACCOUNTS.coordinator.email);
  const response = await t.app.request(`/api/v1/periods/${periodId}/approve`, {
    method: "POST",
    headers: { Cookie: session.cookie, "X-CSRF-Token": session.csrf, "Content-Type": "application/json" },
    body: JSON.stringify({ followUpIds: [followUpId] }),
  });
  expect(response.status).toBe(200);
}

/** Test setup only: makes a follow-up submitted again (in an open period) so it can be approved over HTTP. */
async function resubmit(followUpId: string, periodId: string) {
  await t.database.db.execute(sql`update reporting_periods set closed_at = null where id = ${periodId}`);
  await t.database.db.execute(
    sql`update follow_ups set state = 'submitted', status = coalesce(status, 'in_progress'),
        approved_at = null, approved_by_id = null where id = ${followUpId}`,
  );
}

let hour = 0;
/** One scheduler tick an hour later each time (the notify scan runs once per hour). */
const tick = () => tickOn(t.database.db, new Date(Date.now() + ++hour * HOUR));

describe("subscribe → confirm → one mail per period → unsubscribe", () => {
  const resident = "boende@example.se";
  const areaFollower = "granne@example.se";
  let unsubscribePath = "";

  it("the promise page has a follow form a keyboard reaches, posting to the follow page", async () => {
    const html = await (await t.app.request(PROMISE_PAGE)).text();
    expect(html).toContain(`action="${FOLLOW}"`);
    expect(html).toContain(`name="target" value="promise:${ROUND_2026_PROMISE}"`);
    expect(html).toMatch(/<label for="follow-email">Din e-postadress<\/label>/);
    expect(html).not.toContain('name="_csrf"');
  });

  it("a subscription stores the address unconfirmed and mails a confirmation link", async () => {
    const response = await t.app.request(
      FOLLOW,
      form(
        { email: "  Boende@Example.se ", target: `promise:${ROUND_2026_PROMISE}` },
        { Origin: "http://localhost" },
      ),
    );
    expect(response.status).toBe(200);
    const html = await response.text();
    expect(html).toContain("Titta i din e-post");
    expect(html).toContain("Vad vi sparar");
    expect(response.headers.get("Cache-Control")).toBe("no-store");
    const [mail] = await mailsTo(t.database.db, resident, "subscription.confirm");
    expect(mail?.subject).toBe("Bekräfta att du vill följa löftet ”Medborgarlöfte 2026 för Skäggetorp”");
    const rows = await queryRows<{ email: string; confirmed: Date | null; hash: string }>(
      t.database.db,
      sql`select email, confirmed_at as confirmed, token_hash as hash from subscriptions`,
    );
    expect(rows).toEqual([
      { email: resident, confirmed: null, hash: expect.stringMatching(/^[0-9a-f]{64}$/) },
    ]);
  });

  it("opening the link confirms nothing (mail scanners); the button does", async () => {
    const link = await linkInMail(resident, "subscription.confirm", "/prenumerera/bekrafta");
    const page = await t.app.request(link.path);
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain("Bekräfta att du vill följa");
    expect(html).toContain(`action="${link.path}"`);
    const [before] = await queryRows<{ n: number }>(
      t.database.db,
      sql`select count(*)::int as n from subscriptions where confirmed_at is not null`,
    );
    expect(before?.n).toBe(0);
    const confirmed = await t.app.request(link.path, form({}, { Origin: "http://localhost" }));
    expect(confirmed.status).toBe(200);
    expect(await confirmed.text()).toContain("Klart – du följer nu löftet");
    const [after] = await queryRows<{ n: number }>(
      t.database.db,
      sql`select count(*)::int as n from subscriptions where confirmed_at is not null and expires_at is null`,
    );
    expect(after?.n).toBe(1);
  });

  it("an area can be followed through the API (and confirmed with the mail's token)", async () => {
    const asked = await t.app.request(
      "/api/v1/subscriptions",
      json({ email: areaFollower, areaId: AREA.skaggetorp }),
    );
    expect(asked.status).toBe(202);
    expect(await asked.json()).toEqual({ status: "pending" });
    const link = await linkInMail(areaFollower, "subscription.confirm", "/prenumerera/bekrafta");
    const confirmed = await t.app.request("/api/v1/subscriptions/confirm", json({ token: link.token }));
    expect(confirmed.status).toBe(200);
    expect(await confirmed.json()).toEqual({ status: "confirmed" });
  });

  it("nothing is mailed for what was approved before the confirmation", async () => {
    await tick();
    expect(await updates(resident)).toEqual([]);
    expect(await updates(areaFollower)).toEqual([]);
  });

  it("an approval mails each follower once, with one-click unsubscribe headers and a link in the body", async () => {
    await approveOverHttp(FU.t3Submitted, ROUND_2026_PERIOD[3]);
    await tick();
    const mails = await updates(resident);
    expect(mails).toHaveLength(1);
    const mail = mails[0];
    expect(mail?.subject).toBe(
      "Nya resultat för tertial 3 2026: löftet ”Medborgarlöfte 2026 för Skäggetorp”",
    );
    expect(mail?.bodyText).toContain("godkända resultat för tertial 3 2026");
    expect(mail?.bodyText).toContain("/linkoping/skaggetorp-2026?period=2026-T3");
    const link = await linkInMail(resident, "subscription.update", "/avprenumerera");
    unsubscribePath = link.path;
    expect(mail?.bodyText).toContain(`Sluta följa (ett klick): https://`);
    expect(mail?.headers?.["List-Unsubscribe"]).toMatch(
      new RegExp(`^<https?://[^>]+/avprenumerera/${link.token}>, <mailto:[^>]+>$`),
    );
    expect(mail?.headers?.["List-Unsubscribe-Post"]).toBe("List-Unsubscribe=One-Click");
    const area = await updates(areaFollower);
    expect(area).toHaveLength(1);
    expect(area[0]?.subject).toContain("området Skäggetorp");
  });

  it("another approval in the same period mails no one again", async () => {
    await resubmit(FU.t3Draft, ROUND_2026_PERIOD[3]);
    await approveOverHttp(FU.t3Draft, ROUND_2026_PERIOD[3]);
    await tick();
    expect(await updates(resident)).toHaveLength(1);
    expect(await updates(areaFollower)).toHaveLength(1);
  });

  it("the unsubscribe link's GET only asks; the one-click POST deletes the address", async () => {
    const asked = await t.app.request(unsubscribePath);
    expect(asked.status).toBe(200);
    expect(await asked.text()).toContain("Vill du sluta få mejl om löftet");
    expect(await countOf(resident)).toBe(1);
    // RFC 8058: the mail program posts from its own servers (no Origin, no cookie).
    const ended = await t.app.request(unsubscribePath, form({ "List-Unsubscribe": "One-Click" }));
    expect(ended.status).toBe(200);
    expect(await ended.text()).toContain("Du får inga fler mejl");
    expect(await countOf(resident)).toBe(0);
    const again = await t.app.request(unsubscribePath, form({ "List-Unsubscribe": "One-Click" }));
    expect(again.status).toBe(200);
    expect(await again.text()).toContain("finns inte längre");
  });

  it("the next period's approval mails the remaining follower only", async () => {
    await resubmit(FU.t2[1], ROUND_2026_PERIOD[2]);
    await approveOverHttp(FU.t2[1], ROUND_2026_PERIOD[2]);
    await tick();
    expect(await updates(resident)).toHaveLength(1);
    const area = await updates(areaFollower);
    expect(area).toHaveLength(2);
    expect(area[0]?.subject).toContain("tertial 2 2026");
  });
});

const countOf = async (email: string) =>
  (
    await queryRows<{ n: number }>(
      t.database.db,
      sql`select count(*)::int as n from subscriptions where email = ${email}`,
    )
  )[0]?.n;

describe("refusals answer in Swedish, never 500", () => {
  it("a bad address re-shows the form with a Swedish error (page) and invalid_body (API)", async () => {
    const page = await t.app.request(
      FOLLOW,
      form({ email: "inte en adress", target: `promise:${ROUND_2026_PROMISE}` }),
    );
    expect(page.status).toBe(400);
    const html = await page.text();
    expect(html).toContain("Skriv en giltig e-postadress");
    expect(html).toContain('value="inte en adress"');
    const api = await t.app.request(
      "/api/v1/subscriptions",
      json({ email: "x@", promiseId: ROUND_2026_PROMISE }),
    );
    expect(api.status).toBe(400);
    expect(((await api.json()) as { error: { code: string } }).error.code).toBe("invalid_body");
    const both = await t.app.request(
      "/api/v1/subscriptions",
      json({ email: "a@example.se", promiseId: ROUND_2026_PROMISE, areaId: AREA.skaggetorp }),
    );
    expect(both.status).toBe(400);
    expect(t.loggedErrors).toEqual([]);
  });

  it("a target that is not public is a field error, not a subscription", async () => {
    const page = await t.app.request(
      FOLLOW,
      form({ email: "x@example.se", target: "promise:00000000-0000-4000-8000-000000000000" }),
    );
    expect(page.status).toBe(400);
    expect(await page.text()).toContain("Välj ett löfte eller ett område");
    expect(await countOf("x@example.se")).toBe(0);
  });

  it("a post from another site is refused", async () => {
    const target = `promise:${ROUND_2026_PROMISE}`;
    const evil = await t.app.request(
      FOLLOW,
      form({ email: "o@example.se", target }, { Origin: "https://evil.example" }),
    );
    expect(evil.status).toBe(403);
    expect(await evil.text()).toContain("Formuläret kom från en annan webbplats");
    const site = await t.app.request(
      FOLLOW,
      form({ email: "o@example.se", target }, { "Sec-Fetch-Site": "cross-site" }),
    );
    expect(site.status).toBe(403);
    expect(await countOf("o@example.se")).toBe(0);
  });

  it("a signed-in staff member subscribes from the cached page without a CSRF token", async () => {
    const session = await signInOverHttp(t.app, DEMO_ACCOUNTS.reader.email);
    const response = await t.app.request(
      FOLLOW,
      form({ email: "personal@example.se", target: `area:${AREA.skaggetorp}` }, { Cookie: session.cookie }),
    );
    expect(response.status).toBe(200);
    expect(await countOf("personal@example.se")).toBe(1);
  });

  it("a double-clicked form stores one subscription and answers both clicks", async () => {
    const post = () =>
      t.app.request(FOLLOW, form({ email: "dubbel@example.se", target: `promise:${ROUND_2026_PROMISE}` }));
    const answers = await Promise.all([post(), post()]);
    expect(answers.map((a) => a.status)).toEqual([200, 200]);
    expect(await countOf("dubbel@example.se")).toBe(1);
  });

  it("a link that is not a token is a Swedish 404 page", async () => {
    const response = await t.app.request("/prenumerera/bekrafta/nej");
    expect(response.status).toBe(404);
    expect(await response.text()).toContain("Länken gäller inte");
  });
});

describe("rate limits and expiry", () => {
  let r: TestApp;
  beforeAll(async () => {
    r = await createTestApp();
  }, 60_000);
  afterAll(() => r.database.close());
  const ask = (email: string) =>
    r.app.request(FOLLOW, form({ email, target: `promise:${ROUND_2026_PROMISE}` }));

  it("three confirmation mails per address and day, then a Swedish 429 page", async () => {
    for (let i = 0; i < 3; i++) expect((await ask("flitig@example.se")).status).toBe(200);
    const refused = await ask("flitig@example.se");
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get("Retry-After"))).toBeGreaterThan(0);
    expect(await refused.text()).toContain("Vi har redan skickat tre bekräftelsemejl");
    expect(await mailsTo(r.database.db, "flitig@example.se", "subscription.confirm")).toHaveLength(3);
  });

  it("twenty requests per client and hour, then 429 (page and API)", async () => {
    // Four requests of this client so far (the test above).
    for (let i = 0; i < 16; i++) expect((await ask(`person${i}@example.se`)).status).toBe(200);
    expect((await ask("en-till@example.se")).status).toBe(429);
    const api = await r.app.request(
      "/api/v1/subscriptions",
      json({ email: "api@example.se", promiseId: ROUND_2026_PROMISE }),
    );
    expect(api.status).toBe(429);
    expect(api.headers.get("Retry-After")).toBe("3600");
    const body = (await api.json()) as { error: { code: string; message: string } };
    expect(body.error.code).toBe("rate_limited");
    expect(body.error.message).toContain("för många försök");
  });

  it("unconfirmed subscriptions are deleted after 7 days by the daily job; their link stops working", async () => {
    const [mail] = await mailsTo(r.database.db, "person0@example.se", "subscription.confirm");
    const path = /\/prenumerera\/bekrafta\/[\w-]{43}/.exec(mail?.bodyText ?? "")?.[0] ?? "";
    expect((await r.app.request(path)).status).toBe(200);
    const before = await queryRows<{ n: number }>(
      r.database.db,
      sql`select count(*)::int as n from subscriptions`,
    );
    expect(before[0]?.n).toBe(17);
    await tickOn(r.database.db, new Date(Date.now() + 6 * 24 * HOUR));
    const kept = await queryRows<{ n: number }>(
      r.database.db,
      sql`select count(*)::int as n from subscriptions`,
    );
    expect(kept[0]?.n).toBe(17);
    await tickOn(r.database.db, new Date(Date.now() + 8 * 24 * HOUR));
    const after = await queryRows<{ n: number }>(
      r.database.db,
      sql`select count(*)::int as n from subscriptions`,
    );
    expect(after[0]?.n).toBe(0);
    expect((await r.app.request(path)).status).toBe(404);
    const attempts = await queryRows<{ n: number }>(
      r.database.db,
      sql`select count(*)::int as n from subscription_attempts`,
    );
    expect(attempts[0]?.n).toBe(0);
  });
});
