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
  ImageRun,
  LevelFormat,
  LineRuleType,
  Packer,
  PageNumber,
  Paragraph,
  type ParagraphChild,
  Tab,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TabStopType,
  TextRun,
  WidthType,
} from "docx";
import {
  type Block,
  cellText,
  DEMO_MARK_SIGN,
  type DocumentModel,
  type Inline,
  type Letterhead,
  oneLineMeta,
} from "../model/document.js";
import { escapeHtml as escapeXml } from "./html.js";
import { readZip, writeZip } from "./zip.js";

const HEADINGS = {
  2: HeadingLevel.HEADING_1,
  3: HeadingLevel.HEADING_2,
  4: HeadingLevel.HEADING_3,
} as const;

/** A4 text width between the default margins (twentieths of a point). */
const TEXT_WIDTH = 11906 - 2 * 1418;

const runs = (content: Inline[], options: { bold?: boolean; size?: number } = {}): ParagraphChild[] =>
  content.flatMap((c): ParagraphChild[] =>
    typeof c === "string"
      ? [new TextRun({ text: c, ...options })]
      : "href" in c
        ? [
            new ExternalHyperlink({
              link: c.href,
              children: [new TextRun({ text: c.text, style: "Hyperlink", ...options })],
            }),
          ]
        : [
            new TextRun({ text: c.text, ...options }),
            new TextRun({ text: DEMO_MARK_SIGN, superScript: true }),
          ],
  );

const BORDER = { style: BorderStyle.SINGLE, size: 4, color: "555555" };
const BORDERS = { top: BORDER, bottom: BORDER, left: BORDER, right: BORDER };
const NONE = { style: BorderStyle.NONE, size: 0, color: "FFFFFF" };
const NO_BORDERS = {
  top: NONE,
  bottom: NONE,
  left: NONE,
  right: NONE,
  insideHorizontal: NONE,
  insideVertical: NONE,
};

/** Twips per character of 11 pt text: generous for the longest word (bold, so it never breaks), average for the rest. */
const WORD_CHAR = 140;
const CHAR = 118;
const CELL_PADDING = 2 * 108;

/**
 * Column widths from the contents: each column at least as wide as its longest word (so no word
 * breaks, "trygghetsvandringar" stays whole), the rest shared by how much text each column holds.
 */
export function columnWidths(header: string[], rows: string[][], width: number): number[] {
  const cols = header.length;
  const texts = (i: number) => [header[i] ?? "", ...rows.map((r) => r[i] ?? "")];
  const longestWord = (i: number) =>
    Math.max(1, ...texts(i).flatMap((t) => t.split(/\s+/).map((w) => w.length)));
  const longestText = (i: number) => Math.max(1, ...texts(i).map((t) => t.length));
  const min = Array.from({ length: cols }, (_, i) => longestWord(i) * WORD_CHAR + CELL_PADDING);
  const want = Array.from({ length: cols }, (_, i) =>
    Math.max(min[i] ?? 0, longestText(i) * CHAR + CELL_PADDING),
  );
  const minSum = min.reduce((a, b) => a + b, 0);
  if (minSum >= width) return min.map((m) => Math.floor((m / minSum) * width));
  if (want.reduce((a, b) => a + b, 0) <= width) {
    // Everything fits on one line: the first column takes what is left.
    const rest = want.slice(1).reduce((a, b) => a + b, 0);
    return [width - rest, ...want.slice(1)];
  }
  const extra = want.map((w, i) => Math.max(0, w - (min[i] ?? 0)));
  const extraSum = extra.reduce((a, b) => a + b, 0) || 1;
  const spare = width - minSum;
  const widths = min.map((m, i) => m + Math.floor(((extra[i] ?? 0) / extraSum) * spare));
  widths[0] = (widths[0] ?? 0) + width - widths.reduce((a, b) => a + b, 0);
  return widths;
}

