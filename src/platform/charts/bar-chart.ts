/**
 * A bar chart drawn on the server as SVG (no scripts, works under the CSP and prints), accessible
 * like the map: `role="img"`, a `<title>` and `<desc>`, each bar a `<title>` with its label and
 * value. The caller always shows the same figures as a table beside it. A bar whose value is
 * hidden (null, e.g. a suppressed small count) is drawn as an outlined stub labelled with `hiddenLabel`.
 */
export interface Bar {
  label: string;
  value: number | null;
}

export interface BarChartOptions {
  /** Unique on the page (the ids of title and desc derive from it). */
  id: string;
  title: string;
  description: string;
  width?: number;
  height?: number;
  /** What a hidden value says (default "<5"). */
  hiddenLabel?: string;
  /**
   * Bars lying down, each with its label on a line of its own above it: for long labels (category
   * names) that would run into each other under standing bars; long labels wrap between words. 320
   * wide unless told (a phone's width, so the text is not scaled down); the height follows the bars.
   */
  horizontal?: boolean;
}

const escapeXml = (s: string) =>
  s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

export function renderBarChart(bars: readonly Bar[], options: BarChartOptions): string {
  if (options.horizontal) return renderLyingBars(bars, options);
  const width = options.width ?? 480;
  const height = options.height ?? 220;
  const hidden = options.hiddenLabel ?? "<5";
  const top = 16;
  const bottom = 36;
  const left = 8;
  const plot = height - top - bottom;
  const max = Math.max(1, ...bars.map((b) => b.value ?? 0));
  const slot = (width - 2 * left) / Math.max(1, bars.length);
  const barWidth = Math.max(4, slot * 0.6);
  const titleId = `${options.id}-title`;
  const descId = `${options.id}-desc`;
  const shapes = bars.map((b, i) => {
    const x = left + i * slot + (slot - barWidth) / 2;
    const h = b.value === null ? 4 : (b.value / max) * plot;
    const y = top + plot - h;
    const shown = b.value === null ? hidden : String(b.value);
    const bar =
      b.value === null
        ? `<rect x="${x.toFixed(1)}" y="${y.toFixed(1)}" width="${barWidth.toFixed(1)}" height="${h.toFixed(1)}" fill="none" stroke="#505a5f" stroke-dasharray="2 2"><title>${escapeXml(`${b.label}: ${shown}`)}</title></rect>`
        : `<rect x="${x.toFixed(1)}" y="${y.toFixed(1)}" width="${barWidth.toFixed(1)}" height="${h.toFixed(1)}" fill="#1d70b8"><title>${escapeXml(`${b.label}: ${shown}`)}</title></rect>`;
    const cx = (x + barWidth / 2).toFixed(1);
    return (
      bar +
      `<text x="${cx}" y="${(y - 4).toFixed(1)}" text-anchor="middle" font-size="12" fill="#0b0c0c">${escapeXml(shown)}</text>` +
      `<text x="${cx}" y="${height - bottom + 16}" text-anchor="middle" font-size="12" fill="#0b0c0c">${escapeXml(b.label)}</text>`
    );
  });
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" class="chart" role="img" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" aria-labelledby="${titleId} ${descId}">` +
    `<title id="${titleId}">${escapeXml(options.title)}</title>` +
    `<desc id="${descId}">${escapeXml(options.description)}</desc>` +
    `<line x1="${left}" y1="${top + plot}" x2="${width - left}" y2="${top + plot}" stroke="#0b0c0c"/>` +
    shapes.join("") +
    "</svg>"
  );
}

const svgOpen = (options: BarChartOptions, width: number, height: number) =>
  `<svg xmlns="http://www.w3.org/2000/svg" class="chart" role="img" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" aria-labelledby="${options.id}-title ${options.id}-desc">` +
  `<title id="${options.id}-title">${escapeXml(options.title)}</title>` +
  `<desc id="${options.id}-desc">${escapeXml(options.description)}</desc>`;

/** A label in lines of at most `max` characters, broken between words (a longer word stays whole). */
export function wrapLabel(label: string, max: number): string[] {
  const lines: string[] = [];
  for (const word of label.split(/\s+/).filter(Boolean)) {
    const last = lines[lines.length - 1];
    if (last !== undefined && `${last} ${word}`.length <= max) lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  return lines.length ? lines : [""];
}

function renderLyingBars(bars: readonly Bar[], options: BarChartOptions): string {
  const width = options.width ?? 320;
  const hidden = options.hiddenLabel ?? "<5";
  const left = 4;
  const lineHeight = 16;
  const valueRoom = 96;
  // About 7 px per character at 13 px: labels wrap rather than run out of the picture.
  const labels = bars.map((b) => wrapLabel(b.label, Math.floor((width - 2 * left) / 7.5)));
  const max = Math.max(1, ...bars.map((b) => b.value ?? 0));
  let y = 4;
  const shapes = bars.map((b, i) => {
    const lines = labels[i] ?? [""];
    const text = lines
      .map((line, k) => `<tspan x="${left}" y="${y + 13 + k * lineHeight}">${escapeXml(line)}</tspan>`)
      .join("");
    const barY = y + lines.length * lineHeight + 4;
    y = barY + 16 + 12;
    const w =
      b.value === null ? 4 : b.value === 0 ? 0 : Math.max(2, (b.value / max) * (width - left - valueRoom));
    const shown = b.value === null ? hidden : String(b.value);
    const rect =
      b.value === null
        ? `<rect x="${left}" y="${barY}" width="${w.toFixed(1)}" height="16" fill="none" stroke="#505a5f" stroke-dasharray="2 2"><title>${escapeXml(`${b.label}: ${shown}`)}</title></rect>`
        : `<rect x="${left}" y="${barY}" width="${w.toFixed(1)}" height="16" fill="#1d70b8"><title>${escapeXml(`${b.label}: ${shown}`)}</title></rect>`;
    return (
      `<text font-size="13" fill="#0b0c0c">${text}</text>` +
      rect +
      `<text x="${(left + w + 6).toFixed(1)}" y="${barY + 13}" font-size="13" fill="#0b0c0c">${escapeXml(shown)}</text>`
    );
  });
  // Drawn left to right in every language (an Arabic page would otherwise anchor the text outside).
  return `${svgOpen(options, width, y).replace("<svg ", '<svg direction="ltr" ')}${shapes.join("")}</svg>`;
}
