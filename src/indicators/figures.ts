/**
 * The figures of survey indicators: per indicator and area, a series per gender group (kvinnor,
 * män, alla; the age band "alla") over the years, with values from fewer than 5 answers left out
 * ("färre än 5 svar"). One model for the workspace, the public page and the report-back's
 * jämställdhet section. Pure (the loader is `indicator-figures.ts`).
 */

import { type ChartData, formatChartNumber } from "../platform/charts/svg-charts.js";
import { GENDER_WORD } from "./indicator-csv.js";
import {
  type IndicatorRow,
  listIndicatorRows,
  listValueRows,
  type ValueWithArea,
} from "./indicators.repository.js";
import { GENDERS, type Gender, type IndicatorKind, MIN_RESPONDENTS } from "./indicators.types.js";

export const SUPPRESSED_TEXT = "färre än 5 svar";
export const MISSING_TEXT = "–";

/** True when a value rests on fewer than 5 answers (not shown in public or in exports). */
export const isSuppressed = (respondents: number | null) =>
  respondents !== null && respondents < MIN_RESPONDENTS;

export interface FigureCell {
  value: number | null;
  /** Fewer than 5 answers: `value` is null. */
  suppressed: boolean;
}

export interface IndicatorFigure {
  indicatorId: string;
  name: string;
  kind: IndicatorKind;
  description: string | null;
  lowerIsBetter: boolean;
  areaName: string;
  years: number[];
  series: { gender: Gender; label: string; cells: FigureCell[] }[];
  sources: string[];
  /** The demo invented the indicator's values (marked "exempeldata" wherever shown). */
  demo: boolean;
  /** Values of other age bands: a row per band, gender and year (suppressed like the rest). */
  ageBands: { ageBand: string; gender: Gender; year: number; cell: FigureCell }[];
}

const capitalized = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** Builds the figures from rows (pure). */
export function buildFigures(
  indicators: IndicatorRow[],
  values: ValueWithArea[],
  demoIds: ReadonlySet<string> = new Set(),
): IndicatorFigure[] {
  const out: IndicatorFigure[] = [];
  for (const ind of indicators) {
    const own = values.filter((v) => v.indicatorId === ind.id);
    const areaNames = [...new Set(own.map((v) => v.areaName))].sort((a, b) => a.localeCompare(b, "sv"));
    for (const areaName of areaNames) {
      const inArea = own.filter((v) => v.areaName === areaName);
      const main = inArea.filter((v) => v.ageBand === "alla");
      const years = [...new Set(inArea.map((v) => v.year))].sort((a, b) => a - b);
      const cellOf = (v: ValueWithArea | undefined): FigureCell =>
        !v
          ? { value: null, suppressed: false }
          : isSuppressed(v.respondents)
            ? { value: null, suppressed: true }
            : { value: v.value, suppressed: false };
      const series = GENDERS.filter((g) => main.some((v) => v.gender === g)).map((gender) => ({
        gender,
        label: capitalized(GENDER_WORD[gender]),
        cells: years.map((y) => cellOf(main.find((v) => v.gender === gender && v.year === y))),
      }));
      out.push({
        indicatorId: ind.id,
        name: ind.name,
        kind: ind.kind as IndicatorKind,
        description: ind.description,
        lowerIsBetter: ind.lowerIsBetter === 1,
        areaName,
        years,
        series,
        sources: [...new Set(inArea.map((v) => v.source))],
        demo: demoIds.has(ind.id),
        ageBands: inArea
          .filter((v) => v.ageBand !== "alla")
          .map((v) => ({ ageBand: v.ageBand, gender: v.gender as Gender, year: v.year, cell: cellOf(v) })),
      });
    }
  }
  return out;
}

export const formatIndicatorValue = (kind: IndicatorKind, n: number) =>
  kind === "percent" ? `${formatChartNumber(n)} %` : formatChartNumber(n);

const cellText = (kind: IndicatorKind, c: FigureCell | undefined) =>
  !c || (c.value === null && !c.suppressed)
    ? MISSING_TEXT
    : c.suppressed
      ? SUPPRESSED_TEXT
      : formatIndicatorValue(kind, c.value as number);

/** The figure as a line chart (years × gender groups). */
export function figureChart(f: IndicatorFigure, id: string): ChartData {
  const unit = f.kind === "index" ? "index 0–6" : "procent";
  const better = f.lowerIsBetter ? "Lägre är bättre." : "Högre är bättre.";
  const points = f.series
    .map((s) => `${s.label}: ${f.years.map((y, i) => `${y} ${cellText(f.kind, s.cells[i])}`).join(", ")}`)
    .join("; ");
  return {
    id,
    title: `${f.name}, ${f.areaName}`,
    description: `${f.name} i ${f.areaName} per år för kvinnor, män och alla (${unit}). ${better} ${points}.`,
    categories: f.years.map(String),
    series: f.series.map((s) => ({ label: s.label, values: s.cells.map((c) => c.value) })),
    xLabel: "År",
    yLabel: f.kind === "index" ? "Index (0–6)" : "Procent",
    ...(f.kind === "index" ? { yMin: 0, yMax: 6 } : { yMin: 0 }),
  };
}

/** The figure's data table: År, then a column per gender group; the same numbers as the chart. */
export function figureTable(f: IndicatorFigure): { caption: string; header: string[]; rows: string[][] } {
  return {
    caption: `${f.name}, ${f.areaName} (${f.kind === "index" ? "index 0–6, lägre är bättre" : "procent"}). Källa: ${f.sources.join(", ")}`,
    header: ["År", ...f.series.map((s) => s.label)],
    rows: f.years.map((y, i) => [String(y), ...f.series.map((s) => cellText(f.kind, s.cells[i]))]),
  };
}

/** The age-band rows of a figure as a table (empty when the source gave none). */
export function ageBandTable(f: IndicatorFigure): { header: string[]; rows: string[][] } {
  return {
    header: ["År", "Ålder", "Grupp", "Värde"],
    rows: f.ageBands
      .slice()
      .sort(
        (a, b) => a.year - b.year || a.ageBand.localeCompare(b.ageBand) || a.gender.localeCompare(b.gender),
      )
      .map((a) => [String(a.year), a.ageBand, capitalized(GENDER_WORD[a.gender]), cellText(f.kind, a.cell)]),
  };
}
