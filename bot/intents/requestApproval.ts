import { t } from '../../core/i18n';
import { ownTrainee } from '../../ops/forms';
import type { Turn } from '../turn';
import { sendGoalCard } from './goal';
import { reply } from './send';

/**
 * "be om godkjenning DEL1-042": shows the LIS's own goal with its basis and an "Ask for approval"
 * button; each other goal the message named gets its card too, and those beyond them are counted.
 */
export async function requestApprovalIntent(
  turn: Turn,
  goalId: string,
  also: readonly string[] = [],
  beyond = 0,
): Promise<void> {
  const { deps, lang } = turn;
  const own = await ownTrainee(deps, turn, turn.person);
  if (own.kind !== 'done') {
    await reply(turn, t(lang, 'err_not_registered'));
    return;
  }
  await sendGoalCard(turn, own.value.profile, goalId);
  for (const other of also) await sendGoalCard(turn, own.value.profile, other);
  if (beyond > 0) await reply(turn, t(lang, 'goalsBeyond', { shown: 1 + also.length, count: beyond }));
}
