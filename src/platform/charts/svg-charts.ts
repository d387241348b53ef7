/**
 * Charts drawn on the server as SVG: no scripts, no outside references, so they work under the
 * CSP, without JavaScript and in print. Each chart is an accessible image (`role="img"`, a
 * `<title>` and a `<desc>` it is labelled and described by); series are told apart without colour
 * (a dash pattern and a marker shape per series, and a legend that shows both). The caller shows
 * the same numbers in a data table beside the chart (`chartTable`).
 *
 * @example
 * lineChartSvg({ id: "c1", title: "Oro för brott", description: "…", xLabel: "År", yLabel: "Procent",
 *   categories: ["2015", "2016"], series: [{ label: "Kvinnor", values: [30, 28] }] })
 */

/** One line (or one bar colour): its label and a value per category; null: no value (a gap). */
export interface ChartSeries {
  label: string;
  values: (number | null)[];
}

export interface ChartData {
  /** Unique on the page (the ids of title and desc derive from it). */
  id: string;
  title: string;
  /** What the chart shows, in words (read by screen readers). */
  description: string;
  /** The categories along the x axis (years), in order. */
  categories: string[];
  series: ChartSeries[];
  xLabel: string;
  yLabel: string;
  /** The y axis's range (default: 0 to the largest value, rounded up). */
  yMin?: number;
  yMax?: number;
  /** Formats a value for the axis (default: decimal comma). */
  format?: (n: number) => string;
}

/** Swedish decimal comma. @example formatChartNumber(1.5) // "1,5" */
export const formatChartNumber = (n: number): string => String(Math.round(n * 100) / 100).replace(".", ",");

export const escapeXml = (s: string) =>
  s
    .replaceAll("&", "&amp;")
    .replaceAll("<", "&lt;")
    .replaceAll(">", "&gt;")
    .replaceAll('"', "&quot;")
    .replaceAll("'", "&#39;");

/** Dash patterns (solid, dashed, dotted, dash-dot …): the lines differ without colour. */
export const DASHES = ["", "8 4", "2 3", "10 3 2 3", "4 4"] as const;
/** Dark colours with at least 4.5:1 contrast on white. */
export const COLOURS = ["#0d47a1", "#b71c1c", "#1b5e20", "#6a1b9a", "#424242"] as const;
const MARKERS = ["circle", "square", "triangle", "diamond", "cross"] as const;

function marker(kind: (typeof MARKERS)[number], x: number, y: number, colour: string): string {
  const p = (n: number) => n.toFixed(1);
  switch (kind) {
    case "circle":
      return `<circle cx="${p(x)}" cy="${p(y)}" r="4.5" fill="${colour}"/>`;
    case "square":
      return `<rect x="${p(x - 4)}" y="${p(y - 4)}" width="8" height="8" fill="#fff" stroke="${colour}" stroke-width="2"/>`;
    case "triangle":
      return `<path d="M${p(x)} ${p(y - 5.5)}L${p(x + 5)} ${p(y + 4)}L${p(x - 5)} ${p(y + 4)}Z" fill="${colour}"/>`;
    case "diamond":
      return `<path d="M${p(x)} ${p(y - 5.5)}L${p(x + 5.5)} ${p(y)}L${p(x)} ${p(y + 5.5)}L${p(x - 5.5)} ${p(y)}Z" fill="#fff" stroke="${colour}" stroke-width="2"/>`;
    case "cross":
      return `<path d="M${p(x - 4)} ${p(y - 4)}L${p(x + 4)} ${p(y + 4)}M${p(x + 4)} ${p(y - 4)}L${p(x - 4)} ${p(y + 4)}" stroke="${colour}" stroke-width="2.5"/>`;
  }
}

/** A "nice" upper bound: 1, 2, 2.5, 5 or 10 times a power of ten. */
export function niceCeiling(n: number): number {
  if (n <= 0) return 1;
  const power = 10 ** Math.floor(Math.log10(n));
  for (const step of [1, 2, 2.5, 5, 10]) if (n <= step * power) return step * power;
  return 10 * power;
}

interface Frame {
  width: number;
  height: number;
  left: number;
  top: number;
  plotW: number;
  plotH: number;
  yMin: number;
  yMax: number;
  y: (v: number) => number;
}

