/**
 * Reporting period calendar: tertials (T1 Jan–Apr, T2 May–Aug, T3 Sep–Dec),
 * quarters (Q1–Q4) and halves (H1 Jan–Jun, H2 Jul–Dec). Years are limited to 2000–2100.
 */
import { addDays, daysInMonth, formatIsoDate, parseIsoDate } from "./iso-date.js";

/** Period scheme of a promise's follow-up. @example const s: PeriodScheme = "tertial"; */
export type PeriodScheme = "tertial" | "quarter" | "half";

/** One reporting period; `index` is 1-based. @example { scheme: "tertial", year: 2017, index: 1 } */
export interface PeriodRef {
  scheme: PeriodScheme;
  year: number;
  index: number;
}

/** Supported schemes, in order. @example PERIOD_SCHEMES.includes("half") // true */
export const PERIOD_SCHEMES: readonly PeriodScheme[] = ["tertial", "quarter", "half"];

/** Lowest and highest supported year. @example MIN_PERIOD_YEAR // 2000 */
export const MIN_PERIOD_YEAR = 2000;
/** @see MIN_PERIOD_YEAR @example MAX_PERIOD_YEAR // 2100 */
export const MAX_PERIOD_YEAR = 2100;

const SCHEMES: Record<PeriodScheme, { letter: string; count: number }> = {
  tertial: { letter: "T", count: 3 },
  quarter: { letter: "Q", count: 4 },
  half: { letter: "H", count: 2 },
};
const LETTER_TO_SCHEME: Record<string, PeriodScheme> = { T: "tertial", Q: "quarter", H: "half" };
const CODE = /^(\d{4})-(T[1-3]|Q[1-4]|H[1-2])$/;

/** Type guard for scheme names. @example isPeriodScheme("tertial") // true */
export function isPeriodScheme(x: unknown): x is PeriodScheme {
  return typeof x === "string" && Object.hasOwn(SCHEMES, x);
}

/** Number of periods per year. @example periodsPerYear("quarter") // 4 */
export function periodsPerYear(scheme: PeriodScheme): number {
  assertScheme(scheme);
  return SCHEMES[scheme].count;
}

function assertScheme(scheme: unknown): asserts scheme is PeriodScheme {
  if (!isPeriodScheme(scheme)) throw new RangeError(`Unknown period scheme: ${String(scheme)}`);
}

function assertYear(year: number): void {
  if (!Number.isInteger(year) || year < MIN_PERIOD_YEAR || year > MAX_PERIOD_YEAR) {
    throw new RangeError(`Year out of range ${MIN_PERIOD_YEAR}–${MAX_PERIOD_YEAR}: ${year}`);
  }
}

function assertRef(ref: PeriodRef): void {
  assertScheme(ref.scheme);
  assertYear(ref.year);
  const { count } = SCHEMES[ref.scheme];
  if (!Number.isInteger(ref.index) || ref.index < 1 || ref.index > count) {
    throw new RangeError(`Period index out of range 1–${count}: ${ref.index}`);
  }
}

/** Code of a period. Throws RangeError on an invalid ref. @example periodCode({ scheme: "quarter", year: 2017, index: 3 }) // "2017-Q3" */
export function periodCode(ref: PeriodRef): string {
  assertRef(ref);
  return `${ref.year}-${SCHEMES[ref.scheme].letter}${ref.index}`;
}

/** Strict parse of a period code; null when invalid or the year is outside 2000–2100. @example parsePeriodCode("2017-T1") // { scheme: "tertial", year: 2017, index: 1 } */
export function parsePeriodCode(code: string): PeriodRef | null {
  const m = typeof code === "string" ? CODE.exec(code) : null;
  if (!m?.[1] || !m[2]) return null;
  const year = Number(m[1]);
  if (year < MIN_PERIOD_YEAR || year > MAX_PERIOD_YEAR) return null;
  const scheme = LETTER_TO_SCHEME[m[2].charAt(0)] as PeriodScheme;
  return { scheme, year, index: Number(m[2].slice(1)) };
}

/** The period containing an ISO date. Throws RangeError on an invalid date or year. @example periodOf("2017-05-01", "tertial") // 2017-T2 */
export function periodOf(date: string, scheme: PeriodScheme): PeriodRef {
  assertScheme(scheme);
  const { year, month } = parseIsoDate(date);
  assertYear(year);
  const months = 12 / SCHEMES[scheme].count;
  return { scheme, year, index: Math.floor((month - 1) / months) + 1 };
}

/** First and last (inclusive) day of a period. @example periodBounds({ scheme: "half", year: 2017, index: 1 }) // { startsOn: "2017-01-01", endsOn: "2017-06-30" } */
export function periodBounds(ref: PeriodRef): { startsOn: string; endsOn: string } {
  assertRef(ref);
  const months = 12 / SCHEMES[ref.scheme].count;
  const startMonth = (ref.index - 1) * months + 1;
  const endMonth = ref.index * months;
  return {
    startsOn: formatIsoDate(ref.year, startMonth, 1),
    endsOn: formatIsoDate(ref.year, endMonth, daysInMonth(ref.year, endMonth)),
  };
}

