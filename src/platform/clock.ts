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

const SWEDISH_HOUR = new Intl.DateTimeFormat("sv-SE", {
  timeZone: "Europe/Stockholm",
  hour: "2-digit",
  hour12: false,
});

/**
 * The instant of a whole hour on a Swedish calendar day (winter UTC+1, summer UTC+2).
 * @example swedishHourOn("2018-01-07", 7) // 2018-01-07T06:00:00Z
 */
export function swedishHourOn(date: string, hour: number): Date {
  for (const offset of [1, 2]) {
    const candidate = new Date(Date.parse(`${date}T00:00:00Z`) + (hour - offset) * 3_600_000);
    if (Number(SWEDISH_HOUR.format(candidate)) === hour && swedishDate(candidate) === date) return candidate;
  }
  // The hour does not exist that day (the spring change): take the hour after.
  return new Date(Date.parse(`${date}T00:00:00Z`) + (hour - 1) * 3_600_000);
}

/** The instant `months` calendar months before `now` (a retention's cutoff). */
export function retentionCutoff(now: Date, months: number): Date {
  const cutoff = new Date(now);
  cutoff.setUTCMonth(cutoff.getUTCMonth() - months);
  return cutoff;
}
