import { describe, expect, it } from "vitest";
import "../../app/modules.js";
import { catalogOf, htmlLang, PUBLIC_LOCALES, textDirection, translator } from "./index.js";
import { localePath, splitLocalePath } from "./locale-path.js";

/**
 * Keys residents read on the public pages (the workspace's stay sv/en). The fetch of every public
 * page in `publishing/public-texts.http.test.ts` is the stronger check; this list also covers texts
 * only some data shows (an empty list, a rejected finding).
 */
const PUBLIC_PREFIXES = [
  "app.",
  "nav.main",
  "nav.home",
  "nav.skip",
  "nav.language",
  "lang.",
  "footer.",
  "home.",
  "promise.",
  "group.",
  "direction.",
  "partyKind.",
  "classification.",
  "followUpStatus.",
  "promiseStatus.",
  "progressRule.",
  "publishing.reports.",
  "publishing.periodReports.",
  "publishing.choose.",
  "errors.title",
  "errors.backHome",
  "errors.code",
  "errors.requestId",
  "errors.internal",
  "a11y.",
  "openData.",
  "partnership.",
  "map.",
  "publishing.why.",
  "publishing.incidents.",
  "publishing.feed.",
  "walks.public.",
  "walks.col.",
  "walks.category.",
  "walks.status.",
  "walks.map.",
  "indicators.public.",
  "indicators.figure.",
  "dialogues.category.",
  "dialogues.gender.",
  "subscriptions.form.",
  "subscriptions.page.",
  "subscriptions.confirm",
  "subscriptions.sent.",
  "subscriptions.error.",
  "subscriptions.invalid.",
  "subscriptions.unsubscribe",
  "subscriptions.target.",
  "subscriptions.privacy.heading",
];
/** Errors a resident can meet on a public page (the rest are the workspace's). */
const PUBLIC_KEYS = [
  "errors.not_found",
  "errors.not_found.promise",
  "errors.not_found.partnership",
  "errors.not_found.period",
  "errors.not_found.route",
  "errors.bad_request",
  "errors.invalid_query",
];
const isPublic = (key: string) => PUBLIC_KEYS.includes(key) || PUBLIC_PREFIXES.some((p) => key.startsWith(p));
const params = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe("residents' languages", () => {
  it("have a text for every public key, with the Swedish text's params", () => {
    const sv = catalogOf("sv");
    for (const locale of ["ar", "so", "lattlast"] as const) {
      const catalog = catalogOf(locale);
      for (const key of Object.keys(sv).filter(isPublic)) {
        // A few English-only technical words (PDF) may equal the Swedish; every key must exist.
        expect(catalog[key]?.trim(), `${locale} ${key}`).toBeTruthy();
        expect(params(catalog[key] ?? ""), `${locale} ${key}`).toEqual(params(sv[key] ?? ""));
      }
    }
  });

  it("fall back to Swedish for a key without a text (workspace texts)", () => {
    expect(translator("ar")("nav.signOut")).toBe("Logga ut");
  });

  it("map to HTML: lättläst is Swedish, Arabic is right to left", () => {
    expect(PUBLIC_LOCALES.map(htmlLang)).toEqual(["sv", "en", "ar", "so", "sv"]);
    expect(PUBLIC_LOCALES.map(textDirection)).toEqual(["ltr", "ltr", "rtl", "ltr", "ltr"]);
  });

  it("live in the address as a prefix; Swedish has none", () => {
    expect(splitLocalePath("/ar/linkoping/x")).toEqual({ locale: "ar", path: "/linkoping/x" });
    expect(splitLocalePath("/lattlast")).toEqual({ locale: "lattlast", path: "/" });
    expect(splitLocalePath("/sv/x")).toEqual({ locale: null, path: "/sv/x" });
    expect(splitLocalePath("/english/x")).toEqual({ locale: null, path: "/english/x" });
    expect(localePath("en", "/")).toBe("/en");
    expect(localePath("en", "/?a=1")).toBe("/en?a=1");
    expect(localePath("sv", "/x")).toBe("/x");
    expect(localePath("so", "/x?period=2017-T1")).toBe("/so/x?period=2017-T1");
  });
});
