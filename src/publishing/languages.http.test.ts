import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../../test/app.js";
import { htmlToText } from "../../test/seed.js";
import { ROUND_2026_REF } from "../demo/round-2026-ids.js";
import { publicSnapshotKey } from "./public-paths.js";

// Issue 10.2: the residents' languages on the public pages.
let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
}, 120_000);
afterAll(() => t.database.close());

const PROMISE = "/linkoping/skaggetorp-2017";
const LANGUAGES = [
  {
    prefix: "",
    lang: "sv",
    dir: "ltr",
    title: "Medborgarlöfte 2017 för Skäggetorp",
    note: "Texten finns bara på svenska.",
  },
  {
    prefix: "/en",
    lang: "en",
    dir: "ltr",
    title: "Citizen promise 2017 for Skäggetorp",
    note: "This text is only available in Swedish.",
  },
  {
    prefix: "/ar",
    lang: "ar",
    dir: "rtl",
    title: "وعد المواطنين 2017 لحي سكيغيتورب",
    note: "هذا النص متوفر باللغة السويدية فقط.",
  },
  {
    prefix: "/so",
    lang: "so",
    dir: "ltr",
    title: "Ballanqaadka muwaadiniinta 2017 ee Skäggetorp",
    note: "Qoraalkan waxa uu ku qoran yahay oo keliya af-Iswiidhish.",
  },
  {
    prefix: "/lattlast",
    lang: "sv",
    dir: "ltr",
    title: "Löfte till er som bor i Skäggetorp 2017",
    note: "Den här texten finns bara på vanlig svenska.",
  },
] as const;

async function html(path: string): Promise<string> {
  const res = await t.app.request(path);
  expect(res.status, path).toBe(200);
  return res.text();
}

describe("public pages in every language", () => {
  it("render with the language's lang and dir, the interface from its catalog, and the demo promise's translation", async () => {
    for (const l of LANGUAGES) {
      const home = await html(l.prefix || "/");
      expect(home, l.prefix).toContain(`<html lang="${l.lang}" dir="${l.dir}">`);
      const page = await html(`${l.prefix}${PROMISE}`);
      expect(page, l.prefix).toContain(`<html lang="${l.lang}" dir="${l.dir}">`);
      expect(page, l.prefix).toContain(`<h1>${l.title}</h1>`);
    }
    expect(htmlToText(await html(`/ar${PROMISE}`))).toContain("نقاط الوعد");
    expect(htmlToText(await html(`/so${PROMISE}`))).toContain("Qodobada ballanqaadka");
    expect(htmlToText(await html(`/lattlast${PROMISE}`))).toContain("Det här lovar vi");
  });

  it("lists an hreflang alternate for every language and x-default", async () => {
    const page = await html(`/so${PROMISE}?period=2017-T2`);
    const alternates = [...page.matchAll(/<link rel="alternate" hreflang="([^"]+)" href="([^"]+)"/g)].map(
      (m) => [m[1], new URL(m[2] as string).pathname + new URL(m[2] as string).search],
    );
    expect(alternates).toEqual([
      ["sv", `${PROMISE}?period=2017-T2`],
      ["en", `/en${PROMISE}?period=2017-T2`],
      ["ar", `/ar${PROMISE}?period=2017-T2`],
      ["so", `/so${PROMISE}?period=2017-T2`],
      ["sv-x-lattlast", `/lattlast${PROMISE}?period=2017-T2`],
      ["x-default", `${PROMISE}?period=2017-T2`],
    ]);
  });

  it("has a language switch whose links keep the page, each with lang and hreflang", async () => {
    const page = await html(`/ar${PROMISE}?period=2017-T2`);
    const nav = /<nav class="lang"[^>]*>([\s\S]*?)<\/nav>/.exec(page)?.[1] ?? "";
    const links = [...nav.matchAll(/<a href="([^"]+)" lang="([^"]+)" hreflang="([^"]+)"/g)].map((m) =>
      m.slice(1),
    );
    expect(links).toEqual([
      [`${PROMISE}?period=2017-T2`, "sv", "sv"],
      [`/en${PROMISE}?period=2017-T2`, "en", "en"],
      [`/ar${PROMISE}?period=2017-T2`, "ar", "ar"],
      [`/so${PROMISE}?period=2017-T2`, "so", "so"],
      [`/lattlast${PROMISE}?period=2017-T2`, "sv", "sv-x-lattlast"],
    ]);
    expect(nav).toMatch(/hreflang="ar" dir="rtl" aria-current="true"/);
    // Links inside the page stay in the language.
    expect(page).toContain(`href="/ar${PROMISE}?period=2017-T1"`);
  });

  it("shows the Swedish where a translation is missing, marked lang=sv dir=ltr, with a note in the reader's language", async () => {
    for (const l of LANGUAGES.filter((x) => x.prefix !== "")) {
      // The 2026 promise has no translations at all.
      const page = await html(`${l.prefix}/linkoping/${ROUND_2026_REF}`);
      expect(page, l.prefix).toContain('<h1 lang="sv" dir="ltr">Medborgarlöfte 2026 för Skäggetorp</h1>');
      expect(page, l.prefix).toContain(`<p class="only-sv">${l.note}</p>`);
      // The 2017 promise: point 4's result is not translated, point 1's is.
      const demo = await html(`${l.prefix}${PROMISE}`);
      expect(demo, l.prefix).toMatch(/<div lang="sv" dir="ltr"><p class="result">Ett förbättrat samarbete/);
      expect(demo, l.prefix).not.toContain("Lokal samordnare håller kontakt");
    }
    const swedish = await html(PROMISE);
    expect(swedish).not.toContain('class="only-sv"');
  });

  it("is served from the snapshot under each language's own key; the workspace is not", () => {
    expect(publicSnapshotKey(`/en${PROMISE}`, "", undefined)).toBe(`/en${PROMISE}`);
    expect(publicSnapshotKey("/ar", "", undefined)).toBe("/ar");
    expect(
      publicSnapshotKey("/lattlast/linkoping/skaggetorp-2017/aterrapportering", "?utgava=1", undefined),
    ).toBe("/lattlast/linkoping/skaggetorp-2017/aterrapportering?utgava=1");
    expect(publicSnapshotKey("/en/arbete/linkoping", "", undefined)).toBeNull();
    expect(publicSnapshotKey("/so/logga-in/x", "", undefined)).toBeNull();
  });

  it("keeps the language on the old /loften/ address and on error pages", async () => {
    const moved = await t.app.request("/so/loften/skaggetorp-2017");
    expect(moved.status).toBe(301);
    expect(moved.headers.get("Location")).toBe(`/so${PROMISE}`);
    const missing = await t.app.request("/ar/linkoping/finns-inte");
    expect(missing.status).toBe(404);
    const text = await missing.text();
    expect(text).toContain('<html lang="ar" dir="rtl">');
    expect(text).toContain("تعذر عرض الصفحة");
  });
});