function frameOf(chart: ChartData): Frame {
  const values = chart.series.flatMap((s) => s.values.filter((v): v is number => v !== null));
  const yMin = chart.yMin ?? Math.min(0, ...values);
  const yMax = chart.yMax ?? niceCeiling(Math.max(0, ...values));
  const left = 64;
  const top = 16;
  const plotW = Math.max(240, chart.categories.length * 90);
  const plotH = 200;
  const legendH = chart.series.length * 22 + 8;
  const span = yMax - yMin || 1;
  return {
    width: left + plotW + 24,
    height: top + plotH + 52 + legendH,
    left,
    top,
    plotW,
    plotH,
    yMin,
    yMax,
    y: (v) => top + plotH - ((v - yMin) / span) * plotH,
  };
}

function axes(chart: ChartData, f: Frame): string[] {
  const fmt = chart.format ?? formatChartNumber;
  const parts: string[] = [];
  const ticks = 4;
  for (let i = 0; i <= ticks; i++) {
    const v = f.yMin + ((f.yMax - f.yMin) * i) / ticks;
    const y = f.y(v).toFixed(1);
    parts.push(
      `<line x1="${f.left}" x2="${f.left + f.plotW}" y1="${y}" y2="${y}" stroke="#d0d0d0" stroke-width="1"/>`,
      `<text x="${f.left - 6}" y="${(Number(y) + 4).toFixed(1)}" font-size="12" text-anchor="end">${escapeXml(fmt(v))}</text>`,
    );
  }
  const bottom = f.top + f.plotH;
  parts.push(
    `<line x1="${f.left}" x2="${f.left}" y1="${f.top}" y2="${bottom}" stroke="#333"/>`,
    `<line x1="${f.left}" x2="${f.left + f.plotW}" y1="${bottom}" y2="${bottom}" stroke="#333"/>`,
    `<text class="axis-label" x="${f.left + f.plotW / 2}" y="${bottom + 36}" font-size="13" text-anchor="middle">${escapeXml(chart.xLabel)}</text>`,
    `<text class="axis-label" x="14" y="${f.top + f.plotH / 2}" font-size="13" text-anchor="middle" transform="rotate(-90 14 ${f.top + f.plotH / 2})">${escapeXml(chart.yLabel)}</text>`,
  );
  return parts;
}

function categoryX(chart: ChartData, f: Frame, i: number): number {
  const step = f.plotW / Math.max(1, chart.categories.length);
  return f.left + step * i + step / 2;
}

function legend(chart: ChartData, f: Frame, kind: "line" | "bar"): string[] {
  const y0 = f.top + f.plotH + 52;
  return chart.series.flatMap((s, j) => {
    const y = y0 + j * 22;
    const colour = COLOURS[j % COLOURS.length] as string;
    const sample =
      kind === "line"
        ? `<line x1="${f.left}" x2="${f.left + 36}" y1="${y}" y2="${y}" stroke="${colour}" stroke-width="2.5"${dashAttr(j)}/>${marker(MARKERS[j % MARKERS.length] as (typeof MARKERS)[number], f.left + 18, y, colour)}`
        : `<rect x="${f.left}" y="${y - 7}" width="36" height="14" fill="url(#${escapeXml(chart.id)}-p${j})" stroke="${colour}"/>`;
    return [
      `<g class="legend-item">${sample}<text x="${f.left + 44}" y="${y + 4}" font-size="13">${escapeXml(s.label)}</text></g>`,
    ];
  });
}

const dashAttr = (j: number) => {
  const d = DASHES[j % DASHES.length];
  return d ? ` stroke-dasharray="${d}"` : "";
};

function open(chart: ChartData, f: Frame, kind: string): string {
  const id = escapeXml(chart.id);
  return `<svg xmlns="http://www.w3.org/2000/svg" class="chart chart-${kind}" role="img" aria-labelledby="${id}-title" aria-describedby="${id}-desc" viewBox="0 0 ${f.width} ${f.height}" width="${f.width}" height="${f.height}" font-family="Arial, sans-serif"><title id="${id}-title">${escapeXml(chart.title)}</title><desc id="${id}-desc">${escapeXml(chart.description)}</desc>`;
}

/**
 * A line chart over the categories (years): one path per series with its own dash pattern and
 * marker; a missing value breaks the line.
 */
