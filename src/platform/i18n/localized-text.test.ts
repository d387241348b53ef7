import { describe, expect, it } from "vitest";
import { CONTENT_LOCALES, isBlank, type LocalizedText, pickText } from "./localized-text.js";

const text: LocalizedText = { sv: "Trygghetsvandring", en: "Safety walk", ar: "   ", so: "" };

describe("isBlank", () => {
  it("treats missing and whitespace-only text as blank", () => {
    for (const t of [undefined, null, "", "  ", "\n\t", "\u00a0"]) expect(isBlank(t)).toBe(true);
    for (const t of ["Hej", " a "]) expect(isBlank(t)).toBe(false);
  });
});

describe("pickText", () => {
  it("returns the requested locale when present", () => {
    expect(pickText(text, "en")).toEqual({ text: "Safety walk", locale: "en" });
    expect(pickText(text, "sv")).toEqual({ text: "Trygghetsvandring", locale: "sv" });
  });
  it("accepts region tags and any case", () => {
    expect(pickText(text, "en-GB")).toEqual({ text: "Safety walk", locale: "en" });
    expect(pickText(text, "EN")).toEqual({ text: "Safety walk", locale: "en" });
  });
  it("falls back to Swedish when blank, missing or unsupported", () => {
    expect(pickText(text, "ar")).toEqual({ text: "Trygghetsvandring", locale: "sv" });
    expect(pickText(text, "so")).toEqual({ text: "Trygghetsvandring", locale: "sv" });
    expect(pickText({ sv: "Hej" }, "en")).toEqual({ text: "Hej", locale: "sv" });
    expect(pickText(text, "fi")).toEqual({ text: "Trygghetsvandring", locale: "sv" });
    expect(pickText(text, "")).toEqual({ text: "Trygghetsvandring", locale: "sv" });
    expect(pickText(text, "constructor")).toEqual({ text: "Trygghetsvandring", locale: "sv" });
  });
  it("lists Swedish first among content locales", () => {
    expect(CONTENT_LOCALES).toEqual(["sv", "en", "ar", "so", "lattlast"]);
  });
});
