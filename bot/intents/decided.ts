import { escapeMarkdown as md } from '../../cards/render';
import { norwayDate } from '../../core/dates';
import { formatDate, listMessage } from '../../core/format';
import { t } from '../../core/i18n';
import { activeFor } from '../../core/policy';
import { goalsDecidedByMe } from '../../ops/decidedView';
import type { Turn } from '../turn';
import { approvedIntent } from './approved';
import { quotingComment } from './lookBack';
import { reply } from './send';
import { SIGNED_MAX, signedIntent } from './signed';

/**
 * "hva har jeg godkjent?", "hva har jeg sendt tilbake?": a leader (or a delegate) looks back at the
 * goals they decided on, in their own chat. A supervisor is answered with what they signed, and a
 * LIS with their own approved goals: the words mean that to them.
 */
export async function decidedIntent(turn: Turn, name?: string): Promise<void> {
  const { lang, person } = turn;
  const r = await goalsDecidedByMe(
    turn.deps,
    { caller: turn.caller, today: norwayDate(turn.deps.now()) },
    name ? { name } : {},
    person,
  );
  if (!r.decides) {
    if (activeFor(person, ['supervisor']).length > 0) return signedIntent(turn, name);
    return person?.traineeId ? approvedIntent(turn) : reply(turn, t(lang, 'decidedNotLeader'));
  }
  if (r.lines.length === 0)
    return reply(turn, name ? t(lang, 'decidedNoneFor', { name: md(name) }) : t(lang, 'decidedNone'));
  return reply(
    turn,
    listMessage(
      t(lang, 'decidedHeading', { n: r.lines.length }),
      r.lines,
      SIGNED_MAX,
      quotingComment(lang, (l) =>
        t(lang, 'decidedLine', {
          when: formatDate(lang, l.at),
          what: t(lang, `decided_${l.verb.replace('.', '_')}` as 'decided_goal_approve', { goal: l.goalId }),
          trainee: md(l.trainee),
        }),
      ),
      (n) => t(lang, name ? 'signedMoreNamed' : 'decidedMore', { n }),
    ),
  );
}