function table(b: Extract<Block, { type: "table" }>, indent: number): (Paragraph | Table)[] {
  const width = TEXT_WIDTH - indent;
  const widths = columnWidths(
    b.header,
    b.rows.map((r) => r.map(cellText)),
    width,
  );
  const cell = (content: Inline[], bold: boolean, i: number) =>
    new TableCell({
      borders: BORDERS,
      width: { size: widths[i] ?? 0, type: WidthType.DXA },
      margins: { top: 40, bottom: 40, left: 108, right: 108 },
      children: [new Paragraph({ children: runs(content, { bold, size: 22 }), spacing: { after: 0 } })],
    });
  const inlineOf = (c: string | Inline[]) => (typeof c === "string" ? [c] : c);
  return [
    new Paragraph({
      children: [new TextRun({ text: b.caption, bold: true })],
      keepNext: true,
      indent: indent ? { left: indent } : undefined,
      spacing: { before: 160, after: 60 },
    }),
    new Table({
      width: { size: width, type: WidthType.DXA },
      columnWidths: widths,
      layout: TableLayoutType.FIXED,
      indent: indent ? { size: indent, type: WidthType.DXA } : undefined,
      rows: [
        new TableRow({
          tableHeader: true,
          cantSplit: true,
          children: b.header.map((h, i) => cell([h], true, i)),
        }),
        ...b.rows.map(
          (r) => new TableRow({ cantSplit: true, children: r.map((c, i) => cell(inlineOf(c), i === 0, i)) }),
        ),
      ],
    }),
    new Paragraph({ text: "", spacing: { after: 60 } }),
  ];
}

/** The heading block as a borderless two-column table: organisation left, the document's facts right. */
function letterhead(l: Letterhead): (Paragraph | Table)[] {
  const half = Math.floor(TEXT_WIDTH / 2);
  const [first, ...office] = l.organisation;
  const left: Paragraph[] = [];
  const logo = l.logo ? logoRun(l.logo) : null;
  if (logo) left.push(new Paragraph({ children: [logo], spacing: { after: 80 } }));
  left.push(
    new Paragraph({
      children: [new TextRun({ text: first ?? "", bold: true, font: "Arial" })],
      spacing: { after: 0 },
    }),
  );
  for (const o of office) left.push(new Paragraph({ text: o, spacing: { after: 0 } }));
  const right: Paragraph[] = [
    new Paragraph({
      children: [new TextRun({ text: l.documentType, bold: true, font: "Arial" })],
      spacing: { after: 80 },
    }),
  ];
  for (const f of l.fields) {
    f.lines.forEach((line, i) => {
      right.push(
        new Paragraph({
          tabStops: [{ type: TabStopType.LEFT, position: 1900 }],
          indent: { left: 1900, hanging: 1900 },
          spacing: { after: 0 },
          children: [
            new TextRun({ text: i === 0 ? f.label : "", size: 20, color: "333333" }),
            new TextRun({ children: [new Tab()], size: 20 }),
            ...runs(line, { size: 20 }),
          ],
        }),
      );
    });
  }
  if (l.addressee) {
    right.push(
      new Paragraph({
        children: [new TextRun({ text: l.addressee, bold: true })],
        spacing: { before: 240, after: 0 },
      }),
    );
  }
  const cell = (children: Paragraph[]) =>
    new TableCell({ borders: NO_BORDERS, width: { size: half, type: WidthType.DXA }, children });
  return [
    new Table({
      width: { size: TEXT_WIDTH, type: WidthType.DXA },
      columnWidths: [half, TEXT_WIDTH - half],
      layout: TableLayoutType.FIXED,
      borders: NO_BORDERS,
      rows: [new TableRow({ children: [cell(left), cell(right)] })],
    }),
    new Paragraph({ text: "", spacing: { after: 240 } }),
  ];
}

/** A PNG logo at about 1.3 cm high (an SVG logo shows in HTML and PDF only). */
function logoRun(logo: NonNullable<Letterhead["logo"]>): ImageRun | null {
  if (logo.mediaType !== "image/png") return null;
  const data = Buffer.from(logo.base64, "base64");
  if (data.length < 24 || data.readUInt32BE(12) !== 0x49484452) return null;
  const w = data.readUInt32BE(16);
  const h = data.readUInt32BE(20);
  if (!w || !h) return null;
  const height = 48;
  return new ImageRun({
    type: "png",
    data,
    transformation: { width: Math.round((w / h) * height), height },
    altText: { name: "logo", title: logo.alt, description: logo.alt },
  });
}

