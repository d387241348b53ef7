/**
 * The time source of jobs and reminders. Production uses the system clock; tests pass a fixed
 * clock so that "today" is whatever the test says.
 *
 * @example
 * const clock = fixedClock("2017-05-08T06:00:00Z");
 * clock.today(); // "2017-05-08" (the calendar day in Sweden)
 */
export interface Clock {
  now(): Date;
  /** Today's calendar date in Sweden (Europe/Stockholm), as "yyyy-mm-dd". */
  today(): string;
}

const SWEDISH_DAY = new Intl.DateTimeFormat("sv-SE", {
  timeZone: "Europe/Stockholm",
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
});

/** The calendar date in Sweden at an instant. @example swedishDate(new Date("2017-05-07T23:30:00Z")) // "2017-05-08" */
export function swedishDate(at: Date): string {
  return SWEDISH_DAY.format(at);
}

export const systemClock: Clock = {
  now: () => new Date(),
  today: () => swedishDate(new Date()),
};

/** A clock that always answers the same instant (an ISO date means 06:00 UTC that day). */
export function fixedClock(at: string | Date): Clock {
  const instant = typeof at === "string" && /^\d{4}-\d{2}-\d{2}$/.test(at) ? `${at}T06:00:00Z` : at;
  const date = new Date(instant);
  return { now: () => new Date(date), today: () => swedishDate(date) };
}
