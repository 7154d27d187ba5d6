import { t } from '../../core/i18n';
import { ownTrainee } from '../../ops/forms';
import type { Turn } from '../turn';
import { sendGoalCard } from './goal';
import { reply } from './send';

/** "be om godkjenning DEL1-042": shows the LIS's own goal with its basis and an "Ask for approval" button. */
export async function requestApprovalIntent(turn: Turn, goalId: string): Promise<void> {
  const { deps, lang } = turn;
  const own = await ownTrainee(deps, turn, turn.person);
  if (own.kind !== 'done') {
    await reply(turn, t(lang, 'err_not_registered'));
    return;
  }
  await sendGoalCard(turn, own.value.profile, goalId);
}