function blocks(list: Block[], state: { ordered: number }, indent = 0): (Paragraph | Table)[] {
  const out: (Paragraph | Table)[] = [];
  for (const b of list) {
    switch (b.type) {
      case "heading":
        out.push(new Paragraph({ text: b.text, heading: HEADINGS[b.level], keepNext: true }));
        break;
      case "paragraph":
        out.push(
          new Paragraph({
            children: runs(b.content, { bold: b.emphasis === "strong" }),
            indent: indent ? { left: indent } : undefined,
          }),
        );
        break;
      case "note":
        out.push(
          new Paragraph({
            children: runs(b.content, { size: 20 }),
            indent: indent ? { left: indent } : undefined,
          }),
        );
        break;
      case "box":
        out.push(
          new Table({
            width: { size: TEXT_WIDTH - indent, type: WidthType.DXA },
            columnWidths: [TEXT_WIDTH - indent],
            layout: TableLayoutType.FIXED,
            rows: [
              new TableRow({
                cantSplit: true,
                children: [
                  new TableCell({
                    borders: BORDERS,
                    margins: { top: 80, bottom: 40, left: 160, right: 160 },
                    children: [
                      new Paragraph({
                        children: [new TextRun({ text: b.label, bold: true, font: "Arial" })],
                        keepNext: true,
                      }),
                      ...(blocks(b.blocks, state) as Paragraph[]),
                    ],
                  }),
                ],
              }),
            ],
          }),
          new Paragraph({ text: "", spacing: { after: 120 } }),
        );
        break;
      case "list": {
        state.ordered += 1;
        const instance = state.ordered;
        for (const item of b.items) {
          // A point's statement (an item with its result under it) is set apart: bold, space above.
          const statement = Boolean(item.blocks?.length);
          out.push(
            new Paragraph({
              children: runs(item.content, { bold: statement }),
              ...(b.ordered
                ? { numbering: { reference: "ordered", level: 0, instance } }
                : { bullet: { level: 0 } }),
              keepNext: statement,
              keepLines: statement,
              spacing: statement ? { before: 240, after: 80 } : { after: 60 },
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
        out.push(...table(b, indent));
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

/**
 * docProps/core.xml with fixed dates (the document's date), so output is byte-stable; the Dnr in
 * the keywords and identifier, the decision in the subject and status.
 */
function coreXml(model: DocumentModel): string {
  const { meta } = model;
  const when = `${meta.datedOn ?? "2000-01-01"}T00:00:00Z`;
  const keywords = meta.keywords?.length
    ? meta.keywords.join("; ")
    : meta.registrationNumber
      ? `Dnr ${meta.registrationNumber}`
      : "";
  const optional = [
    meta.description ? `<dc:subject>${escapeXml(meta.description)}</dc:subject>` : "",
    meta.registrationNumber
      ? `<dc:identifier>${escapeXml(`Dnr ${meta.registrationNumber}`)}</dc:identifier>`
      : "",
    meta.decision
      ? `<cp:contentStatus>${escapeXml(`Beslutad ${meta.decision.decidedOn}`)}</cp:contentStatus>`
      : "",
  ].join("");
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:title>${escapeXml(meta.title)}</dc:title>${optional}<dc:creator>${escapeXml(meta.municipality)}</dc:creator><dc:language>${escapeXml(meta.language)}</dc:language><cp:keywords>${escapeXml(keywords)}</cp:keywords><cp:lastModifiedBy>Medborgarlöfte</cp:lastModifiedBy><cp:revision>${meta.edition}</cp:revision><dcterms:created xsi:type="dcterms:W3CDTF">${when}</dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF">${when}</dcterms:modified></cp:coreProperties>`;
}

/**
 * Makes a packed DOCX byte-stable: `docx` names hyperlink relationships with random ids, counts
 * drawing ids across documents and dates the zip entries now; we renumber the ids in order of
 * appearance and re-zip with fixed dates.
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
      let fixed = rename.size ? text.replace(/rId[a-z0-9_-]{12,}/g, (id) => rename.get(id) ?? id) : text;
      // Drawing ids come from a counter that runs across documents: number them per part.
      let drawing = 0;
      fixed = fixed.replace(/<wp:docPr id="\d+"/g, () => `<wp:docPr id="${++drawing}"`);
      return { name: e.name, data: Buffer.from(fixed, "utf8") };
    }),
  );
}

export async function renderDocx(model: DocumentModel): Promise<Buffer> {
  const { meta } = model;
  const lang = meta.language === "sv" ? "sv-SE" : meta.language;
  const [headLeft = meta.municipality, ...headRight] = meta.runningHeader ?? [
    meta.municipality,
    ...(meta.registrationNumber ? [`Dnr ${meta.registrationNumber}`] : []),
  ];
  const titleRuns = meta.titleParts?.length
    ? meta.titleParts.flatMap((t, i) => [
        ...(i ? [new TextRun({ children: [new Tab()] })] : []),
        new TextRun(t),
      ])
    : [new TextRun(meta.title)];
  const title: (Paragraph | Table)[] = [
    ...(meta.letterhead ? letterhead(meta.letterhead) : []),
    new Paragraph({
      children: titleRuns,
      heading: HeadingLevel.TITLE,
      tabStops: meta.titleParts?.length
        ? [
            { type: TabStopType.LEFT, position: 1100 },
            { type: TabStopType.LEFT, position: 3600 },
          ]
        : undefined,
    }),
    ...(meta.letterhead
      ? meta.subtitle
        ? [new Paragraph(meta.subtitle)]
        : []
      : [
          new Paragraph({
            children: [
              new TextRun(
                [
                  meta.municipality,
                  meta.registrationNumber ? `Dnr ${meta.registrationNumber}` : null,
                  meta.datedOn,
                ]
                  .filter(Boolean)
                  .join(" · "),
              ),
              ...(meta.subtitle ? [new TextRun({ text: meta.subtitle, break: 1 })] : []),
            ],
          }),
        ]),
  ];
  const small = { size: 17, font: "Arial", color: "333333" };
  const signatures = meta.footerSignatures ?? [];
  const signatureBoxes = signatures.length
    ? [
        new Table({
          width: { size: TEXT_WIDTH, type: WidthType.DXA },
          columnWidths: signatures.map(() => Math.floor(TEXT_WIDTH / signatures.length)),
          layout: TableLayoutType.FIXED,
          rows: [
            new TableRow({
              height: { value: 620, rule: "atLeast" },
              children: signatures.map(
                (s) =>
                  new TableCell({
                    borders: BORDERS,
                    width: { size: Math.floor(TEXT_WIDTH / signatures.length), type: WidthType.DXA },
                    children: [
                      new Paragraph({
                        children: [new TextRun({ text: s, ...small })],
                        spacing: { after: 0 },
                      }),
                    ],
                  }),
              ),
            }),
          ],
        }),
      ]
    : [];
  const doc = new Document({
    title: meta.title,
    creator: meta.municipality,
    description: meta.description ?? meta.subtitle ?? undefined,
    styles: {
      default: {
        document: {
          run: { font: "Times New Roman", size: 24, language: { value: lang } },
          paragraph: { spacing: { after: 120, line: 264, lineRule: LineRuleType.AUTO } },
        },
        heading1: {
          run: { font: "Arial", size: 28, bold: true },
          paragraph: { spacing: { before: 360, after: 120 }, keepNext: true, keepLines: true },
        },
        heading2: {
          run: { font: "Arial", size: 24, bold: true },
          paragraph: { spacing: { before: 240, after: 80 }, keepNext: true, keepLines: true },
        },
        heading3: { run: { font: "Arial", size: 24, bold: true }, paragraph: { keepNext: true } },
        title: {
          run: { font: "Arial", size: 34, bold: true },
          paragraph: { spacing: { before: 120, after: 240 } },
        },
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
        properties: {
          page: {
            size: { width: 11906, height: 16838 },
            margin: { top: 1418, bottom: 1418, left: 1418, right: 1418, header: 567, footer: 567 },
          },
        },
        headers: {
          default: new Header({
            children: [
              new Paragraph({
                tabStops: [{ type: TabStopType.RIGHT, position: TEXT_WIDTH }],
                children: [
                  new TextRun({ text: headLeft, ...small }),
                  new TextRun({ children: [new Tab(), headRight.join("  ")], ...small }),
                ],
              }),
            ],
          }),
        },
        footers: {
          default: new Footer({
            children: [
              ...signatureBoxes,
              new Paragraph({
                alignment: AlignmentType.CENTER,
                spacing: { before: 80, after: 0 },
                children: [
                  new TextRun({
                    children: ["Sida ", PageNumber.CURRENT, " av ", PageNumber.TOTAL_PAGES],
                    ...small,
                  }),
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
