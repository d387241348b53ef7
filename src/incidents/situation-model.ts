/**
 * The weekly lägesbild's figures (pure): counts by category × area for the week and the four
 * before it, the trend of each cell against the mean of those four, totals per category and week
 * (the chart) and per area (the map). Compiled once and stored; what a viewer sees is derived
 * from the stored figures, with counts from 1 to 4 hidden for those who may not read raw reports.
 */
import type { CountCell } from "./incidents.repository.js";
import { suppressedNumber } from "./suppression.js";
import { addWeeks } from "./weeks.js";

export const TREND_WEEKS = 4;

/** What is stored: the window's weeks, every non-empty cell, and the names as they were. */
export interface SituationData {
  week: string;
  weeks: string[];
  cells: CountCell[];
  categories: { key: string; name: string }[];
  areas: { id: string; name: string }[];
}

/** The weeks of the window: the four before the week, then the week. */
export function windowOf(week: string): string[] {
  return Array.from({ length: TREND_WEEKS + 1 }, (_, i) => addWeeks(week, i - TREND_WEEKS));
}

export function compileSituation(
  week: string,
  cells: CountCell[],
  categories: { key: string; name: string }[],
  areas: { id: string; name: string }[],
): SituationData {
  const weeks = windowOf(week);
  const inWindow = cells.filter((c) => weeks.includes(c.week));
  const used = new Set(inWindow.map((c) => c.categoryKey));
  const usedAreas = new Set(inWindow.map((c) => c.areaId));
  return {
    week,
    weeks,
    cells: inWindow,
    categories: categories.filter((c) => used.has(c.key)).map((c) => ({ key: c.key, name: c.name })),
    areas: areas.filter((a) => usedAreas.has(a.id)).map((a) => ({ id: a.id, name: a.name })),
  };
}

export type Trend = "up" | "down" | "same" | "hidden";

export interface SituationView {
  weeks: string[];
  suppressed: boolean;
  rows: {
    categoryKey: string;
    categoryName: string;
    areaId: string | null;
    areaName: string | null;
    count: number | null;
    previousMean: number | null;
    trend: Trend;
  }[];
  byCategory: { categoryKey: string; categoryName: string; counts: (number | null)[] }[];
  byArea: { areaId: string | null; areaName: string | null; count: number | null }[];
  weekTotals: (number | null)[];
  total: number | null;
}

const round1 = (n: number) => Math.round(n * 10) / 10;

/** The figures as one viewer sees them (`suppress`: counts from 1 to 4 hidden). */
export function viewSituation(data: SituationData, suppress: boolean): SituationView {
  const show = (n: number) => (suppress ? suppressedNumber(n) : n);
  const nameOf = (key: string) => data.categories.find((c) => c.key === key)?.name ?? key;
  const areaName = (id: string | null) => (id ? (data.areas.find((a) => a.id === id)?.name ?? null) : null);
  const sum = (pred: (c: CountCell) => boolean) => data.cells.filter(pred).reduce((s, c) => s + c.count, 0);
  const previous = data.weeks.slice(0, -1);
  const pairs = new Map<string, { categoryKey: string; areaId: string | null }>();
  for (const c of data.cells) pairs.set(`${c.categoryKey}|${c.areaId ?? ""}`, c);
  const rows = [...pairs.values()]
    .map(({ categoryKey, areaId }) => {
      const at = (w: string) =>
        sum((c) => c.categoryKey === categoryKey && c.areaId === areaId && c.week === w);
      const count = at(data.week);
      const before = previous.map(at);
      const mean = before.reduce((s, n) => s + n, 0) / previous.length;
      const hideMean = suppress && before.some((n) => n > 0 && n < 5);
      const shown = show(count);
      const trend: Trend =
        shown === null || hideMean ? "hidden" : count > mean ? "up" : count < mean ? "down" : "same";
      return {
        categoryKey,
        categoryName: nameOf(categoryKey),
        areaId,
        areaName: areaName(areaId),
        count: shown,
        previousMean: hideMean ? null : round1(mean),
        trend,
      };
    })
    .sort(
      (a, b) =>
        a.categoryName.localeCompare(b.categoryName, "sv") ||
        (a.areaName ?? "").localeCompare(b.areaName ?? "", "sv"),
    );
  const byCategory = data.categories.map((c) => ({
    categoryKey: c.key,
    categoryName: c.name,
    counts: data.weeks.map((w) => show(sum((x) => x.categoryKey === c.key && x.week === w))),
  }));
  const areaIds = [...new Set(data.cells.filter((c) => c.week === data.week).map((c) => c.areaId))];
  const byArea = areaIds.map((id) => ({
    areaId: id,
    areaName: areaName(id),
    count: show(sum((c) => c.areaId === id && c.week === data.week)),
  }));
  const weekTotals = data.weeks.map((w) => show(sum((c) => c.week === w)));
  return {
    weeks: data.weeks,
    suppressed: suppress,
    rows,
    byCategory,
    byArea,
    weekTotals,
    total: weekTotals[weekTotals.length - 1] ?? 0,
  };
}
