import { describe, expect, it } from "vitest";
import "../../app/modules.js";
import { catalogOf, hasMessage, translator } from "./index.js";

const sv = catalogOf("sv");
const en = catalogOf("en");

describe("translator", () => {
  it("fills params and keeps unknown ones visible", () => {
    const t = translator("sv");
    expect(t("promise.point", { number: 3 })).toBe("Punkt 3");
    expect(t("promise.progressSummary", { percent: 75 })).toBe(
      "75 procent genomfört enligt uppföljningen {period}.",
    );
  });

  it("has an English text for every Swedish key and the same params", () => {
    for (const key of Object.keys(sv)) {
      // The set of params: a text may use one twice (the Swedish confirmation mail repeats {target} in English).
      const params = (s: string) => [...new Set([...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]))].sort();
      expect(params(en[key] ?? ""), key).toEqual(params(sv[key] ?? ""));
      expect((en[key] ?? "").trim(), key).not.toBe("");
    }
  });

  it("writes the follow-up statuses in Swedish as the primer names them", () => {
    const t = translator("sv");
    expect(t("followUpStatus.not_started")).toBe("ej påbörjad");
    expect(t("followUpStatus.not_applicable")).toBe("ej aktuell");
  });

  it("knows which keys exist", () => {
    expect(hasMessage("errors.not_found.promise")).toBe(true);
    expect(hasMessage("errors.not_found.nothing")).toBe(false);
  });
});
