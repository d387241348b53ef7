import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../../test/app.js";
import { type HttpSession, signInOverHttp } from "../../test/http-session.js";
import { decidedReportBack, followedUpPromise } from "../../test/report-scenario.js";
import { htmlToText } from "../../test/seed.js";
import { DEMO_ACCOUNTS } from "../demo/accounts.js";
import { ROUND_2026_PROMISE, ROUND_2026_REF } from "../demo/round-2026-ids.js";
import { PROMISE as PROMISE_2017 } from "../demo/skaggetorp-2017-ids.js";

// Issue 10.2: translations edited in the workspace, with a status per text and language.
let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
}, 120_000);
afterAll(() => t.database.close());

const EDITOR = `/arbete/linkoping/loften/${ROUND_2026_REF}`;
const PAGE = `${EDITOR}/oversattningar`;
const BACKGROUND_KEY = `promise.${ROUND_2026_PROMISE}.background`;

/** The status cell of one text in one language on the overview page. */
function statusOf(html: string, key: string, locale: string): string | undefined {
  const m = new RegExp(`data-key="${key.replace(/\./g, "\\.")}" data-locale="${locale}">([^<]*)<`).exec(html);
  return m?.[1];
}

async function overview(s: HttpSession): Promise<string> {
  const res = await t.app.request(PAGE, s.get());
  expect(res.status).toBe(200);
  return res.text();
}

async function versionOnForm(s: HttpSession, locale: string): Promise<string> {
  const html = await (await t.app.request(`${PAGE}/${locale}`, s.get())).text();
  return /name="version" value="(\d+)"/.exec(html)?.[1] ?? "";
}

