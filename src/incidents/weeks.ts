/**
 * ISO weeks (Monday to Sunday; week 1 holds the year's first Thursday), as `YYYY-Www`, counted in
 * Swedish time: a report made on Sunday 23:30 belongs to that Sunday's week.
 */

import { addDays, parseIsoDate } from "../periods/iso-date.js";
import { swedishDate } from "../platform/clock.js";

export const WEEK_PATTERN = /^\d{4}-W(0[1-9]|[1-4]\d|5[0-3])$/;

const dayNumber = (iso: string) => {
  const { year, month, day } = parseIsoDate(iso);
  return Date.UTC(year, month - 1, day) / 86_400_000;
};
const isoOf = (days: number) => new Date(days * 86_400_000).toISOString().slice(0, 10);

/** The ISO week of a calendar date. @example weekOfDate("2026-11-29") // "2026-W48" */
export function weekOfDate(iso: string): string {
  const days = dayNumber(iso);
  const weekday = (new Date(days * 86_400_000).getUTCDay() + 6) % 7; // Monday 0
  const thursday = days - weekday + 3;
  const year = new Date(thursday * 86_400_000).getUTCFullYear();
  const firstThursday = dayNumber(`${year}-01-04`);
  const firstMonday = firstThursday - ((new Date(firstThursday * 86_400_000).getUTCDay() + 6) % 7);
  const week = Math.floor((thursday - 3 - firstMonday) / 7) + 1;
  return `${year}-W${String(week).padStart(2, "0")}`;
}

/** The ISO week of an instant, in Swedish time. */
export function weekOf(at: Date): string {
  return weekOfDate(swedishDate(at));
}

/** The Monday of an ISO week. @example mondayOf("2026-W01") // "2025-12-29" */
export function mondayOf(week: string): string {
  const year = Number(week.slice(0, 4));
  const n = Number(week.slice(6));
  const jan4 = dayNumber(`${year}-01-04`);
  const monday1 = jan4 - ((new Date(jan4 * 86_400_000).getUTCDay() + 6) % 7);
  return isoOf(monday1 + (n - 1) * 7);
}

/** The week `n` weeks later (negative: earlier). */
export function addWeeks(week: string, n: number): string {
  return weekOfDate(addDays(mondayOf(week), n * 7));
}

/** True when the text is a week that exists (2026-W53 does not; 2020-W53 does). */
export function isWeek(week: string): boolean {
  return WEEK_PATTERN.test(week) && weekOfDate(mondayOf(week)) === week;
}

/** "vecka 48 2026" / "week 48 2026": never the code. */
export function weekName(week: string, locale = "sv"): string {
  const n = Number(week.slice(6));
  return `${locale === "sv" ? "vecka" : "week"} ${n} ${week.slice(0, 4)}`;
}
