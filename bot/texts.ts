import { escapeMarkdown as md } from '../cards/render';
import { formatDate } from '../core/format';
import { type Lang, t } from '../core/i18n';
import * as words from '../core/words';

/** Facts in words, typed text escaped for card markdown (see `core/words`). */
export const localVars = (lang: Lang, vars: Record<string, string>): Record<string, string> =>
  words.localVars(lang, vars, md);

/** The text of an operation's refusal, typed text escaped for card markdown (see `core/words`). */
export const refusalText = (lang: Lang, reason: string, details: Record<string, string> = {}): string =>
  words.refusalText(lang, reason, details, md);

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
