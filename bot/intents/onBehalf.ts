import { escapeMarkdown as md } from '../../cards/render';
import { norwayDate } from '../../core/dates';
import { formatDate, listMessage, shorten } from '../../core/format';
import { t } from '../../core/i18n';
import { verbText } from '../../core/words';
import { onBehalfOf } from '../../ops/onBehalfView';
import type { Turn } from '../turn';
import { quotingComment } from './lookBack';
import { reply } from './send';
import { whatsLeft } from './whatsLeft';

/** Decisions listed in one answer, newest first; the rest are counted, and each goal's history has them. */
export const ON_BEHALF_MAX = 20;

/**
 * "hva har Patti godkjent for meg?": a leader reads what a delegate approved, sent back or marked as
 * met on their behalf, newest first, in their own chat (the comments are about their LIS).
 */
export async function onBehalfIntent(turn: Turn, name?: string): Promise<void> {
  const { lang } = turn;
  const r = await onBehalfOf(
    turn.deps,
    { caller: turn.caller, today: norwayDate(turn.deps.now()) },
    name ? { name } : {},
    turn.person,
  );
  // A LIS asking "hva er godkjent for meg?" means their own goals: their status answers it.
  if (!r.leads) return turn.person?.traineeId ? whatsLeft(turn) : reply(turn, t(lang, 'onBehalfNotLeader'));
  if (r.lines.length === 0)
    return reply(turn, name ? t(lang, 'onBehalfNoneBy', { name: md(name) }) : t(lang, 'onBehalfNone'));
  return reply(
    turn,
    listMessage(
      t(lang, 'onBehalfHeading', { n: r.lines.length }),
      r.lines,
      ON_BEHALF_MAX,
      quotingComment(lang, (l) =>
        t(lang, 'onBehalfLine', {
          when: formatDate(lang, l.at),
          who: md(l.who || t(lang, 'someone')),
          what: `${verbText(lang, l.verb)} ${md(shorten(l.what, 120))}`,
          trainee: md(l.trainee),
        }),
      ),
      (n) => t(lang, 'onBehalfMore', { n }),
    ),
  );
}
