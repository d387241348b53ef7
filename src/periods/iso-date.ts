/**
 * Plain ISO calendar dates ("yyyy-mm-dd") with UTC-only arithmetic.
 * Dates never pass through local time, so results do not depend on the server's time zone.
 */

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DAY_MS = 86_400_000;

/**
 * True for leap years in the proleptic Gregorian calendar.
 * @example isLeapYear(2020) // true; isLeapYear(2100) // false
 */
export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/**
 * Number of days in a month (month is 1-based).
 * @example daysInMonth(2024, 2) // 29
 */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/**
 * True only for real calendar dates written as "yyyy-mm-dd".
 * @example isIsoDate("2016-02-29") // true; isIsoDate("2017-02-29") // false
 */
export function isIsoDate(s: string): boolean {
  if (typeof s !== "string") return false;
  const m = ISO_DATE.exec(s);
  if (!m) return false;
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

/**
 * Splits a valid ISO date into numbers; throws RangeError when `iso` is not a real date.
 * @example parseIsoDate("2017-05-01") // { year: 2017, month: 5, day: 1 }
 */
export function parseIsoDate(iso: string): { year: number; month: number; day: number } {
  if (!isIsoDate(iso)) throw new RangeError(`Invalid ISO date: ${String(iso)}`);
  const [year, month, day] = iso.split("-").map(Number) as [number, number, number];
  return { year, month, day };
}

/**
 * Formats year, month and day (1-based) as "yyyy-mm-dd".
 * @example formatIsoDate(2017, 4, 30) // "2017-04-30"
 */
export function formatIsoDate(year: number, month: number, day: number): string {
  const p = (n: number, w: number) => String(n).padStart(w, "0");
  return `${p(year, 4)}-${p(month, 2)}-${p(day, 2)}`;
}

/**
 * Adds a whole number of days (negative allowed) to an ISO date.
 * Throws RangeError for an invalid date, a non-integer `n` or a result outside years 0000–9999.
 * @example addDays("2016-02-28", 1) // "2016-02-29"
 */
export function addDays(iso: string, n: number): string {
  const { year, month, day } = parseIsoDate(iso);
  if (!Number.isSafeInteger(n)) throw new RangeError(`Days must be an integer: ${n}`);
  const d = new Date(0);
  d.setUTCFullYear(year, month - 1, day);
  const shifted = new Date(d.getTime() + n * DAY_MS);
  const y = shifted.getUTCFullYear();
  if (!(y >= 0 && y <= 9999)) throw new RangeError(`Date out of range: ${iso} + ${n} days`);
  return formatIsoDate(y, shifted.getUTCMonth() + 1, shifted.getUTCDate());
}

/**
 * Compares two ISO dates for sorting: negative, 0 or positive. Throws RangeError on invalid dates.
 * @example ["2017-09-01", "2017-01-01"].sort(compareIsoDates) // ["2017-01-01", "2017-09-01"]
 */
export function compareIsoDates(a: string, b: string): number {
  parseIsoDate(a);
  parseIsoDate(b);
  return a < b ? -1 : a > b ? 1 : 0;
}
