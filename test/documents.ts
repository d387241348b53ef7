import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { htmlToText } from "./seed.js";

function withTempFile<T>(name: string, bytes: Buffer, work: (path: string) => T): T {
  const dir = mkdtempSync(join(tmpdir(), "mbl-doc-"));
  try {
    const path = join(dir, name);
    writeFileSync(path, bytes);
    return work(path);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The text of a DOCX body, read back from word/document.xml (paragraphs and cells as spaces). */
export function docxText(docx: Buffer, part = "word/document.xml"): string {
  const xml = withTempFile("doc.docx", docx, (path) =>
    execFileSync("unzip", ["-p", path, part]).toString("utf8"),
  );
  // Runs join without space (a link is its own run); paragraphs, cells, tabs and breaks are spaces.
  return htmlToText(xml.replace(/<\/w:p>|<\/w:tc>|<w:tab\/>|<w:br\/>/g, " ").replace(/<[^>]+>/g, ""));
}

/** The text of a PDF by pdftotext (poppler-utils). */
export function pdfText(pdf: Buffer): string {
  return withTempFile("doc.pdf", pdf, (path) =>
    execFileSync("pdftotext", ["-enc", "UTF-8", path, "-"]).toString("utf8"),
  );
}

/** pdfinfo's fields (Title, Tagged, Pages, …). */
export function pdfInfo(pdf: Buffer): Record<string, string> {
  const out = withTempFile("doc.pdf", pdf, (path) => execFileSync("pdfinfo", [path]).toString("utf8"));
  return Object.fromEntries(
    out
      .split("\n")
      .map((line) => /^([^:]+):\s*(.*)$/.exec(line))
      .filter((m): m is RegExpExecArray => m !== null)
      .map((m) => [m[1] ?? "", m[2] ?? ""]),
  );
}

/** The text of an HTML document; inline links join their neighbours without a space. */
export const htmlText = (html: string) => htmlToText(html.replace(/<\/?a\b[^>]*>/g, ""));

/** A DOCX converted to PDF by LibreOffice (as CI does), or the conversion's error. */
export function libreOfficePdf(docx: Buffer): Buffer {
  const dir = mkdtempSync(join(tmpdir(), "mbl-lo-"));
  try {
    writeFileSync(join(dir, "doc.docx"), docx);
    execFileSync(
      "libreoffice",
      [
        `-env:UserInstallation=file://${dir}/profile`,
        "--headless",
        "--convert-to",
        "pdf",
        "--outdir",
        dir,
        join(dir, "doc.docx"),
      ],
      { stdio: "pipe", timeout: 120_000 },
    );
    return readFileSync(join(dir, "doc.pdf"));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
