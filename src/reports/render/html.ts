/**
 * Renders a document model to accessible HTML: `lang`, a title, one h1, headings without skipped
 * levels, real lists and tables with captions and header cells, the chart as an SVG with a text
 * alternative beside its data table. No JavaScript. Lays out only; derives no content.
 */
import { lineChartSvg } from "../../platform/charts/svg-charts.js";
import {
  type Block,
  DEMO_MARK_SIGN,
  type DocumentModel,
  type Inline,
  type Letterhead,
  oneLineMeta,
  type StackedBarChart,
} from "../model/document.js";

export const escapeHtml = (s: string) =>
  s
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&#39;");

const inline = (content: Inline[]) =>
  content
    .map((c) =>
      typeof c === "string"
        ? escapeHtml(c)
        : "href" in c
          ? `<a href="${escapeHtml(c.href)}">${escapeHtml(c.text)}</a>`
          : `<span class="demo">${escapeHtml(c.text)}<sup aria-hidden="true">${DEMO_MARK_SIGN}</sup><span class="vh"> (exempeldata)</span></span>`,
    )
    .join("");

const cell = (c: string | Inline[]) => (typeof c === "string" ? escapeHtml(c) : inline(c));

/** The heading block: organisation (and logo) left; document type, date, Dnr, officer right. */
function letterhead(l: Letterhead): string {
  const logo = l.logo
    ? `<img class="lh-logo" src="data:${escapeHtml(l.logo.mediaType)};base64,${l.logo.base64}" alt="${escapeHtml(l.logo.alt)}">`
    : "";
  const [first, ...office] = l.organisation;
  const fields = l.fields
    .map((f) => `<dt>${escapeHtml(f.label)}</dt><dd>${f.lines.map((line) => inline(line)).join("<br>")}</dd>`)
    .join("");
  return [
    `<header class="letterhead">`,
    `<div class="lh-org">${logo}<p class="lh-municipality">${escapeHtml(first ?? "")}</p>${office.map((o) => `<p>${escapeHtml(o)}</p>`).join("")}</div>`,
    `<div class="lh-doc"><p class="lh-type">${escapeHtml(l.documentType)}</p>${fields ? `<dl>${fields}</dl>` : ""}</div>`,
    l.addressee ? `<p class="lh-to"><span class="vh">Till: </span>${escapeHtml(l.addressee)}</p>` : "",
    `</header>`,
  ].join("");
}

const PALETTE = ["#1b5e20", "#0d47a1", "#6a1b9a", "#b71c1c", "#e65100", "#424242", "#757575"];

/** A stacked bar chart; the numbers are in the data table beside it. */
export function chartSvg(chart: StackedBarChart, alt: string, id: string): string {
  const barH = 28;
  const gap = 14;
  // Room for the longest party name (about 7.5 px a character at 13 px).
  const labelW = Math.max(140, Math.ceil(Math.max(0, ...chart.categories.map((c) => c.length)) * 7.5) + 12);
  const plotW = 360;
  const max = Math.max(
    1,
    ...chart.categories.map((_, i) => chart.series.reduce((s, x) => s + (x.values[i] ?? 0), 0)),
  );
  const legendY = chart.categories.length * (barH + gap) + 10;
  const height = legendY + chart.series.length * 20 + 10;
  const parts: string[] = [];
  chart.categories.forEach((cat, i) => {
    const y = i * (barH + gap);
    parts.push(`<text x="0" y="${y + barH / 2 + 5}" font-size="13">${escapeHtml(cat)}</text>`);
    let x = labelW;
    chart.series.forEach((s, j) => {
      const w = ((s.values[i] ?? 0) / max) * plotW;
      if (w > 0) {
        parts.push(
          `<rect x="${x.toFixed(1)}" y="${y}" width="${w.toFixed(1)}" height="${barH}" fill="${PALETTE[j % PALETTE.length]}"/>`,
        );
      }
      x += w;
    });
  });
  chart.series.forEach((s, j) => {
    const y = legendY + j * 20;
    parts.push(`<rect x="0" y="${y}" width="12" height="12" fill="${PALETTE[j % PALETTE.length]}"/>`);
    parts.push(`<text x="18" y="${y + 11}" font-size="13">${escapeHtml(s.label)}</text>`);
  });
  return `<svg xmlns="http://www.w3.org/2000/svg" role="img" aria-labelledby="${id}" viewBox="0 0 ${labelW + plotW} ${height}" width="${labelW + plotW}" height="${height}"><title id="${id}">${escapeHtml(alt)}</title>${parts.join("")}</svg>`;
}

