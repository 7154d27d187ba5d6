import { addDays, isoDay, monthOf } from './dates';
import { typedGoalId } from './refs';

/**
 * What a supervisor wrote after "signer Alex:": the goal ids it names (DEL1-012, FKM-3 → FKM-003),
 * the day ("i dag", "i går", or a date), and the rest as the description. Only what `isGoal` knows
 * as a goal id is taken out: clinical text is full of the same shape ("covid-19", "SARS-CoV-2",
 * "ICD-10", "uke-12"), and those stay in the description. Pure.
 */
export function parseSupervisorRecord(
  text: string,
  today: string,
  isGoal: (typedId: string) => boolean,
): { description: string; date: string; goalIds: string[] } {
  const goalIds: string[] = [];
  let rest = text.replace(/\b([A-Za-z][A-Za-z0-9]{0,9})-(\d{1,4})\b/g, (m, prefix: string, num: string) => {
    const id = typedGoalId(`${prefix}-${num}`);
    if (!isGoal(id)) return m;
    goalIds.push(id);
    return ' ';
  });
  let date = today;
  const written = writtenDate(rest, today);
  if (written) {
    date = written.date;
    rest = rest.replace(written.text, ' ');
  } else if (/\b(?:i går|igår|yesterday)\b/i.test(rest)) date = addDays(today, -1);
  rest = rest
    .replace(/\b(?:i dag|idag|today|i går|igår|yesterday)\b/gi, ' ')
    .replace(/\s+([,;])/g, '$1')
    .replace(/[,;](\s*[,;])+/g, ',')
    // What is left at the end once the ids are out: commas and the little words between them.
    .replace(/(?:[\s,;.]|\b(?:og|and)\b)+$/gi, '')
    .replace(/^[\s,;]+/g, '')
    .replace(/\s{2,}/g, ' ')
    .trim();
  return { description: rest, date, goalIds: [...new Set(goalIds)] };
}

const MONTH_WORD = '([A-Za-zæøåÆØÅ]{3,9}\\.?)';

/**
 * The first date written in the text, as people write them: `2026-11-20`, `20.11.2026`, `20.11.26`,
 * `20. november 2026`, `20. nov`, `November 20`. Without a year it is the latest such day up to
 * today (in January, "20. desember" is last December). A day that does not exist (31.02) is text.
 * A bare `20.11` is not taken: "2.5 mg" is a dose.
 */
function writtenDate(text: string, today: string): { date: string; text: string } | undefined {
  const found: { at: number; text: string; y?: number; m: number; d: number }[] = [];
  for (const m of text.matchAll(/\b(\d{4})-(\d{2})-(\d{2})\b/g))
    found.push({ at: m.index, text: m[0], y: Number(m[1]), m: Number(m[2]), d: Number(m[3]) });
  for (const m of text.matchAll(/\b(\d{1,2})\.(\d{1,2})\.(\d{4}|\d{2})\b/g)) {
    const y = Number(m[3]);
    found.push({ at: m.index, text: m[0], y: y < 100 ? 2000 + y : y, m: Number(m[2]), d: Number(m[1]) });
  }
  // A month by name: "20. november 2026" (day first) or "November 20, 2026" (month first).
  const named = (m: RegExpMatchArray, day: number, month: number, year: number) => {
    const mo = monthOf(m[month] ?? '');
    if (mo)
      found.push({
        at: m.index ?? 0,
        text: m[0],
        m: mo,
        d: Number(m[day]),
        ...(m[year] ? { y: Number(m[year]) } : {}),
      });
  };
  for (const m of text.matchAll(new RegExp(`\\b(\\d{1,2})\\.?\\s+${MONTH_WORD}(?:\\s+(\\d{4}))?`, 'g')))
    named(m, 1, 2, 3);
  for (const m of text.matchAll(new RegExp(`\\b${MONTH_WORD}\\s+(\\d{1,2})(?:,?\\s+(\\d{4}))?\\b`, 'g')))
    named(m, 2, 1, 3);
  found.sort((a, b) => a.at - b.at);
  for (const f of found) {
    const year = f.y ?? Number(today.slice(0, 4));
    let date = isoDay(year, f.m, f.d);
    if (date && f.y === undefined && date > today) date = isoDay(year - 1, f.m, f.d);
    if (date) return { date, text: f.text };
  }
  return undefined;
}
