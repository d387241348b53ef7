/**
 * The dates of the decision chain (samråd, utskott, kommunstyrelsen, the memo's date): a real
 * calendar date, not before the promise began, not before the step before it (the committee
 * after the consultation, the board after the committee), not in the future. A bad date is refused with a
 * code and a Swedish message (400 `invalid_body`, `details[0].code`), never a 500 and never stored.
 */
import { swedishDate } from "../platform/clock.js";
import { AppError } from "../platform/errors.js";

export type ChainDateProblem =
  | "date_impossible"
  | "date_before_promise"
  | "date_before_previous_step"
  | "date_in_future";

/** Today's calendar date in Sweden. */
export const todayInSweden = () => swedishDate(new Date());

const MESSAGES: Record<
  ChainDateProblem,
  (p: { value: string; notBefore: string; today: string; previous: string }) => string
> = {
  date_impossible: ({ value }) => `”${value}” är inget datum som finns. Skriv datumet som ÅÅÅÅ-MM-DD.`,
  date_before_promise: ({ value, notBefore }) =>
    `Datumet ${value} ligger före medborgarlöftets början (${notBefore}).`,
  date_before_previous_step: ({ value, previous }) =>
    `Datumet ${value} ligger före det föregående steget i beslutsgången (${previous}).`,
  date_in_future: ({ value, today }) => `Datumet ${value} har inte varit ännu (i dag är det ${today}).`,
};

/** Whether a text is a date that exists, written yyyy-mm-dd. @example isCalendarDate("2018-02-30") // false */
export function isCalendarDate(value: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!m) return false;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** What is wrong with a chain date, or null. */
export function chainDateProblem(
  value: string,
  bounds: { notBefore: string; today: string; previous?: string | null },
): ChainDateProblem | null {
  if (!isCalendarDate(value)) return "date_impossible";
  if (value < bounds.notBefore) return "date_before_promise";
  if (bounds.previous && value < bounds.previous) return "date_before_previous_step";
  if (value > bounds.today) return "date_in_future";
  return null;
}

/** The date, checked; a bad one throws `invalid_body` with the problem's code and a Swedish message. */
export function checkChainDate(
  raw: string,
  bounds: { field: string; notBefore: string; today: string; previous?: string | null },
): string {
  const value = raw.trim();
  const problem = chainDateProblem(value, bounds);
  if (!problem) return value;
  const message = MESSAGES[problem]({
    value,
    notBefore: bounds.notBefore,
    today: bounds.today,
    previous: bounds.previous ?? "",
  });
  throw new AppError("invalid_body", { entity: problem, param: bounds.field, value }, [
    { path: bounds.field, code: problem, message },
  ]);
}
