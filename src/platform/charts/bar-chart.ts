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
   * names) that would run into each other under standing bars. The height follows the bars.
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

function renderLyingBars(bars: readonly Bar[], options: BarChartOptions): string {
  const width = options.width ?? 480;
  const hidden = options.hiddenLabel ?? "<5";
  const left = 8;
  const row = 44;
  const valueRoom = 96;
  const height = Math.max(1, bars.length) * row + 8;
  const max = Math.max(1, ...bars.map((b) => b.value ?? 0));
  const shapes = bars.map((b, i) => {
    const y = 8 + i * row;
    const w =
      b.value === null ? 4 : Math.max(b.value === 0 ? 0 : 2, (b.value / max) * (width - left - valueRoom));
    const shown = b.value === null ? hidden : String(b.value);
    const rect =
      b.value === null
        ? `<rect x="${left}" y="${y + 20}" width="${w.toFixed(1)}" height="16" fill="none" stroke="#505a5f" stroke-dasharray="2 2"><title>${escapeXml(`${b.label}: ${shown}`)}</title></rect>`
        : `<rect x="${left}" y="${y + 20}" width="${w.toFixed(1)}" height="16" fill="#1d70b8"><title>${escapeXml(`${b.label}: ${shown}`)}</title></rect>`;
    return (
      `<text x="${left}" y="${y + 14}" font-size="13" fill="#0b0c0c">${escapeXml(b.label)}</text>` +
      rect +
      `<text x="${(left + w + 6).toFixed(1)}" y="${y + 33}" font-size="13" fill="#0b0c0c">${escapeXml(shown)}</text>`
    );
  });
  return `${svgOpen(options, width, height)}${shapes.join("")}</svg>`;
}