export function lineChartSvg(chart: ChartData): string {
  const f = frameOf(chart);
  const parts = axes(chart, f);
  chart.categories.forEach((c, i) => {
    parts.push(
      `<text x="${categoryX(chart, f, i).toFixed(1)}" y="${f.top + f.plotH + 18}" font-size="12" text-anchor="middle">${escapeXml(c)}</text>`,
    );
  });
  chart.series.forEach((s, j) => {
    const colour = COLOURS[j % COLOURS.length] as string;
    let d = "";
    let pen = false;
    const points: string[] = [];
    s.values.forEach((v, i) => {
      if (v === null) {
        pen = false;
        return;
      }
      const x = categoryX(chart, f, i).toFixed(1);
      const y = f.y(v).toFixed(1);
      d += `${pen ? "L" : "M"}${x} ${y}`;
      pen = true;
      points.push(
        marker(MARKERS[j % MARKERS.length] as (typeof MARKERS)[number], Number(x), Number(y), colour),
      );
    });
    parts.push(
      `<g class="series" data-series="${escapeXml(s.label)}">${d ? `<path class="series-line" d="${d}" fill="none" stroke="${colour}" stroke-width="2.5"${dashAttr(j)}/>` : ""}${points.join("")}</g>`,
    );
  });
  parts.push(...legend(chart, f, "line"));
  return `${open(chart, f, "line")}${parts.join("")}</svg>`;
}

/**
 * A grouped bar chart: per category one bar per series, each series filled with its own pattern
 * (stripes, dots, cross-hatch …) on its colour, so the bars differ without colour.
 */
export function barChartSvg(chart: ChartData): string {
  const f = frameOf(chart);
  const id = escapeXml(chart.id);
  const defs = chart.series.map((_, j) => {
    const colour = COLOURS[j % COLOURS.length] as string;
    const fills = [
      `<rect width="8" height="8" fill="${colour}"/>`,
      `<rect width="8" height="8" fill="#fff"/><path d="M0 8L8 0M-2 2L2 -2M6 10L10 6" stroke="${colour}" stroke-width="2"/>`,
      `<rect width="8" height="8" fill="#fff"/><circle cx="4" cy="4" r="2" fill="${colour}"/>`,
      `<rect width="8" height="8" fill="#fff"/><path d="M0 4H8M4 0V8" stroke="${colour}" stroke-width="1.5"/>`,
      `<rect width="8" height="8" fill="#fff"/><path d="M0 0L8 8M8 0L0 8" stroke="${colour}" stroke-width="1.2"/>`,
    ];
    return `<pattern id="${id}-p${j}" width="8" height="8" patternUnits="userSpaceOnUse">${fills[j % fills.length]}</pattern>`;
  });
  const parts = axes(chart, f);
  const step = f.plotW / Math.max(1, chart.categories.length);
  const n = Math.max(1, chart.series.length);
  const barW = Math.min(36, (step * 0.8) / n);
  chart.categories.forEach((c, i) => {
    const cx = categoryX(chart, f, i);
    parts.push(
      `<text x="${cx.toFixed(1)}" y="${f.top + f.plotH + 18}" font-size="12" text-anchor="middle">${escapeXml(c)}</text>`,
    );
    chart.series.forEach((s, j) => {
      const v = s.values[i];
      if (v === null || v === undefined) return;
      const x = cx - (barW * n) / 2 + j * barW;
      const y = f.y(Math.max(v, f.yMin));
      const h = f.y(f.yMin) - y;
      parts.push(
        `<rect class="bar" x="${x.toFixed(1)}" y="${y.toFixed(1)}" width="${(barW - 2).toFixed(1)}" height="${Math.max(0, h).toFixed(1)}" fill="url(#${id}-p${j})" stroke="${COLOURS[j % COLOURS.length]}"><title>${escapeXml(`${s.label}, ${c}: ${(chart.format ?? formatChartNumber)(v)}`)}</title></rect>`,
      );
    });
  });
  parts.push(...legend(chart, f, "bar"));
  return `${open(chart, f, "bar")}<defs>${defs.join("")}</defs>${parts.join("")}</svg>`;
}

/**
 * The chart's numbers as a table: a header (the category label, then each series) and a row per
 * category; a missing value is `missing` (e.g. "färre än 5 svar"). For the data table beside the
 * chart — the same numbers the chart draws.
 */
export function chartTable(
  chart: Pick<ChartData, "categories" | "series" | "xLabel" | "format">,
  missing: string | ((series: number, category: number) => string),
): { header: string[]; rows: string[][] } {
  const gap = (j: number, i: number) => (typeof missing === "string" ? missing : missing(j, i));
  const fmt = chart.format ?? formatChartNumber;
  return {
    header: [chart.xLabel, ...chart.series.map((s) => s.label)],
    rows: chart.categories.map((c, i) => [
      c,
      ...chart.series.map((s, j) => {
        const v = s.values[i];
        return v === null || v === undefined ? gap(j, i) : fmt(v);
      }),
    ]),
  };
}
