import { norwayDate } from './dates';
import type { Lang } from './i18n';

const MONTHS_EN = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/**
 * 24.11.2026 in bokmål, 24 Nov 2026 in English. A date as it is; an instant (a timestamp) as the
 * day it was in Norway, so an approval at 00:30 shows that day, not the day before (UTC).
 */
export function formatDate(lang: Lang, iso: string): string {
  const [y, m, d] = norwayDate(iso).split('-');
  if (!y || !m || !d) return iso;
  return lang === 'nb' ? `${d}.${m}.${y}` : `${Number(d)} ${MONTHS_EN[Number(m) - 1]} ${y}`;
}

// Building a formatter is costly (time zone data); one is enough for the whole process.
const OSLO = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/Oslo',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

/** Date and time in Norwegian time (Europe/Oslo), as people there read it. */
export function formatDateTime(lang: Lang, iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  const parts = OSLO.formatToParts(d);
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  const date = formatDate(lang, `${get('year')}-${get('month')}-${get('day')}`);
  return lang === 'nb'
    ? `${date} kl. ${get('hour')}:${get('minute')}`
    : `${date} at ${get('hour')}:${get('minute')}`;
}

/**
 * The picked ones of an ordered list, runs of three or more neighbours written as a range
 * ("DEL1-001–DEL1-038", "DEL1-040", "DEL1-042"): a long list of IDs said in a line, none left out.
 */
export function rangesOf(ordered: readonly string[], picked: ReadonlySet<string>): string[] {
  const out: string[] = [];
  let run: string[] = [];
  for (const id of [...ordered, undefined]) {
    if (id !== undefined && picked.has(id)) {
      run.push(id);
      continue;
    }
    out.push(...(run.length > 2 ? [`${run[0]}–${run.at(-1)}`] : run));
    run = [];
  }
  return out;
}

/**
 * A list as one chat message: the heading, the first `max` lines, and what the rest are (counted),
 * each a paragraph. Nothing is cut silently: the count says how many are left out.
 */
export function listMessage<T>(
  heading: string,
  items: readonly T[],
  max: number,
  line: (item: T) => string,
  more: (n: number) => string,
): string {
  const rest = items.length - max;
  return [heading, ...items.slice(0, max).map(line), ...(rest > 0 ? [more(rest)] : [])].join('\n\n');
}

/** «Megan Bowen og Patti Fernandez», «A, B and C»: names in a sentence, in the reader's language. */
export function andList(lang: Lang, items: readonly string[]): string {
  return new Intl.ListFormat(lang === 'nb' ? 'nb-NO' : 'en-GB', { type: 'conjunction' }).format(items);
}

/** At most `n` characters, the cut shown with "…" (the whole text is a click away). */
export function shorten(s: string, n: number): string {
  return s.length > n ? `${s.slice(0, n - 1)}…` : s;
}
