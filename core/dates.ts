/**
 * Calendar-date helpers on `YYYY-MM-DD` strings, in UTC, so results do not depend on the server's zone;
 * `norwayDate` turns an instant into the day it is in Norway.
 */

const DAY_MS = 86_400_000;

export function toIsoDate(d: Date): string {
  return d.toISOString().slice(0, 10);
}

/**
 * A real calendar day written `YYYY-MM-DD`. `Date.parse` alone is not enough: it takes 30 February
 * and 31 April and rolls them over into the next month, so such a date would be stored as typed.
 */
export function isIsoDate(v: unknown): v is string {
  if (typeof v !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(v)) return false;
  const ms = Date.parse(`${v}T00:00:00Z`);
  return !Number.isNaN(ms) && toIsoDate(new Date(ms)) === v;
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

/**
 * The same day `n` calendar months later; the month's last day where that month is shorter (31 August
 * and six months is 28 February). The regulation counts LIS1's parts in months, not in days.
 */
export function addMonths(isoDate: string, n: number): string {
  const [y = 0, m = 1, d = 1] = isoDate.split('-').map(Number);
  const months = y * 12 + (m - 1) + n;
  const year = Math.floor(months / 12);
  const month = months - year * 12;
  const last = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  return `${String(year).padStart(4, '0')}-${String(month + 1).padStart(2, '0')}-${String(Math.min(d, last)).padStart(2, '0')}`;
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

/** When reminders the app sends by itself may go out: from 08:00 up to 16:00, Norwegian time, on working days. */
export const WORKING_HOURS = { from: 8, to: 16 } as const;

/** Easter Sunday of a year (the Gregorian computus, "Meeus/Jones/Butcher"), as `YYYY-MM-DD`. */
function easter(year: number): string {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/**
 * Norway's public holidays on weekdays that move or fall on fixed dates (helligdager, lov om
 * helligdager og helligdagsfred; 1 and 17 May, lov om 1. og 17. mai som høgtidsdagar): New Year's
 * Day, Maundy Thursday, Good Friday, Easter Monday, 1 May, 17 May, Ascension Day, Whit Monday,
 * Christmas Day and Boxing Day.
 */
export function isNorwegianHoliday(day: string): boolean {
  const md = day.slice(5);
  if (['01-01', '05-01', '05-17', '12-25', '12-26'].includes(md)) return true;
  const e = easter(Number(day.slice(0, 4)));
  return [-3, -2, 1, 39, 50].some((offset) => addDays(e, offset) === day);
}

/**
 * Whether it is a working day (not a weekend, not a public holiday) between 08:00 and 16:00 in
 * Norway: when a reminder nobody asked for at that moment may go out (a Teams notification at
 * 03:00, on a Sunday or on 17 May is not one a doctor wants).
 */
export function isWorkingHours(now: Date): boolean {
  let weekday = '';
  let hour = -1;
  for (const p of NORWAY_CLOCK.formatToParts(now)) {
    if (p.type === 'weekday') weekday = p.value;
    else if (p.type === 'hour') hour = Number(p.value);
  }
  return (
    weekday !== 'Sat' &&
    weekday !== 'Sun' &&
    hour >= WORKING_HOURS.from &&
    hour < WORKING_HOURS.to &&
    !isNorwegianHoliday(norwayDate(now))
  );
}

/** Month names, Norwegian and English, January first. */
const MONTH_NAMES = [
  ['januar', 'january'],
  ['februar', 'february'],
  ['mars', 'march'],
  ['april'],
  ['mai', 'may'],
  ['juni', 'june'],
  ['juli', 'july'],
  ['august'],
  ['september'],
  ['oktober', 'october'],
  ['november'],
  ['desember', 'december'],
];

/** A month's name or its first three letters or more (`nov`, `nov.`, `sept`), Norwegian or English → 1–12. */
export function monthOf(word: string): number | undefined {
  const w = word.toLowerCase().replace(/\.$/, '');
  const i = MONTH_NAMES.findIndex((names) =>
    names.some((n) => n === w || (w.length >= 3 && n.startsWith(w))),
  );
  return i < 0 ? undefined : i + 1;
}

/** `YYYY-MM-DD`, or undefined for a day that does not exist. */
export function isoDay(y: number, m: number, d: number): string | undefined {
  const t = new Date(Date.UTC(y, m - 1, d));
  if (t.getUTCFullYear() !== y || t.getUTCMonth() !== m - 1 || t.getUTCDate() !== d) return undefined;
  return t.toISOString().slice(0, 10);
}

const MONTH = '([a-zæøå]{3,9})\\.?';
/** A day and month as written in Norway ("1.12", "01.12.2026", "1. desember", "1 December 2026"). */
const DAY_MONTH = `(\\d{1,2})(?:\\.(\\d{1,2})\\.?(?:(\\d{4})(?!\\d))?|\\.? ${MONTH}(?: (\\d{4}))?)`;
const UNTIL = '\\s*(?:-|–|—|til|to|until|t\\.?o\\.?m\\.?)\\s*';
const FROM = '(?:(?:fra|fom|f\\.o\\.m\\.|from)\\s+)?';
/** "1.12–5.12", "fra 1. til 5. desember", "28. desember til 3. januar 2027", "2026-12-01 til 2026-12-05". */
const PERIOD = new RegExp(
  `(?<![\\d.])${FROM}(?:(\\d{1,2})\\.?${UNTIL}${DAY_MONTH}|${DAY_MONTH}(?:${UNTIL}${DAY_MONTH})?)(?![\\d])`,
  'giu',
);
const ISO_PERIOD = /(?<!\d)(\d{4}-\d{2}-\d{2})(?:\s*(?:-|–|—|til|to)\s*(\d{4}-\d{2}-\d{2}))?(?!\d)/;

/**
 * The period a message names ("Alex har ferie 1.12–5.12", "Lynne var syk 3. desember"), as
 * calendar days; a day without a year is taken in the year that puts it nearest `today` (a leader
 * records absence just past or just ahead). Undefined when none is named, or it is not a real
 * period (31.02, an end before the start): the form is then left for them to fill in.
 */
export function periodInText(text: string, today: string): { from: string; to: string } | undefined {
  const iso = ISO_PERIOD.exec(text);
  if (iso?.[1]) {
    const from = iso[1];
    const to = iso[2] ?? from;
    return isIsoDate(from) && isIsoDate(to) && to >= from ? { from, to } : undefined;
  }
  // The first that is a period ("3 uker fra 1.12" reads past "3 uker").
  for (const m of text.matchAll(PERIOD)) {
    const found = periodOf(m, today);
    if (found) return found;
  }
  return undefined;
}

function periodOf(m: RegExpMatchArray, today: string): { from: string; to: string } | undefined {
  const g = (i: number) => m[i];
  // Groups: 1 a bare first day ("1.–5. desember"); 2–6 the day-month after it; 7–11 a first
  // day-month; 12–16 the day-month after that.
  const dm = (i: number) => {
    if (g(i) === undefined) return undefined;
    const month = g(i + 1) ? Number(g(i + 1)) : monthOf(g(i + 3) ?? '');
    return month ? { day: Number(g(i)), month, year: g(i + 2) ?? g(i + 4) } : null;
  };
  const bare = g(1);
  // A second day-month that is no date ("1.12 til 5 uker") makes no period; none at all, one day.
  const second = dm(12);
  const end = bare ? dm(2) : second === undefined ? dm(7) : second;
  const start = bare && end ? { ...end, day: Number(bare) } : dm(7);
  if (!start || !end) return undefined;
  const to = dayOf(end, today);
  if (!to) return undefined;
  // A start without a year of its own is in the end's year, or over new year the one before ("28.12–3.1").
  let from = dayOf(start.year ? start : { ...start, year: to.slice(0, 4) }, today);
  if (from && !start.year && from > to && start.month > end.month)
    from = dayOf({ ...start, year: String(Number(to.slice(0, 4)) - 1) }, today);
  return from && from <= to ? { from, to } : undefined;
}

/** A day and month as a date: in the year given, or the one nearest `today`. */
function dayOf(
  d: { day: number; month: number; year?: string | undefined },
  today: string,
): string | undefined {
  if (d.year) return isoDay(Number(d.year), d.month, d.day);
  const y = Number(today.slice(0, 4));
  const options = [y - 1, y, y + 1].flatMap((year) => isoDay(year, d.month, d.day) ?? []);
  const distance = (iso: string) => Math.abs(Date.parse(iso) - Date.parse(today));
  return options.sort((a, b) => distance(a) - distance(b))[0];
}

/** The same day a year later (from 29 February: the 28th, a day that exists). */
export function yearAhead(today: string): string {
  const year = Number(today.slice(0, 4)) + 1;
  const next = `${year}${today.slice(4)}`;
  return isIsoDate(next) ? next : `${year}-02-28`;
}