/** Reporting deadline: last day of the period plus `offsetDays` (integer 0–90, else RangeError). @example periodDeadline({ scheme: "tertial", year: 2017, index: 1 }, 15) // "2017-05-15" */
export function periodDeadline(ref: PeriodRef, offsetDays: number): string {
  if (!Number.isInteger(offsetDays) || offsetDays < 0 || offsetDays > 90) {
    throw new RangeError(`offsetDays must be an integer 0–90: ${offsetDays}`);
  }
  return addDays(periodBounds(ref).endsOn, offsetDays);
}

/** The following period, crossing years. @example nextPeriod({ scheme: "tertial", year: 2017, index: 3 }) // 2018-T1 */
export function nextPeriod(ref: PeriodRef): PeriodRef {
  assertRef(ref);
  const last = ref.index === SCHEMES[ref.scheme].count;
  const next = { scheme: ref.scheme, year: last ? ref.year + 1 : ref.year, index: last ? 1 : ref.index + 1 };
  assertYear(next.year);
  return next;
}

/** The preceding period, crossing years. @example previousPeriod({ scheme: "half", year: 2018, index: 1 }) // 2017-H2 */
export function previousPeriod(ref: PeriodRef): PeriodRef {
  assertRef(ref);
  const first = ref.index === 1;
  const count = SCHEMES[ref.scheme].count;
  const prev = {
    scheme: ref.scheme,
    year: first ? ref.year - 1 : ref.year,
    index: first ? count : ref.index - 1,
  };
  assertYear(prev.year);
  return prev;
}

/** All periods of a year in order. @example periodsOfYear(2017, "half").map(periodCode) // ["2017-H1", "2017-H2"] */
export function periodsOfYear(year: number, scheme: PeriodScheme): PeriodRef[] {
  assertScheme(scheme);
  assertYear(year);
  return Array.from({ length: SCHEMES[scheme].count }, (_, i) => ({ scheme, year, index: i + 1 }));
}

/** All periods from `fromYear` through `toYear` (inclusive); RangeError if fromYear > toYear. @example periodsBetween(2017, 2018, "tertial").length // 6 */
export function periodsBetween(fromYear: number, toYear: number, scheme: PeriodScheme): PeriodRef[] {
  assertYear(fromYear);
  assertYear(toYear);
  if (fromYear > toYear) throw new RangeError(`fromYear ${fromYear} is after toYear ${toYear}`);
  const out: PeriodRef[] = [];
  for (let y = fromYear; y <= toYear; y++) out.push(...periodsOfYear(y, scheme));
  return out;
}

/** Sort comparator: by start date, then end date, then scheme name (so mixed schemes sort too). @example refs.sort(comparePeriods) */
export function comparePeriods(a: PeriodRef, b: PeriodRef): number {
  const ba = periodBounds(a);
  const bb = periodBounds(b);
  const cmp = (x: string, y: string) => (x < y ? -1 : x > y ? 1 : 0);
  return cmp(ba.startsOn, bb.startsOn) || cmp(ba.endsOn, bb.endsOn) || cmp(a.scheme, b.scheme);
}

/**
 * Every period that overlaps the span from `startsOn` to `endsOn` (inclusive ISO dates), in
 * order, across year boundaries. RangeError when the span ends before it starts.
 * @example periodsCovering("2023-05-01", "2024-04-30", "tertial").map(periodCode) // ["2023-T2", "2023-T3", "2024-T1"]
 */
export function periodsCovering(startsOn: string, endsOn: string, scheme: PeriodScheme): PeriodRef[] {
  if (endsOn < startsOn) throw new RangeError(`Span ends (${endsOn}) before it starts (${startsOn})`);
  const last = periodOf(endsOn, scheme);
  const out: PeriodRef[] = [];
  for (let ref = periodOf(startsOn, scheme); ; ref = nextPeriod(ref)) {
    out.push(ref);
    if (ref.year === last.year && ref.index === last.index) return out;
  }
}

/** The span a promise runs: its own dates, or whole years when it has none. @example promiseSpan({ fromYear: 2023, toYear: 2024, startsOn: null, endsOn: null }) // { startsOn: "2023-01-01", endsOn: "2024-12-31" } */
export function promiseSpan(p: {
  fromYear: number;
  toYear: number;
  startsOn: string | null;
  endsOn: string | null;
}): { startsOn: string; endsOn: string } {
  return { startsOn: p.startsOn ?? `${p.fromYear}-01-01`, endsOn: p.endsOn ?? `${p.toYear}-12-31` };
}

const PERIOD_WORDS: Record<"sv" | "en" | "ar" | "so", Record<PeriodScheme, string>> = {
  sv: { tertial: "tertial", quarter: "kvartal", half: "halvår" },
  en: { tertial: "four-month period", quarter: "quarter", half: "half-year" },
  ar: { tertial: "فترة الأربعة أشهر", quarter: "الربع", half: "نصف السنة" },
  so: { tertial: "xilliga afarta bilood", quarter: "rubuc", half: "badh sanadeed" },
};

/**
 * THE name of a period where people read it (pages, mails, documents); codes stay in URLs and
 * the API. An unknown code is returned as it is.
 * @example periodName("2023-T2", "sv") // "tertial 2 2023"
 * @example periodName("2024-Q1", "en") // "quarter 1 2024"
 */
export function periodName(code: string, locale: string = "sv"): string {
  const ref = parsePeriodCode(code);
  if (!ref) return code;
  const words = PERIOD_WORDS[locale === "en" || locale === "ar" || locale === "so" ? locale : "sv"];
  return `${words[ref.scheme]} ${ref.index} ${ref.year}`;
}