describe("the translation workflow", () => {
  it("goes missing → up to date → outdated when the Swedish is edited, and residents read the translation", async () => {
    const s = await signInOverHttp(t.app, DEMO_ACCOUNTS.communicator.email);
    expect(statusOf(await overview(s), BACKGROUND_KEY, "en")).toBe("saknas");

    const form = await (await t.app.request(`${PAGE}/en`, s.get())).text();
    expect(form).toContain(`value="${BACKGROUND_KEY}"`);
    expect(form).toMatch(/<textarea[^>]*lang="en"/);
    const ar = await (await t.app.request(`${PAGE}/ar`, s.get())).text();
    expect(ar).toMatch(/<textarea[^>]*lang="ar" dir="rtl"/);

    const saved = await t.app.request(
      `${PAGE}/en`,
      s.post({
        version: await versionOnForm(s, "en"),
        "texts.0.key": BACKGROUND_KEY,
        "texts.0.text": "Written in English for the residents.",
      }),
    );
    expect(saved.status).toBe(303);
    expect(saved.headers.get("Location")).toBe(`${PAGE}?sparat=1`);
    const after = await (await t.app.request(`${PAGE}?sparat=1`, s.get())).text();
    expect(statusOf(after, BACKGROUND_KEY, "en")).toBe("aktuell");
    expect(statusOf(after, BACKGROUND_KEY, "ar")).toBe("saknas");
    expect(htmlToText(after)).toContain("Översättningarna är sparade.");

    const resident = await (await t.app.request(`/en/linkoping/${ROUND_2026_REF}`)).text();
    expect(resident).toContain("Written in English for the residents.");

    // The kommunikatör changes the Swedish: the English is now outdated (and kept).
    const editor = await (await t.app.request(EDITOR, s.get())).text();
    const version = /action="[^"]*\/texter"[\s\S]*?name="version" value="(\d+)"/.exec(editor)?.[1] ?? "";
    const edited = await t.app.request(
      `${EDITOR}/texter`,
      s.post({ version, background: "En ny svensk bakgrund.", howMade: "" }),
    );
    expect(edited.status).toBe(303);
    expect(statusOf(await overview(s), BACKGROUND_KEY, "en")).toBe("inaktuell");
    expect(await (await t.app.request(`/en/linkoping/${ROUND_2026_REF}`)).text()).toContain(
      "Written in English for the residents.",
    );

    // Saving it again confirms it against today's Swedish.
    await t.app.request(
      `${PAGE}/en`,
      s.post({
        version: await versionOnForm(s, "en"),
        "texts.0.key": BACKGROUND_KEY,
        "texts.0.text": "A new background, in English.",
      }),
    );
    expect(statusOf(await overview(s), BACKGROUND_KEY, "en")).toBe("aktuell");
  });

  it("answers a stale version with 409 and keeps what was typed", async () => {
    const s = await signInOverHttp(t.app, DEMO_ACCOUNTS.communicator.email);
    const version = await versionOnForm(s, "so");
    const first = await t.app.request(
      `${PAGE}/so`,
      s.post({ version, "texts.0.key": BACKGROUND_KEY, "texts.0.text": "Qoraal koowaad." }),
    );
    expect(first.status).toBe(303);
    const stale = await t.app.request(
      `${PAGE}/so`,
      s.post({ version, "texts.0.key": BACKGROUND_KEY, "texts.0.text": "Qoraal labaad." }),
    );
    expect(stale.status).toBe(409);
    expect(await stale.text()).toContain("Qoraal labaad.");
  });

  it("refuses a key that is not one of the promise's texts (400)", async () => {
    const s = await signInOverHttp(t.app, DEMO_ACCOUNTS.communicator.email);
    const res = await t.app.request(
      `${PAGE}/en`,
      s.post({
        version: await versionOnForm(s, "en"),
        "texts.0.key": `promise.${PROMISE_2017}.title`,
        "texts.0.text": "Another promise's title",
      }),
    );
    expect(res.status).toBe(400);
  });

  it("is for the samordnare and the kommunikatör: a reader gets 403, the public is sent to sign in", async () => {
    const reader = await signInOverHttp(t.app, DEMO_ACCOUNTS.reader.email);
    expect((await t.app.request(PAGE, reader.get())).status).toBe(403);
    const post = await t.app.request(
      `${PAGE}/en`,
      reader.post({ version: "1", "texts.0.key": BACKGROUND_KEY, "texts.0.text": "x" }),
    );
    expect(post.status).toBe(403);
    const anonymous = await t.app.request(PAGE);
    expect(anonymous.status).toBe(303);
    expect(anonymous.headers.get("Location")).toContain("/logga-in");
    const coordinator = await signInOverHttp(t.app, DEMO_ACCOUNTS.coordinator.email);
    expect((await t.app.request(PAGE, coordinator.get())).status).toBe(200);
  });

  it("has an API: GET the status, PUT a language (409 when stale, 403 for a reader)", async () => {
    const s = await signInOverHttp(t.app, DEMO_ACCOUNTS.coordinator.email);
    const api = `/api/v1/promises/${ROUND_2026_PROMISE}/translations`;
    const read = await t.app.request(api, s.get());
    expect(read.status).toBe(200);
    const body = (await read.json()) as {
      version: number;
      items: { key: string; kind: string; translations: Record<string, { status: string }> }[];
    };
    const title = body.items.find((i) => i.kind === "title");
    expect(title?.translations.lattlast?.status).toBe("missing");
    const put = (version: number, session: HttpSession) =>
      t.app.request(`${api}/lattlast`, {
        method: "PUT",
        headers: {
          ...session.get().headers,
          "Content-Type": "application/json",
          "X-CSRF-Token": session.csrf,
        },
        body: JSON.stringify({ version, texts: [{ key: title?.key, text: "Löfte för Skäggetorp 2026" }] }),
      });
    const saved = await put(body.version, s);
    expect(saved.status).toBe(200);
    const after = (await saved.json()) as typeof body;
    expect(after.items.find((i) => i.kind === "title")?.translations.lattlast?.status).toBe("current");
    expect((await put(body.version, s)).status).toBe(409);
    const reader = await signInOverHttp(t.app, DEMO_ACCOUNTS.reader.email);
    expect((await t.app.request(api, reader.get())).status).toBe(403);
    // The public is told nothing exists, like for every workspace read of a promise.
    expect((await t.app.request(api)).status).toBe(404);
  });

  it("the demo promise's translations are current in every language", async () => {
    const s = await signInOverHttp(t.app, DEMO_ACCOUNTS.coordinator.email);
    const res = await t.app.request(`/api/v1/promises/${PROMISE_2017}/translations`, s.get());
    const body = (await res.json()) as {
      items: { kind: string; translations: Record<string, { status: string }> }[];
    };
    const title = body.items.find((i) => i.kind === "title");
    for (const locale of ["en", "ar", "so", "lattlast"])
      expect(title?.translations[locale]?.status).toBe("current");
    const points = body.items.filter((i) => i.kind === "point");
    expect(points).toHaveLength(8);
    expect(points.every((p) => p.translations.ar?.status === "current")).toBe(true);
    expect(body.items.some((i) => i.kind === "result" && i.translations.so?.status === "missing")).toBe(true);
  });

  it("covers a published report-back's summary (ärendet): translated in the workspace, read by residents on the promise page", async () => {
    const { promise } = await followedUpPromise(t.database.db);
    await decidedReportBack(t.database.db, promise.ref);
    const page = `/arbete/linkoping/loften/${promise.ref}/oversattningar`;
    const s = await signInOverHttp(t.app, DEMO_ACCOUNTS.communicator.email);
    const overviewHtml = await (await t.app.request(page, s.get())).text();
    const key = /data-key="(report_back\.[0-9a-f-]{36}\.matter)" data-locale="so">saknas</.exec(
      overviewHtml,
    )?.[1];
    expect(key, "the summary is listed as missing in Somali").toBeTruthy();
    expect(htmlToText(overviewHtml)).toContain("Återrapporteringens ärende (utgåva 1)");

    const form = await (await t.app.request(`${page}/so`, s.get())).text();
    const version = /name="version" value="(\d+)"/.exec(form)?.[1] ?? "";
    const summary = "Warbixintu waxay sharraxaysaa sida ballanqaadka loo fuliyay.";
    const saved = await t.app.request(
      `${page}/so`,
      s.post({ version, "texts.0.key": key ?? "", "texts.0.text": summary }),
    );
    expect(saved.status).toBe(303);
    expect(statusOf(await (await t.app.request(page, s.get())).text(), key ?? "", "so")).toBe("aktuell");

    const somali = await (await t.app.request(`/so/linkoping/${promise.ref}`)).text();
    expect(somali).toContain(summary);
    const swedish = await (await t.app.request(`/linkoping/${promise.ref}`)).text();
    expect(swedish).not.toContain(summary);
  });
});
