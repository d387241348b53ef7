/**
 * Renders a document model to DOCX with the `docx` package: real Word headings (Rubrik 1–3 via the
 * built-in heading styles), numbered and bulleted lists, tables with a repeated header row, a page
 * header with the municipality and the registration number, page numbers in the footer, and the
 * document's language and title in its properties. Deterministic: the same model gives the same
 * bytes (fixed package dates), so the CLI and the workspace produce identical files.
 */
import {
  AlignmentType,
  BorderStyle,
  Document,
  ExternalHyperlink,
  Footer,
  Header,
  HeadingLevel,
  LevelFormat,
  Packer,
  PageNumber,
  Paragraph,
  type ParagraphChild,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from "docx";
import type { Block, DocumentModel, Inline } from "../model/document.js";
import { escapeHtml as escapeXml } from "./html.js";
import { readZip, writeZip } from "./zip.js";

const HEADINGS = {
  2: HeadingLevel.HEADING_1,
  3: HeadingLevel.HEADING_2,
  4: HeadingLevel.HEADING_3,
} as const;

const runs = (content: Inline[]): ParagraphChild[] =>
  content.map((c) =>
    typeof c === "string"
      ? new TextRun(c)
      : new ExternalHyperlink({
          link: c.href,
          children: [new TextRun({ text: c.text, style: "Hyperlink" })],
        }),
  );

const BORDER = { style: BorderStyle.SINGLE, size: 4, color: "555555" };
const BORDERS = { top: BORDER, bottom: BORDER, left: BORDER, right: BORDER };

function table(b: Extract<Block, { type: "table" }>): (Paragraph | Table)[] {
  const cell = (text: string, bold: boolean) =>
    new TableCell({
      borders: BORDERS,
      children: [new Paragraph({ children: [new TextRun({ text, bold })] })],
    });
  return [
    new Paragraph({ children: [new TextRun({ text: b.caption, bold: true })], keepNext: true }),
    new Table({
      width: { size: 100, type: WidthType.PERCENTAGE },
      rows: [
        new TableRow({ tableHeader: true, children: b.header.map((h) => cell(h, true)) }),
        ...b.rows.map((r) => new TableRow({ children: r.map((c, i) => cell(c, i === 0)) })),
      ],
    }),
    new Paragraph(""),
  ];
}

function blocks(list: Block[], state: { ordered: number }, indent = 0): (Paragraph | Table)[] {
  const out: (Paragraph | Table)[] = [];
  for (const b of list) {
    switch (b.type) {
      case "heading":
        out.push(new Paragraph({ text: b.text, heading: HEADINGS[b.level], keepNext: true }));
        break;
      case "paragraph":
        out.push(new Paragraph({ children: runs(b.content), indent: indent ? { left: indent } : undefined }));
        break;
      case "list": {
        state.ordered += 1;
        const instance = state.ordered;
        for (const item of b.items) {
          out.push(
            new Paragraph({
              children: runs(item.content),
              ...(b.ordered
                ? { numbering: { reference: "ordered", level: 0, instance } }
                : { bullet: { level: 0 } }),
              keepNext: Boolean(item.blocks?.length),
            }),
          );
          if (item.blocks?.length) out.push(...blocks(item.blocks, state, 720));
        }
        break;
      }
      case "labelled-list":
        for (const item of b.items) {
          out.push(
            new Paragraph({
              children: [new TextRun(`${item.label}\t`), ...runs(item.content)],
              indent: { left: 720, hanging: 360 },
            }),
          );
        }
        break;
      case "table":
        out.push(...table(b));
        break;
      case "figure":
        // Word gets the figure's text alternative; the data table follows it in the model.
        out.push(new Paragraph({ children: [new TextRun({ text: b.caption, bold: true })] }));
        out.push(new Paragraph(b.alt));
        break;
      case "signatures":
        out.push(new Paragraph({ text: b.unit, spacing: { before: 480 } }));
        out.push(new Paragraph(""));
        for (const n of b.names) out.push(new Paragraph(n));
        break;
    }
  }
  return out;
}

/** docProps/core.xml with fixed dates (the document's date), so output is byte-stable. */
function coreXml(model: DocumentModel): string {
  const when = `${model.meta.datedOn ?? "2000-01-01"}T00:00:00Z`;
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:title>${escapeXml(model.meta.title)}</dc:title><dc:creator>${escapeXml(model.meta.municipality)}</dc:creator><dc:language>${escapeXml(model.meta.language)}</dc:language><cp:keywords>${escapeXml(model.meta.registrationNumber ?? "")}</cp:keywords><cp:lastModifiedBy>Medborgarlöfte</cp:lastModifiedBy><cp:revision>${model.meta.edition}</cp:revision><dcterms:created xsi:type="dcterms:W3CDTF">${when}</dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF">${when}</dcterms:modified></cp:coreProperties>`;
}

/**
 * Makes a packed DOCX byte-stable: `docx` names hyperlink relationships with random ids and dates
 * the zip entries now; we renumber the ids in order of appearance and re-zip with fixed dates.
 */
export function stabilizeDocx(docx: Buffer): Buffer {
  const entries = readZip(docx);
  const rels = entries.find((e) => e.name === "word/_rels/document.xml.rels")?.data.toString("utf8") ?? "";
  const ids = [...new Set(rels.match(/Id="(rId[a-z0-9_-]{12,})"/g) ?? [])].map((m) => m.slice(4, -1));
  const rename = new Map(ids.map((id, i) => [id, `rIdLink${i + 1}`]));
  return writeZip(
    entries.map((e) => {
      if (!e.name.endsWith(".xml") && !e.name.endsWith(".rels")) return e;
      const text = e.data.toString("utf8");
      const fixed = rename.size ? text.replace(/rId[a-z0-9_-]{12,}/g, (id) => rename.get(id) ?? id) : text;
      return { name: e.name, data: Buffer.from(fixed, "utf8") };
    }),
  );
}

export async function renderDocx(model: DocumentModel): Promise<Buffer> {
  const { meta } = model;
  const lang = meta.language === "sv" ? "sv-SE" : meta.language;
  const headerText = [meta.municipality, meta.registrationNumber ? `Dnr ${meta.registrationNumber}` : null]
    .filter(Boolean)
    .join("\t\t");
  const title = [
    new Paragraph({ text: meta.title, heading: HeadingLevel.TITLE }),
    new Paragraph({
      children: [
        new TextRun(
          [meta.municipality, meta.registrationNumber ? `Dnr ${meta.registrationNumber}` : null, meta.datedOn]
            .filter(Boolean)
            .join(" · "),
        ),
        ...(meta.subtitle ? [new TextRun({ text: meta.subtitle, break: 1 })] : []),
      ],
    }),
  ];
  const doc = new Document({
    title: meta.title,
    creator: meta.municipality,
    description: meta.subtitle ?? undefined,
    styles: {
      default: {
        document: { run: { font: "Times New Roman", size: 24, language: { value: lang } } },
        heading1: {
          run: { font: "Arial", size: 30, bold: true },
          paragraph: { spacing: { before: 360, after: 120 } },
        },
        heading2: {
          run: { font: "Arial", size: 26, bold: true },
          paragraph: { spacing: { before: 240, after: 80 } },
        },
        heading3: { run: { font: "Arial", size: 24, bold: true } },
        title: { run: { font: "Arial", size: 36, bold: true } },
      },
    },
    numbering: {
      config: [
        {
          reference: "ordered",
          levels: [
            {
              level: 0,
              format: LevelFormat.DECIMAL,
              text: "%1.",
              alignment: AlignmentType.START,
              style: { paragraph: { indent: { left: 720, hanging: 360 } } },
            },
          ],
        },
      ],
    },
    sections: [
      {
        headers: {
          default: new Header({ children: [new Paragraph({ children: [new TextRun(headerText)] })] }),
        },
        footers: {
          default: new Footer({
            children: [
              new Paragraph({
                alignment: AlignmentType.CENTER,
                children: [
                  new TextRun({ children: ["Sida ", PageNumber.CURRENT, " av ", PageNumber.TOTAL_PAGES] }),
                ],
              }),
            ],
          }),
        },
        children: [...title, ...blocks(model.blocks, { ordered: 0 })],
      },
    ],
  });
  const buffer = await Packer.toBuffer(doc, false, [{ path: "docProps/core.xml", data: coreXml(model) }]);
  return stabilizeDocx(buffer);
}
