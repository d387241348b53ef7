import { describe, expect, it } from "vitest";
import { z } from "zod";
import { formError, formValuesOf, validateForm } from "./form.js";

const Schema = z.object({
  title: z.string().min(1),
  weight: z.number().positive().optional(),
  fromYear: z.number().int(),
  public: z.boolean(),
  areaIds: z.array(z.string()),
  links: z.array(z.object({ url: z.string(), label: z.string().optional() })),
  note: z.string().optional(),
});

describe("validateForm", () => {
  it("turns form text into the API schema's shape", () => {
    const result = validateForm(Schema, {
      _csrf: "x",
      title: "Trygghetsvandring",
      weight: "1,5",
      fromYear: "2017",
      public: "on",
      areaIds: ["a1", "a2"],
      "links.1.url": "https://b.se",
      "links.0.url": "https://a.se",
      "links.0.label": "A",
      "links.1.label": "",
      note: "",
    });
    expect(result).toEqual({
      success: true,
      data: {
        title: "Trygghetsvandring",
        weight: 1.5,
        fromYear: 2017,
        public: true,
        areaIds: ["a1", "a2"],
        links: [{ url: "https://a.se", label: "A" }, { url: "https://b.se" }],
      },
    });
  });

  it("reads an unchecked box as false, one checkbox as a list, and a missing list as empty", () => {
    const result = validateForm(Schema, { title: "t", fromYear: "2018", areaIds: "a1" });
    expect(result.success && result.data).toMatchObject({ public: false, areaIds: ["a1"], links: [] });
  });

  it("names every field that fails, and answers as the API does", () => {
    const result = validateForm(Schema, { title: "", fromYear: "tjugo", weight: "-1" });
    expect(result.success).toBe(false);
    if (result.success) return;
    expect(result.issues.map((i) => i.field).sort()).toEqual(["fromYear", "title", "weight"]);
    const error = formError(result.issues);
    expect(error.code).toBe("invalid_body");
    expect(error.details).toHaveLength(3);
  });

  it("reads an empty nullable field as null (a new record's version, a link without a label)", () => {
    const Nullable = z.object({
      version: z.number().int().nullable(),
      links: z.array(z.object({ url: z.string(), label: z.string().nullable() })),
    });
    expect(
      validateForm(Nullable, { version: "", "links.0.url": "https://a.se", "links.0.label": " " }),
    ).toEqual({
      success: true,
      data: { version: null, links: [{ url: "https://a.se", label: null }] },
    });
    expect(validateForm(Nullable, { version: "4", "links.0.url": "u", "links.0.label": "A" })).toMatchObject({
      data: { version: 4, links: [{ label: "A" }] },
    });
  });

  it("keeps what was typed, without the CSRF field", () => {
    expect(formValuesOf({ _csrf: "x", title: "  a ", areaIds: ["1", "2"] })).toEqual({
      title: "  a ",
      areaIds: ["1", "2"],
    });
  });
});

describe("line breaks", () => {
  it("stores a textarea's CRLF (and a lone CR) as LF", () => {
    const result = validateForm(z.object({ text: z.string(), tags: z.array(z.string()) }), {
      text: "Rad ett\r\nRad två\rRad tre\n\tindrag",
      tags: ["a\r\nb"],
    });
    expect(result).toEqual({
      success: true,
      data: { text: "Rad ett\nRad två\nRad tre\n\tindrag", tags: ["a\nb"] },
    });
  });
});
