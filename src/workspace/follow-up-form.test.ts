import { describe, expect, it } from "vitest";
import { parseTypedNumber, readTypedValues, toDraftInput } from "./follow-up-form.js";

const T = "3f1c2a9e-5b7d-4e2f-9a61-0c8d4b2e7f15";
const labels = { targets: { [T]: "Kvällspass" }, narrative: "Beskrivning", link: (n: number) => `Länk ${n}` };

describe("follow-up form parsing", () => {
  it("reads Swedish numbers", () => {
    expect(parseTypedNumber("3,5")).toBe(3.5);
    expect(parseTypedNumber(" 1 200 ")).toBe(1200);
    expect(parseTypedNumber("")).toBeNull();
    expect(parseTypedNumber("tolv")).toBeNaN();
  });

  it("turns the posted form into the service input, skipping empty link rows", () => {
    const typed = readTypedValues(
      {
        version: "3",
        status: "done",
        narrative: "Klart",
        [`measure.${T}`]: "12",
        "linkUrl.0": "https://example.se/a",
        "linkLabel.0": "Protokoll",
        "linkUrl.1": "",
        "linkLabel.1": "",
      },
      [T],
    );
    expect(toDraftInput(typed, labels)).toEqual({
      input: {
        version: 3,
        status: "done",
        narrative: "Klart",
        measurements: [{ targetId: T, value: 12 }],
        links: [{ url: "https://example.se/a", label: "Protokoll" }],
      },
      errors: [],
    });
  });

  it("names each bad field and keeps what was typed", () => {
    const typed = readTypedValues(
      { version: "", status: "x", narrative: "", [`measure.${T}`]: "tolv", "linkUrl.0": "www.x" },
      [T],
    );
    const { input, errors } = toDraftInput(typed, labels);
    expect(input).toBeNull();
    expect(errors.map((e) => e.fieldId)).toEqual([`measure-${T}`, "linkUrl-0"]);
    expect(typed.measures[T]).toBe("tolv");
  });
});
