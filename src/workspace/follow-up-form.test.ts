import { describe, expect, it } from "vitest";
import { fieldErrors, readFollowUpForm } from "./follow-up-form.js";

const T = "3f1c2a9e-5b7d-4e2f-9a61-0c8d4b2e7f15";
const U = "8b2d1e40-6c3a-4f5e-9d72-1a0b3c4d5e6f";
const labels = {
  targets: { [T]: "Kvällspass", [U]: "Vandringar" },
  status: "Status",
  narrative: "Beskrivning",
  linkUrl: (n: number) => `Länk ${n}`,
  linkLabel: (n: number) => `Beskrivning ${n}`,
};

describe("the follow-up form", () => {
  it("becomes the API's input, reading Swedish numbers and skipping blank rows", () => {
    const form = readFollowUpForm({
      _csrf: "x",
      version: "3",
      status: "done",
      narrative: "Klart",
      "measurements.0.targetId": T,
      "measurements.0.value": " 1 200,5 ",
      "measurements.1.targetId": U,
      "measurements.1.value": "",
      "links.0.url": "https://example.se/a",
      "links.0.label": "Protokoll",
      "links.1.url": "https://example.se/b",
      "links.1.label": "",
      "links.2.url": "",
      "links.2.label": "",
      intent: "submit",
    });
    expect(form.result).toEqual({
      success: true,
      data: {
        version: 3,
        status: "done",
        narrative: "Klart",
        measurements: [{ targetId: T, value: 1200.5 }],
        links: [
          { url: "https://example.se/a", label: "Protokoll" },
          { url: "https://example.se/b", label: null },
        ],
        intent: "submit",
      },
    });
  });

  it("reads a new follow-up's empty version as null and a missing button as save", () => {
    const form = readFollowUpForm({ version: "", status: "in_progress", narrative: "" });
    expect(form.result.success && form.result.data).toMatchObject({ version: null, intent: "save" });
  });

  it("names each bad field by what the user sees, and keeps what was typed", () => {
    const form = readFollowUpForm({
      version: "",
      status: "snart",
      narrative: "",
      "measurements.0.targetId": T,
      "measurements.0.value": "",
      "measurements.1.targetId": U,
      "measurements.1.value": "tolv",
      "links.0.url": "",
      "links.0.label": "",
      "links.1.url": "www.x",
      "links.1.label": "",
    });
    expect(form.result.success).toBe(false);
    if (form.result.success) return;
    const errors = fieldErrors(form, form.result.issues, labels);
    expect(errors.map((e) => [e.fieldId, e.key, e.label])).toEqual([
      ["status", "workspace.form.errorChoice", "Status"],
      [`measure-${U}`, "workspace.form.errorNumber", "Vandringar"],
      ["linkUrl-1", "workspace.form.errorUrl", "Länk 2"],
    ]);
    expect(form.typed).toEqual({
      version: "",
      status: "snart",
      narrative: "",
      measures: { [T]: "", [U]: "tolv" },
      links: [
        { url: "", label: "" },
        { url: "www.x", label: "" },
      ],
    });
  });
});
