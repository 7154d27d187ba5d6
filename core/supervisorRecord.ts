import { addDays } from './dates';

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
    const id = `${prefix.toUpperCase()}-${num.padStart(3, '0')}`;
    if (!isGoal(id)) return m;
    goalIds.push(id);
    return ' ';
  });
  let date = today;
  const iso = /\b(\d{4}-\d{2}-\d{2})\b/.exec(rest);
  const nb = /\b(\d{1,2})\.(\d{1,2})\.(\d{4})\b/.exec(rest);
  if (iso?.[1]) date = iso[1];
  else if (nb) date = `${nb[3]}-${(nb[2] ?? '').padStart(2, '0')}-${(nb[1] ?? '').padStart(2, '0')}`;
  else if (/\b(?:i går|igår|yesterday)\b/i.test(rest)) date = addDays(today, -1);
  rest = rest
    .replace(/\b(?:i dag|idag|today|i går|igår|yesterday)\b/gi, ' ')
    .replace(/\b\d{4}-\d{2}-\d{2}\b|\b\d{1,2}\.\d{1,2}\.\d{4}\b/g, ' ')
    .replace(/\s+([,;])/g, '$1')
    .replace(/[,;](\s*[,;])+/g, ',')
    // What is left at the end once the ids are out: commas and the little words between them.
    .replace(/(?:[\s,;.]|\b(?:og|and)\b)+$/gi, '')
    .replace(/^[\s,;]+/g, '')
    .replace(/\s{2,}/g, ' ')
    .trim();
  return { description: rest, date, goalIds: [...new Set(goalIds)] };
}
