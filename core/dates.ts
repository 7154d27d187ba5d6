/** Calendar-date helpers on `YYYY-MM-DD` strings, in UTC, so results do not depend on the server's zone. */

const DAY_MS = 86_400_000;

export function toIsoDate(d: Date): string {
  return d.toISOString().slice(0, 10);
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
