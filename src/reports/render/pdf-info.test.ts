import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { pdfTextString, withPdfInfo } from "./pdf-info.js";

/** A minimal one-page PDF with a classic cross-reference table and an Info dictionary. */
function minimalPdf(): Buffer {
  const objects = [
    "<</Type /Catalog /Pages 2 0 R>>",
    "<</Type /Pages /Kids [3 0 R] /Count 1>>",
    "<</Type /Page /Parent 2 0 R /MediaBox [0 0 200 200]>>",
    "<</Title (Titel) /Producer (Test)>>",
  ];
  let body = "%PDF-1.4\n";
  const offsets: number[] = [];
  objects.forEach((o, i) => {
    offsets.push(body.length);
    body += `${i + 1} 0 obj\n${o}\nendobj\n`;
  });
  const xref = body.length;
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, "0")} 00000 n \n`).join("")}`;
  body += `trailer\n<</Size ${objects.length + 1}\n/Root 1 0 R\n/Info 4 0 R>>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(body, "latin1");
}

const info = (pdf: Buffer) => {
  const dir = mkdtempSync(join(tmpdir(), "mbl-pdfinfo-"));
  try {
    writeFileSync(join(dir, "a.pdf"), pdf);
    return execFileSync("pdfinfo", [join(dir, "a.pdf")]).toString("utf8");
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
};

describe("withPdfInfo", () => {
  it("adds Subject and Keywords (UTF-16) by an incremental update and keeps the Title", () => {
    const out = withPdfInfo(minimalPdf(), {
      Subject: "Kommunstyrelsen beslutade, § 45, att …",
      Keywords: "Dnr KS 2018/124",
    });
    const text = info(out);
    expect(text).toMatch(/Title:\s+Titel/);
    expect(text).toMatch(/Subject:\s+Kommunstyrelsen beslutade, § 45, att …/);
    expect(text).toMatch(/Keywords:\s+Dnr KS 2018\/124/);
    expect(out.subarray(0, minimalPdf().length).equals(minimalPdf())).toBe(true);
  });

  it("leaves a PDF it cannot read, or nothing to add, unchanged", () => {
    expect(withPdfInfo(Buffer.from("not a pdf"), { Subject: "x" }).toString()).toBe("not a pdf");
    expect(withPdfInfo(minimalPdf(), { Subject: null }).equals(minimalPdf())).toBe(true);
  });

  it("encodes text strings as UTF-16BE with a byte-order mark", () => {
    expect(pdfTextString("§")).toBe("<FEFF00A7>");
  });
});
