import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../../test/app.js";
import { formBody } from "../../test/http-session.js";
import { publishedSituation } from "../../test/incident-scenario.js";
import { mailsTo } from "../../test/mail-links.js";
import { decidedReportBack, followedUpPromise } from "../../test/report-scenario.js";
import { ROUND_2026_PROMISE } from "../demo/round-2026-ids.js";
import { DEMO_WALK_ID } from "../demo/safety-walk-2016.js";
import { untranslatedTexts } from "../platform/i18n/index.js";

/**
 * Issue 10.2: every interface text a resident meets is in the resident's language. Each public
 * page is fetched in Arabic, Somali, lättläst svenska and English — the follow form's answers and
 * the confirm and unsubscribe pages included — and the translator's record of texts it had to
 * show in Swedish must stay empty. A new public text without its translations fails here.
 */
let t: TestApp;
const REPORTED = { ref: "" };
beforeAll(async () => {
  t = await createTestApp();
  // A promise whose report-back is decided and published (the demo publishes none).
  const published = await followedUpPromise(t.database.db);
  await decidedReportBack(t.database.db, published.promise.ref);
  REPORTED.ref = published.promise.ref;
  // A weekly lägesbild published to residents ("Händelser per vecka" on /linkoping/trygghet).
  await publishedSituation(t.database.db);
}, 120_000);
afterAll(() => t.database.close());

const PROMISE = "/linkoping/skaggetorp-2017";
const PAGES = (): ReadonlyArray<readonly [path: string, status: number]> => [
  ["/", 200],
  ["/?lan=%C3%96sterg%C3%B6tlands+l%C3%A4n&ar=2017", 200],
  ["/linkoping", 200],
  [PROMISE, 200],
  [`${PROMISE}?period=2017-T2`, 200],
  ["/linkoping/skaggetorp-2026", 200],
  [`/linkoping/${REPORTED.ref}`, 200],
  [`/linkoping/${REPORTED.ref}/aterrapportering`, 200],
  [`/linkoping/${REPORTED.ref}/period/2019-T3`, 200],
  ["/linkoping/trygghet", 200],
  ["/linkoping/trygghetsvandringar", 200],
  [`/linkoping/trygghetsvandringar/${DEMO_WALK_ID}`, 200],
  ["/linkoping/folj", 200],
  ["/tillganglighet", 200],
  ["/oppna-data", 200],
  [`/prenumerera/bekrafta/${"x".repeat(43)}`, 404],
  [`/avprenumerera/${"x".repeat(43)}`, 200],
  ["/linkoping/finns-inte", 404],
  ["/finns-inte/alls", 404],
];
const LOCALES = ["en", "ar", "so", "lattlast"] as const;

const post = (path: string, fields: Record<string, string>) =>
  t.app.request(path, {
    method: "POST",
    body: formBody(fields),
    headers: { "Content-Type": "application/x-www-form-urlencoded", Origin: "http://localhost" },
  });

/** The local path of the newest link to `path` in the mails of a kind to an address. */
async function linkInMail(to: string, kind: string, path: string): Promise<string> {
  const [mail] = await mailsTo(t.database.db, to, kind);
  const match = new RegExp(`https?://[^\\s/]+(${path}/[\\w-]{43})`).exec(mail?.bodyText ?? "");
  if (!match?.[1]) throw new Error(`no ${path} link in a ${kind} mail to ${to}`);
  return match[1];
}

describe("the public pages' interface texts in every resident's language", () => {
  it("are all translated: no page falls back to Swedish for an interface text", async () => {
    for (const locale of LOCALES) {
      for (const [path, status] of PAGES()) {
        const response = await t.app.request(`/${locale}${path === "/" ? "" : path}`);
        expect(response.status, `/${locale}${path}`).toBe(status);
        const html = await response.text();
        expect(html).toContain(`<html lang="${locale === "lattlast" ? "sv" : locale}"`);
        if (path.endsWith("/trygghet")) expect(html).toContain('<h3 id="handelser-2026-W44-rubrik">');
      }
      const follow = `/${locale}/linkoping/folj`;
      expect(
        (await post(follow, { email: "inte-en-adress", target: `promise:${ROUND_2026_PROMISE}` })).status,
      ).toBe(400);
      const email = `boende-${locale}@example.se`;
      expect((await post(follow, { email, target: `promise:${ROUND_2026_PROMISE}` })).status).toBe(200);
      const confirm = await linkInMail(email, "subscription.confirm", "/prenumerera/bekrafta");
      expect((await t.app.request(`/${locale}${confirm}`)).status).toBe(200);
      expect((await post(`/${locale}${confirm}`, {})).status).toBe(200);
    }
    expect(untranslatedTexts()).toEqual([]);
  }, 120_000);

  it("the decided report-back is Swedish: in Arabic it says so and stays left to right", async () => {
    const html = await (await t.app.request(`/ar/linkoping/${REPORTED.ref}/aterrapportering`)).text();
    expect(html).toContain('<p class="only-sv">هذا النص متوفر باللغة السويدية فقط.</p>');
    expect(html).toMatch(/<div dir="ltr"><article class="report" lang="sv"/);
    const swedish = await (await t.app.request(`/linkoping/${REPORTED.ref}/aterrapportering`)).text();
    expect(swedish).not.toContain('class="only-sv"');
  });

  it("the record names the language and the key of a text shown in Swedish", async () => {
    // A workspace text asked for in Arabic (the workspace is Swedish and English only).
    const { translator } = await import("../platform/i18n/index.js");
    expect(translator("ar")("nav.signOut")).toBe("Logga ut");
    expect(untranslatedTexts()).toContain("ar nav.signOut");
  });
});
