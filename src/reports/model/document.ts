/**
 * The neutral document model: what a report says, without how it looks. Assemblers build it from
 * data; the HTML, DOCX and PDF renderers only lay it out (no renderer derives content).
 */

/** A run of text, optionally a link. */
export type Inline = string | { text: string; href: string };

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

export type Block =
  | { type: "heading"; level: 2 | 3 | 4; text: string; anchor?: string }
  | { type: "paragraph"; content: Inline[] }
  /** A list the reader's tool numbers (ordered) or bullets. */
  | { type: "list"; ordered: boolean; items: ListItem[] }
  /** A list whose numbers carry meaning and are part of the text (e.g. council goal 3 and 7). */
  | { type: "labelled-list"; items: { label: string; content: Inline[] }[] }
  | { type: "table"; caption: string; header: string[]; rows: string[][] }
  | { type: "figure"; chart: StackedBarChart; alt: string; caption: string }
  /** A closing block of names under the issuing unit (the memo's signatures). */
  | { type: "signatures"; unit: string; names: string[] };

export interface DocumentMeta {
  kind: "aterrapportering" | "period";
  title: string;
  /** BCP 47 language of the content, e.g. "sv". */
  language: string;
  municipality: string;
  registrationNumber: string | null;
  /** ISO date the document is dated, if any. */
  datedOn: string | null;
  edition: number;
  /** Subtitle lines shown under the title (e.g. "Tjänsteskrivelse"). */
  subtitle: string | null;
}

export interface DocumentModel {
  meta: DocumentMeta;
  blocks: Block[];
}

/** The plain text of inline content. */
export const inlineText = (content: Inline[]) =>
  content.map((c) => (typeof c === "string" ? c : c.text)).join("");

/** Every text a reader sees, block by block (for validation and tests). */
export function* textsOf(blocks: Block[]): Generator<{ text: string; block: Block }> {
  for (const block of blocks) {
    switch (block.type) {
      case "heading":
        yield { text: block.text, block };
        break;
      case "paragraph":
        yield { text: inlineText(block.content), block };
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
        for (const row of block.rows) yield { text: row.join(" "), block };
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
