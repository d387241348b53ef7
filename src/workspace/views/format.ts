import { intlTag, type Locale } from "../../platform/i18n/index.js";

const TZ = "Europe/Stockholm";

/** "25 november 2026" from an ISO date. */
export function formatDate(locale: Locale, isoDate: string): string {
  return new Intl.DateTimeFormat(intlTag(locale), {
    dateStyle: "long",
    timeZone: "UTC",
  }).format(new Date(`${isoDate}T00:00:00Z`));
}

/** "25 november 2026 10:14" (Swedish time) from an ISO timestamp. */
export function formatDateTime(locale: Locale, iso: string): string {
  return new Intl.DateTimeFormat(intlTag(locale), {
    dateStyle: "long",
    timeStyle: "short",
    timeZone: TZ,
  }).format(new Date(iso));
}

/** Today's date in Sweden as an ISO date (deadlines are Swedish dates). */
export function todayInSweden(now = new Date()): string {
  return new Intl.DateTimeFormat("sv-SE", { timeZone: TZ }).format(now);
}

/** A number as Swedes write it ("3,5"). */
export function formatNumber(locale: Locale, value: number): string {
  return new Intl.NumberFormat(intlTag(locale), { maximumFractionDigits: 2 }).format(value);
}
