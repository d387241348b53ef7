/**
 * Renders a document model to accessible HTML: `lang`, a title, one h1, headings without skipped
 * levels, real lists and tables with captions and header cells, the chart as an SVG with a text
 * alternative beside its data table. No JavaScript. Lays out only; derives no content.
 */
import type { Block, DocumentModel, Inline, StackedBarChart } from "../model/document.js";

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
      typeof c === "string" ? escapeHtml(c) : `<a href="${escapeHtml(c.href)}">${escapeHtml(c.text)}</a>`,
    )
    .join("");

const PALETTE = ["#1b5e20", "#0d47a1", "#6a1b9a", "#b71c1c", "#e65100", "#424242", "#757575"];

/** A stacked bar chart; the numbers are in the data table beside it. */
export function chartSvg(chart: StackedBarChart, alt: string, id: string): string {
  const barH = 28;
  const gap = 14;
  const labelW = 140;
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
      return `<p>${inline(b.content)}</p>`;
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
      return `<table><caption>${escapeHtml(b.caption)}</caption><thead><tr>${b.header.map((h) => `<th scope="col">${escapeHtml(h)}</th>`).join("")}</tr></thead><tbody>${b.rows
        .map(
          (r) =>
            `<tr>${r.map((c, i) => (i === 0 ? `<th scope="row">${escapeHtml(c)}</th>` : `<td>${escapeHtml(c)}</td>`)).join("")}</tr>`,
        )
        .join("")}</tbody></table>`;
    case "figure": {
      ids.n += 1;
      return `<figure>${chartSvg(b.chart, b.alt, `diagram-${ids.n}`)}<figcaption>${escapeHtml(b.caption)}</figcaption></figure>`;
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
];

/** The stylesheet of a standalone document (and, for print, of its PDF). */
export const DOCUMENT_CSS = `${RULES.map(([sel, body]) => `${sel}{${body}}`).join("\n")}
@media print{body{margin:0;max-width:none}a{color:#111}}`;

/** The same rules scoped to a preview inside a page (`.report-preview`). */
export const PREVIEW_CSS = RULES.filter(([sel]) => sel !== "body")
  .map(
    ([sel, body]) =>
      `${sel
        .split(",")
        .map((x) => `.report-preview ${x.replace(".report>h1", ".report>h3")}`)
        .join(",")}{${body}}`,
  )
  .join("\n");

/** The document's content (for embedding in a page). `headingOffset` 1 makes the title an h2. */
export function renderHtmlBody(model: DocumentModel, options: { headingOffset?: number } = {}): string {
  const offset = options.headingOffset ?? 0;
  const ids = { n: 0 };
  const titleLevel = 1 + offset;
  const meta = [
    model.meta.municipality,
    model.meta.registrationNumber ? `Dnr ${model.meta.registrationNumber}` : null,
    model.meta.datedOn,
    model.meta.edition > 1 ? `Utgåva ${model.meta.edition}` : null,
  ].filter((x): x is string => Boolean(x));
  return [
    `<article class="report" lang="${escapeHtml(model.meta.language)}">`,
    `<h${titleLevel}>${escapeHtml(model.meta.title)}</h${titleLevel}>`,
    `<p class="doc-meta">${escapeHtml(meta.join(" · "))}${model.meta.subtitle ? `<br>${escapeHtml(model.meta.subtitle)}` : ""}</p>`,
    ...model.blocks.map((b) => block(b, offset, ids)),
    "</article>",
  ].join("\n");
}

/** A complete, self-contained HTML document (the publication, and the PDF's source). */
export function renderHtml(model: DocumentModel): string {
  return `<!doctype html>
<html lang="${escapeHtml(model.meta.language)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(model.meta.title)}</title>
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