function block(b: Block, offset: number, ids: { n: number }): string {
  switch (b.type) {
    case "heading": {
      const level = Math.min(6, b.level + offset);
      const id = b.anchor ? ` id="${escapeHtml(b.anchor)}"` : "";
      return `<h${level}${id}>${escapeHtml(b.text)}</h${level}>`;
    }
    case "paragraph":
      return b.emphasis ? `<p><strong>${inline(b.content)}</strong></p>` : `<p>${inline(b.content)}</p>`;
    case "note":
      return `<p class="note">${inline(b.content)}</p>`;
    case "box":
      return `<div class="box"><p class="box-label">${escapeHtml(b.label)}</p>${b.blocks.map((x) => block(x, offset, ids)).join("")}</div>`;
    case "list": {
      const tag = b.ordered ? "ol" : "ul";
      const items = b.items.map(
        (item) =>
          `<li>${item.blocks?.length ? `<p class="item">${inline(item.content)}</p>${item.blocks.map((x) => block(x, offset, ids)).join("")}` : inline(item.content)}</li>`,
      );
      return `<${tag}>${items.join("")}</${tag}>`;
    }
    case "labelled-list":
      return `<ul class="labelled">${b.items.map((i) => `<li>${escapeHtml(i.label)} ${inline(i.content)}</li>`).join("")}</ul>`;
    case "table":
      // A scroll container of its own (focusable, named by the caption) so a wide table never
      // widens the page at 320 px.
      return `<div class="table-scroll" role="region" tabindex="0" aria-label="${escapeHtml(b.caption)}"><table><caption>${escapeHtml(b.caption)}</caption><thead><tr>${b.header.map((h) => `<th scope="col">${escapeHtml(h)}</th>`).join("")}</tr></thead><tbody>${b.rows
        .map(
          (r) =>
            `<tr>${r.map((c, i) => (i === 0 ? `<th scope="row">${cell(c)}</th>` : `<td>${cell(c)}</td>`)).join("")}</tr>`,
        )
        .join("")}</tbody></table></div>`;
    case "figure": {
      ids.n += 1;
      const svg =
        "kind" in b.chart
          ? lineChartSvg({ ...b.chart, id: `diagram-${ids.n}`, title: b.alt })
          : chartSvg(b.chart, b.alt, `diagram-${ids.n}`);
      return `<figure>${svg}<figcaption>${escapeHtml(b.caption)}</figcaption></figure>`;
    }
    case "signatures":
      return `<div class="signatures"><p>${escapeHtml(b.unit)}</p>${b.names.map((n) => `<p>${escapeHtml(n)}</p>`).join("")}</div>`;
  }
}

const RULES: [string, string][] = [
  [
    "body",
    'font-family:"Liberation Serif","Times New Roman",serif;font-size:12pt;line-height:1.45;color:#111;max-width:46em;margin:2em auto;padding:0 1em',
  ],
  ["h1,h2,h3,h4,h5", 'font-family:"Liberation Sans",Arial,sans-serif'],
  [".report>h1", "font-size:1.6em;margin:0 0 .3em"],
  ["h2", "font-size:1.25em;margin:1.4em 0 .4em"],
  ["h3", "font-size:1.05em;margin:1.2em 0 .3em"],
  [".doc-meta", "color:#333;margin:0 0 1.2em"],
  ["ul.labelled", "list-style:none;padding-left:0"],
  ["li", "margin:.3em 0"],
  ["li>p.item", "font-weight:bold;margin:.8em 0 .3em"],
  ["table", "border-collapse:collapse;margin:.6em 0"],
  ["caption", "text-align:left;font-weight:bold;padding:.2em 0"],
  ["th,td", "border:1px solid #555;padding:.25em .5em;text-align:left;vertical-align:top"],
  ["figure", "margin:1em 0"],
  [".signatures", "margin-top:2em"],
  [".signatures p", "margin:.2em 0"],
  ["a", "color:#0b3d91;white-space:nowrap"],
  [".letterhead", "display:grid;grid-template-columns:1fr 1fr;gap:.4em 2em;margin:0 0 2em;font-size:.92em"],
  [".letterhead p", "margin:0"],
  [".lh-logo", "display:block;max-height:3.2em;max-width:12em;margin:0 0 .4em"],
  [".lh-municipality,.lh-type", 'font-family:"Liberation Sans",Arial,sans-serif;font-weight:bold'],
  [".lh-type", "letter-spacing:.04em;margin:0 0 .3em"],
  [".letterhead dl", "display:grid;grid-template-columns:auto 1fr;gap:.1em .8em;margin:0"],
  [".letterhead dt", "color:#333"],
  [".letterhead dd", "margin:0"],
  [".lh-to", "grid-column:2;margin-top:1em;font-weight:bold"],
  [".report>h1.title-parts", "font-size:1.3em"],
  [".title-parts span", "margin-right:1.2em"],
  [".note", "font-size:.9em;color:#333"],
  [".demo sup", "font-size:.75em;line-height:0"],
  [".box", "border:1px solid #555;padding:.3em 1em;margin:1em 0"],
  [".box-label", 'font-family:"Liberation Sans",Arial,sans-serif;font-weight:bold;margin:.4em 0 .2em'],
  [".signature-boxes", "display:flex;gap:1.5em;margin-top:3em"],
  [
    ".signature-boxes p",
    "flex:1;border:1px solid #555;min-height:3em;padding:.3em .5em;margin:0;font-size:.85em",
  ],
  [".vh", "position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap"],
  ["table", "width:100%"],
  ["td,th", "overflow-wrap:normal;hyphens:manual"],
];

