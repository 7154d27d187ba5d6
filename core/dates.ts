/**
 * Calendar-date helpers on `YYYY-MM-DD` strings, in UTC, so results do not depend on the server's zone;
 * `norwayDate` turns an instant into the day it is in Norway.
 */

const DAY_MS = 86_400_000;

export function toIsoDate(d: Date): string {
  return d.toISOString().slice(0, 10);
}

// One formatter for the process: building one loads time zone data.
const NORWAY_DAY = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Europe/Oslo',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/**
 * The calendar day in Norway (Europe/Oslo) of an instant: what "today" and "the day it was
 * approved" mean to the people who use the app. From midnight to 01:00 (02:00 in summer) the UTC
 * date is still yesterday's, so a LIS recording tonight's shift after midnight would be told the
 * date is in the future. A plain date (`YYYY-MM-DD`) is returned as it is.
 */
export function norwayDate(at: Date | string): string {
  if (typeof at === 'string' && at.length <= 10) return at;
  const d = typeof at === 'string' ? new Date(at) : at;
  if (Number.isNaN(d.getTime())) return typeof at === 'string' ? at.slice(0, 10) : '';
  let y = '';
  let m = '';
  let day = '';
  for (const p of NORWAY_DAY.formatToParts(d)) {
    if (p.type === 'year') y = p.value;
    else if (p.type === 'month') m = p.value;
    else if (p.type === 'day') day = p.value;
  }
  return `${y}-${m}-${day}`;
}

export function addDays(isoDate: string, days: number): string {
  return toIsoDate(new Date(Date.parse(`${isoDate}T00:00:00Z`) + days * DAY_MS));
}

/** Whole days from `a` to `b` (negative when `b` is earlier). */
export function daysBetween(a: string, b: string): number {
  return Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / DAY_MS);
}

/** The days of `from`–`to` (inclusive) that fall inside `start`–`end` (inclusive): 0 when none do. */
export function overlapDays(from: string, to: string, start: string, end: string): number {
  let a = from;
  let b = to;
  if (a < start) a = start;
  if (b > end) b = end;
  return b < a ? 0 : daysBetween(a, b) + 1;
}

/** The last instant of a day in Norway (23:59:59.999 there: 21:59 or 22:59 UTC, summer or winter time). */
export function endOfNorwayDay(day: string): string {
  for (const h of [21, 22]) {
    const at = `${day}T${h}:59:59.999Z`;
    if (norwayDate(at) === day && norwayDate(new Date(Date.parse(at) + 1)) !== day) return at;
  }
  return `${day}T22:59:59.999Z`;
}

const NORWAY_CLOCK = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/Oslo',
  weekday: 'short',
  hour: '2-digit',
  hourCycle: 'h23',
});

/** When reminders the app sends by itself may go out: from 08:00 up to 16:00, Norwegian time, on weekdays. */
export const WORKING_HOURS = { from: 8, to: 16 } as const;

/**
 * Whether it is a weekday between 08:00 and 16:00 in Norway: when a reminder nobody asked for at
 * that moment may go out (a Teams notification at 03:00 or on a Sunday is not one a doctor wants).
 */
export function isWorkingHours(now: Date): boolean {
  let weekday = '';
  let hour = -1;
  for (const p of NORWAY_CLOCK.formatToParts(now)) {
    if (p.type === 'weekday') weekday = p.value;
    else if (p.type === 'hour') hour = Number(p.value);
  }
  return weekday !== 'Sat' && weekday !== 'Sun' && hour >= WORKING_HOURS.from && hour < WORKING_HOURS.to;
}
