import { describe, expect, it } from "vitest";
import { localPathOrNull } from "./next-path.js";

describe("localPathOrNull", () => {
  it("keeps paths on this site, with their query", () => {
    expect(localPathOrNull("/arbete/linkoping")).toBe("/arbete/linkoping");
    expect(localPathOrNull("/konto/nycklar?x=1")).toBe("/konto/nycklar?x=1");
  });
  it("refuses other sites and odd forms", () => {
    for (const bad of [
      "https://evil.example/",
      "//evil.example",
      "/\\evil.example",
      "arbete",
      "",
      "/a\nb",
      "/a\\b",
      null,
      undefined,
    ])
      expect(localPathOrNull(bad)).toBeNull();
  });
});