/**
 * Print rules (the PDF): headings and a point's statement stay with what follows, captions and
 * header rows with their tables (the header row repeats on a new page), rows and figures are not
 * split, no lone lines.
 */
const PRINT_CSS = [
  "body{margin:0;max-width:none;font-size:11pt}",
  "a{color:#111}",
  "h1,h2,h3,h4,h5,li>p.item,caption,.box-label,.lh-type{break-after:avoid;page-break-after:avoid}",
  "table,figure,.box,.letterhead,.signatures{break-inside:avoid;page-break-inside:avoid}",
  "thead{display:table-header-group}",
  "tr,li{break-inside:avoid}",
  "p{orphans:3;widows:3}",
  ".signature-boxes{display:none}",
].join("");

/** On a narrow screen the heading block's two columns stack. */
const NARROW_CSS = (letterhead: string, to: string) =>
  `${letterhead}{grid-template-columns:1fr}${to}{grid-column:1}`;

/** The stylesheet of a standalone document (and, for print, of its PDF). */
export const DOCUMENT_CSS = `${RULES.map(([sel, body]) => `${sel}{${body}}`).join("\n")}
@media (max-width:40em){${NARROW_CSS(".letterhead", ".lh-to")}}
@media print{${PRINT_CSS}}`;

/** The same rules scoped to a preview inside a page (`.report-preview`). */
export const PREVIEW_CSS = RULES.filter(([sel]) => sel !== "body")
  .map(
    ([sel, body]) =>
      `${sel
        .split(",")
        .map((x) => `.report-preview ${x.replace(".report>h1", ".report>h3")}`)
        .join(",")}{${body}}`,
  )
  .concat(`@media (max-width:40em){${NARROW_CSS(".report-preview .letterhead", ".report-preview .lh-to")}}`)
  .join("\n");

/** The document's content (for embedding in a page). `headingOffset` 1 makes the title an h2. */
export function renderHtmlBody(model: DocumentModel, options: { headingOffset?: number } = {}): string {
  const offset = options.headingOffset ?? 0;
  const ids = { n: 0 };
  const titleLevel = 1 + offset;
  const { letterhead: head, titleParts } = model.meta;
  const title = titleParts?.length
    ? `<h${titleLevel} class="title-parts">${titleParts.map((t) => `<span>${escapeHtml(t)}</span>`).join(" ")}</h${titleLevel}>`
    : `<h${titleLevel}>${escapeHtml(model.meta.title)}</h${titleLevel}>`;
  return [
    `<article class="report" lang="${escapeHtml(model.meta.language)}">`,
    ...(head ? [letterhead(head), title] : [title]),
    ...(head
      ? model.meta.subtitle
        ? [`<p class="doc-meta">${escapeHtml(model.meta.subtitle)}</p>`]
        : []
      : [
          `<p class="doc-meta">${inline(oneLineMeta(model.meta))}${model.meta.subtitle ? `<br>${escapeHtml(model.meta.subtitle)}` : ""}</p>`,
        ]),
    ...model.blocks.map((b) => block(b, offset, ids)),
    // An extract's signature boxes; in print they are in every page's footer instead.
    ...(model.meta.footerSignatures?.length
      ? [
          `<div class="signature-boxes">${model.meta.footerSignatures.map((s) => `<p>${escapeHtml(s)}</p>`).join("")}</div>`,
        ]
      : []),
    "</article>",
  ].join("\n");
}

/** The document's metadata as HTML meta elements (Dnr, date, decision). */
function metaTags(model: DocumentModel): string {
  const { meta } = model;
  const tags: [string, string | null | undefined][] = [
    ["description", meta.description],
    ["keywords", meta.keywords?.join(", ")],
    ["author", meta.municipality],
    ["dcterms.identifier", meta.registrationNumber ? `Dnr ${meta.registrationNumber}` : null],
    ["dcterms.date", meta.decision?.decidedOn ?? meta.datedOn],
    [
      "decision",
      meta.decision
        ? [meta.decision.body, meta.decision.decidedOn, meta.decision.paragraph].filter(Boolean).join(" ")
        : null,
    ],
  ];
  return tags
    .filter((t): t is [string, string] => Boolean(t[1]))
    .map(([name, content]) => `<meta name="${escapeHtml(name)}" content="${escapeHtml(content)}">`)
    .join("\n");
}

/** A complete, self-contained HTML document (the publication, and the PDF's source). */
export function renderHtml(model: DocumentModel): string {
  return `<!doctype html>
<html lang="${escapeHtml(model.meta.language)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(model.meta.title)}</title>
${metaTags(model)}
<style>${DOCUMENT_CSS}</style>
</head>
<body>
<main>
${renderHtmlBody(model)}
</main>
</body>
</html>
`;
}
