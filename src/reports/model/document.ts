/**
 * The neutral document model: what a report says, without how it looks. Assemblers build it from
 * data; the HTML, DOCX and PDF renderers only lay it out (no renderer derives content).
 */

/**
 * A run of text, optionally a link, or a value marked as invented for the demo (printed with a
 * reference to the document's "exempeldata" note).
 */
export type Inline = string | { text: string; href: string } | { text: string; mark: "demo" };

/** The reference sign of a demo-marked value and its note. */
export const DEMO_MARK_SIGN = "*";

export interface ListItem {
  content: Inline[];
  /** Blocks under the item (e.g. a point's result under the point). */
  blocks?: Block[];
}

/** A bar chart: one bar per category, stacked by series. */
export interface StackedBarChart {
  categories: string[];
  series: { label: string; values: number[] }[];
}

/**
 * A line chart over the years, a line per series (e.g. kvinnor, män, alla); null: no value (a gap,
 * or a value suppressed for fewer than 5 answers). Drawn by `platform/charts` in HTML and PDF.
 */
export interface LineChart {
  kind: "line";
  categories: string[];
  series: { label: string; values: (number | null)[] }[];
  xLabel: string;
  yLabel: string;
  yMin?: number;
  yMax?: number;
  /** What the chart shows, in words (the SVG's desc). */
  description: string;
}

export type Block =
  | {
      type: "heading";
      level: 2 | 3 | 4;
      text: string;
      anchor?: string;
    }
  | { type: "paragraph"; content: Inline[]; emphasis?: "strong" }
  /** A small note (e.g. what "exempeldata" means). */
  | { type: "note"; content: Inline[] }
  /** A framed notice with a label: the decision, a correction. */
  | { type: "box"; label: string; blocks: Block[] }
  /** A list the reader's tool numbers (ordered) or bullets. */
  | { type: "list"; ordered: boolean; items: ListItem[] }
  /** A list whose numbers carry meaning and are part of the text (e.g. council goal 3 and 7). */
  | { type: "labelled-list"; items: { label: string; content: Inline[] }[] }
  | {
      type: "table";
      caption: string;
      header: string[];
      /** Each cell a plain string, or inline content (a demo-marked value). */
      rows: (string | Inline[])[][];
    }
  | { type: "figure"; chart: StackedBarChart | LineChart; alt: string; caption: string }
  /** A closing block of names under the issuing unit (the memo's signatures). */
  | { type: "signatures"; unit: string; names: string[] };

/** The heading block of a memo or an extract, as Swedish municipal templates set it. */
export interface Letterhead {
  /** The municipality, then its office lines (förvaltning / kontor / enhet). */
  organisation: string[];
  logo?: { mediaType: string; base64: string; alt: string } | null;
  /** "TJÄNSTESKRIVELSE", "PROTOKOLLSUTDRAG". */
  documentType: string;
  /** Label and value lines on the right: Datum, Diarienummer, Handläggare, … */
  fields: { label: string; lines: Inline[][] }[];
  /** The addressee (Kommunstyrelsen, Socialnämnden), if any. */
  addressee: string | null;
}

export interface DocumentMeta {
  kind: "aterrapportering" | "period" | "protokollsutdrag" | "lagesbild" | "atgardsplan";
  title: string;
  /** BCP 47 language of the content, e.g. "sv". */
  language: string;
  municipality: string;
  registrationNumber: string | null;
  /** ISO date the document is dated, if any. */
  datedOn: string | null;
  edition: number;
  /** The title's parts set apart on one line (a minutes item: "§ 45", "Dnr KS 2018/124", title). */
  titleParts?: string[];
  /** Subtitle lines shown under the title (e.g. "Tjänsteskrivelse"). */
  subtitle: string | null;
  /** The heading block (a memo or an extract); without it a one-line meta is shown. */
  letterhead?: Letterhead | null;
  /** The running header on every page (left, right), e.g. the municipality and "Dnr KS 2018/124". */
  runningHeader?: string[];
  /** Signature boxes in every page's footer (an extract: "Justerandes signatur", "Utdragsbestyrkande"). */
  footerSignatures?: string[];
  /** A one-sentence description for the file's metadata (e.g. the decision). */
  description?: string | null;
  /** The decision, for the file's metadata. */
  decision?: { body: string; decidedOn: string; paragraph: string | null; sentence: string } | null;
  /** Which of registrationNumber and datedOn the demo invented (marked where the one-line meta prints them). */
  demoFields?: ("registrationNumber" | "datedOn")[];
  /** Free keywords for the file's metadata (the Dnr first). */
  keywords?: string[];
}

export interface DocumentModel {
  meta: DocumentMeta;
  blocks: Block[];
}

/** The plain text of inline content. */
export const inlineText = (content: Inline[]) =>
  content.map((c) => (typeof c === "string" ? c : c.text)).join("");

/** The plain text of a table cell. */
export const cellText = (cell: Inline[] | string) => (typeof cell === "string" ? cell : inlineText(cell));

/** Every text a reader sees, block by block (for validation and tests). */
export function* textsOf(blocks: Block[]): Generator<{ text: string; block: Block }> {
  for (const block of blocks) {
    switch (block.type) {
      case "heading":
        yield { text: block.text, block };
        break;
      case "paragraph":
      case "note":
        yield { text: inlineText(block.content), block };
        break;
      case "box":
        yield { text: block.label, block };
        yield* textsOf(block.blocks);
        break;
      case "list":
        for (const item of block.items) {
          yield { text: inlineText(item.content), block };
          if (item.blocks) yield* textsOf(item.blocks);
        }
        break;
      case "labelled-list":
        for (const item of block.items) yield { text: `${item.label} ${inlineText(item.content)}`, block };
        break;
      case "table":
        yield { text: block.caption, block };
        for (const row of block.rows) yield { text: row.map(cellText).join(" "), block };
        break;
      case "figure":
        yield { text: block.alt, block };
        break;
      case "signatures":
        yield { text: [block.unit, ...block.names].join(" "), block };
        break;
    }
  }
}

/** The one-line meta under the title of a document without a heading block: municipality · Dnr · date · edition. */
export function oneLineMeta(meta: DocumentMeta): Inline[] {
  const demo = meta.demoFields ?? [];
  const parts: Inline[] = [meta.municipality];
  if (meta.registrationNumber) {
    const dnr = `Dnr ${meta.registrationNumber}`;
    parts.push(demo.includes("registrationNumber") ? { text: dnr, mark: "demo" } : dnr);
  }
  if (meta.datedOn)
    parts.push(demo.includes("datedOn") ? { text: meta.datedOn, mark: "demo" } : meta.datedOn);
  if (meta.edition > 1) parts.push(`Utgåva ${meta.edition}`);
  return parts.filter((p) => (typeof p === "string" ? p : p.text)).flatMap((p, i) => (i ? [" · ", p] : [p]));
}
