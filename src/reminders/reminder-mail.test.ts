import { describe, expect, it } from "vitest";
import { excerpt, followUpUrl, swedishLongDate } from "./reminder-mail.js";

describe("reminder mail pieces", () => {
  it("writes dates the Swedish way", () => {
    expect(swedishLongDate("2018-01-14")).toBe("14 januari 2018");
    expect(swedishLongDate("2017-05-01")).toBe("1 maj 2017");
  });

  it("shortens long point texts at a word", () => {
    expect(excerpt("Polisen ska genomföra trafikkontroller.")).toBe(
      "Polisen ska genomföra trafikkontroller.",
    );
    const long = excerpt(
      `${"Kommunens verksamheter riktade till ungdomar och föräldrar ska ".repeat(3)}förebygga`,
    );
    expect(long.length).toBeLessThanOrEqual(92);
    expect(long).toMatch(/\p{L} …$/u);
  });

  it("links to the follow-up form of the point and period", () => {
    const ctx = {
      publicUrl: "https://x.example",
      partnership: { name: "L", slug: "linkoping" },
      period: { code: "2017-T1", deadline: "2017-05-14" },
    };
    expect(followUpUrl(ctx, "abc")).toBe("https://x.example/arbete/linkoping/punkter/abc/2017-T1");
  });
});
