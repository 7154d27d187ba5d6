import { escapeMarkdown as md } from '../../cards/render';
import { norwayDate } from '../../core/dates';
import { formatDate, listMessage, shorten } from '../../core/format';
import { t } from '../../core/i18n';
import { signedByMe } from '../../ops/signedView';
import type { Turn } from '../turn';
import { activitiesIntent } from './activities';
import { quotingComment } from './lookBack';
import { reply } from './send';

/** Activities listed in one answer, newest first; the rest are counted (one LIS's are asked for by name). */
export const SIGNED_MAX = 20;
/** A description as the list quotes it (the activity's card has it whole). */
const TEXT_SHOWN = 160;

/**
 * "hva har jeg signert?": a supervisor (or a leader who marks activities as met) looks back at what
 * they decided, in their own chat (the activities are the LIS's).
 */
export async function signedIntent(turn: Turn, name?: string): Promise<void> {
  const { lang } = turn;
  const r = await signedByMe(
    turn.deps,
    { caller: turn.caller, today: norwayDate(turn.deps.now()) },
    name ? { name } : {},
    turn.person,
  );
  // A LIS with no role for others signs nothing: "mine signerte aktiviteter" means their own.
  if (!r.follows)
    return turn.person?.traineeId ? activitiesIntent(turn) : reply(turn, t(lang, 'signedNoRole'));
  if (r.lines.length === 0)
    return reply(turn, name ? t(lang, 'signedNoneFor', { name: md(name) }) : t(lang, 'signedNone'));
  return reply(
    turn,
    listMessage(
      t(lang, 'signedHeading', { n: r.lines.length }),
      r.lines,
      SIGNED_MAX,
      quotingComment(lang, (l) =>
        t(lang, 'signedLine', {
          when: formatDate(lang, l.at),
          outcome: t(lang, `signedOutcome_${l.outcome}`),
          trainee: md(l.trainee),
          kind: t(lang, `kind_${l.activityKind}`),
          date: formatDate(lang, l.date),
          what: md(shorten(l.description, TEXT_SHOWN)),
          goals: l.goalIds.join(', '),
        }),
      ),
      (n) => t(lang, name ? 'signedMoreNamed' : 'signedMore', { n }),
    ),
  );
}
