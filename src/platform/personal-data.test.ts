import { describe, expect, it } from "vitest";
import { findPersonalData, luhnValid, PERSONAL_DATA_KINDS, personalDataKinds } from "./personal-data.js";

describe("personal data in free text", () => {
  it("finds personal identity numbers with and without century and separator, only when Luhn holds", () => {
    expect(luhnValid("8112189876")).toBe(true);
    expect(luhnValid("8112189875")).toBe(false);
    expect(luhnValid("1212121212")).toBe(true);
    for (const text of ["811218-9876", "8112189876", "19811218-9876", "198112189876", "811218+9876"])
      expect(personalDataKinds(`Se ${text} här`)).toEqual(["personal_identity_number"]);
    expect(personalDataKinds("Ärende 811218-9875")).toEqual([]);
    // A samordningsnummer (day + 60) is personal data too.
    expect(personalDataKinds("701063-2391")).toEqual(["personal_identity_number"]);
  });

  it("finds the Skatteverket test number in every spelling a finding or a dialogue may use", () => {
    expect(personalDataKinds("Anmält av 19121212-1212")).toEqual(["personal_identity_number"]);
    expect(personalDataKinds("121212-1212 bor här")).toEqual(["personal_identity_number"]);
    expect(personalDataKinds("pnr 121212 1212")).toEqual(["personal_identity_number"]);
    // Ten digits with a failing check digit, or an impossible date, are not an identity number.
    expect(personalDataKinds("Anmält av 19850312-1234")).toEqual([]);
    expect(personalDataKinds("Ordernummer 851312-1234")).toEqual([]);
  });

  it("finds phone numbers and e-mail addresses, and not dates, times or counts", () => {
    expect(personalDataKinds("ring 070-123 45 67")).toEqual(["phone_number"]);
    expect(personalDataKinds("ring +46 70 123 45 67")).toEqual(["phone_number"]);
    expect(personalDataKinds("ring +46 70-123 45 67")).toEqual(["phone_number"]);
    expect(personalDataKinds("ring 0701234567")).toEqual(["phone_number"]);
    expect(personalDataKinds("ring +46701234567")).toEqual(["phone_number"]);
    expect(personalDataKinds("ring 013-20 60 00")).toEqual(["phone_number"]);
    expect(personalDataKinds("skriv till a.b@kommun.se")).toEqual(["email"]);
    expect(personalDataKinds("mejla anna@example.se")).toEqual(["email"]);
    expect(personalDataKinds("2026-11-23 kl. 21:30, 12 personer, port 4B")).toEqual([]);
    expect(findPersonalData("pnr 811218-9876 och 070-1234567").map((f) => f.kind)).toEqual([
      "personal_identity_number",
      "phone_number",
    ]);
  });

  it("does not take year spans, years or counts for personal data", () => {
    expect(personalDataKinds("Trasig lampa vid gångtunneln, 3 lampor sedan 2016")).toEqual([]);
    expect(personalDataKinds("Trygghetsvandringarna 2016-2017")).toEqual([]);
    expect(personalDataKinds("Medborgarlöftet 2016–2017, 40 deltagare, 12 av dem unga")).toEqual([]);
  });

  it("names each kind once, in a fixed order, over several texts", () => {
    expect(
      personalDataKinds("mejla anna@example.se", null, "ring 070-123 45 67, 19121212-1212", undefined),
    ).toEqual([...PERSONAL_DATA_KINDS]);
    expect(personalDataKinds("ring 070-123 45 67 eller 070-765 43 21")).toEqual(["phone_number"]);
    expect(findPersonalData("070-123 45 67 eller 070-765 43 21")).toHaveLength(2);
    expect(personalDataKinds(null, undefined, "")).toEqual([]);
  });
});
