import { escapeMarkdown as md } from '../cards/render';
import { formatDate, formatDateTime } from '../core/format';
import { formatNumber, isTextKey, type Lang, t } from '../core/i18n';

const ROLES = new Set(['lis', 'leader', 'delegate', 'advisor', 'supervisor']);
const ARENAS = new Set(['hospital', 'municipality', 'psychiatry']);
const MILESTONES = new Set(['intro', 'halfway', 'final']);
const ABSENCE = new Set(['holiday', 'sick', 'leave', 'other']);
/** Facts that are numbers: written with the reader's decimal comma or point. */
const NUMBERS = new Set(['days', 'percent', 'owed', 'limit']);

/**
 * Puts the plain facts an operation gives (names, a role, an arena, dates) into words of one
 * language: names are escaped for card markdown, roles and arenas named, dates formatted.
 */
export function localVars(lang: Lang, vars: Record<string, string>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(vars)) {
    if ((k === 'role' || k === 'standing') && ROLES.has(v)) out[k] = t(lang, `role_${v as 'lis'}`);
    else if (k === 'arena' && ARENAS.has(v)) {
      out[k] = t(lang, `arena_${v as 'hospital'}`);
      out.arenaWhere = t(lang, `arenaWhere_${v as 'hospital'}`);
    } else if (k === 'when') out[k] = v ? formatDateTime(lang, v) : '';
    else if (k === 'from' || k === 'to') out[k] = formatDate(lang, v);
    else if (NUMBERS.has(k) && v !== '' && Number.isFinite(Number(v))) out[k] = formatNumber(lang, Number(v));
    else if (k === 'absenceKind' && ABSENCE.has(v)) out[k] = t(lang, `absenceKind_${v as 'holiday'}`);
    else if (k === 'milestone' || k === 'milestones')
      out[k] = v
        .split(',')
        .filter((m) => MILESTONES.has(m))
        .map((m) => t(lang, `milestone_${m as 'intro'}`))
        .join(', ');
    else out[k] = md(v);
  }
  return out;
}

/** The text of an operation's refusal: `err_<reason>` with its facts in words, and that nothing changed. */
export function refusalText(lang: Lang, reason: string, details: Record<string, string> = {}): string {
  const key = `err_${reason}`;
  const text = isTextKey(key) ? t(lang, key, localVars(lang, details)) : t(lang, 'err_not_found');
  return `${text} ${t(lang, 'nothingChanged')}`;
}

/**
 * What a supervisor is told after recording and signing for a LIS, by message or form: what, which
 * goals, and the day it is dated (as understood from "i går" or a date, or today): said, not assumed.
 */
export function supervisorRecordedText(
  lang: Lang,
  trainee: string,
  a: { description: string; date: string; goals: readonly { goalId: string }[] },
): string {
  return t(lang, 'supervisorRecorded', {
    trainee: md(trainee),
    what: md(a.description),
    goals: a.goals.map((g) => g.goalId).join(', '),
    date: formatDate(lang, a.date),
  });
}
