/**
 * Adds entries to a PDF's document information (Subject, Keywords, Author) by an incremental
 * update: the printed bytes stay as they are, a new Info object, a one-entry cross-reference
 * section and a trailer pointing back to the previous one are appended. Chromium writes a classic
 * cross-reference table; anything else is returned unchanged.
 */

/** A PDF text string: UTF-16BE with a byte-order mark, as hex. */
export function pdfTextString(text: string): string {
  let hex = "FEFF";
  for (let i = 0; i < text.length; i++) hex += text.charCodeAt(i).toString(16).padStart(4, "0").toUpperCase();
  return `<${hex}>`;
}

export function withPdfInfo(pdf: Buffer, entries: Record<string, string | null>): Buffer {
  const set = Object.entries(entries).filter((e): e is [string, string] => Boolean(e[1]));
  if (set.length === 0) return pdf;
  const tail = pdf.subarray(Math.max(0, pdf.length - 2048)).toString("latin1");
  const trailer = /trailer\s*<<([\s\S]*?)>>\s*startxref\s*(\d+)\s*%%EOF\s*$/.exec(tail);
  if (!trailer) return pdf;
  const [, dict = "", prev = "0"] = trailer;
  const size = Number(/\/Size\s+(\d+)/.exec(dict)?.[1]);
  const root = /\/Root\s+(\d+\s+\d+\s+R)/.exec(dict)?.[1];
  if (!size || !root) return pdf;
  const infoRef = /\/Info\s+(\d+)\s+(\d+)\s+R/.exec(dict);
  let old = "";
  if (infoRef) {
    const text = pdf.toString("latin1");
    const at = text.lastIndexOf(`\n${infoRef[1]} ${infoRef[2]} obj`);
    const end = at >= 0 ? text.indexOf("endobj", at) : -1;
    const body = at >= 0 && end > at ? text.slice(at, end) : "";
    const inner = /<<([\s\S]*)>>/.exec(body)?.[1] ?? "";
    const names = set.map(([k]) => k).join("|");
    old = inner.replace(new RegExp(`/(${names})\\s*(\\((?:\\\\.|[^\\\\)])*\\)|<[^>]*>)`, "g"), "").trim();
  }
  const info = `<<${old}${set.map(([k, v]) => `\n/${k} ${pdfTextString(v)}`).join("")}>>`;
  const objectAt = pdf.length + 1;
  const object = `\n${size} 0 obj\n${info}\nendobj\n`;
  const xrefAt = pdf.length + Buffer.byteLength(object, "latin1");
  const update = `${object}xref\n${size} 1\n${String(objectAt).padStart(10, "0")} 00000 n \ntrailer\n<</Size ${size + 1}\n/Root ${root}\n/Info ${size} 0 R\n/Prev ${prev}>>\nstartxref\n${xrefAt}\n%%EOF\n`;
  return Buffer.concat([pdf, Buffer.from(update, "latin1")]);
}
