import { norwayDate } from '../../core/dates';
import { t } from '../../core/i18n';
import { goalDocId } from '../../core/refs';
import { ownTrainee } from '../../ops/forms';
import { loadGoalOrBlank } from '../../ops/load';
import { goalCard } from '../actions/goalShared';
import type { Turn } from '../turn';
import { reply, sendCard } from './send';

/** "be om godkjenning DEL1-042": shows the LIS's own goal with its basis and an "Ask for approval" button. */
export async function requestApprovalIntent(turn: Turn, goalId: string): Promise<void> {
  const { deps, lang } = turn;
  const own = await ownTrainee(deps, turn, turn.person);
  if (own.kind !== 'done') {
    await reply(turn, t(lang, 'err_not_registered'));
    return;
  }
  const profile = own.value.profile;
  // The id as typed ("del1-42", "LM-075"), matched to the plan's own spelling of it.
  const catalogId = profile.catalogIds.find((c) => deps.catalogs.typed(c, goalId));
  const goal = catalogId ? deps.catalogs.typed(catalogId, goalId) : undefined;
  const now = deps.now();
  const l =
    catalogId && goal
      ? await loadGoalOrBlank(deps, profile.traineeId, goalDocId(catalogId, goal.id), now.toISOString())
      : undefined;
  if (!l) {
    await reply(turn, t(lang, 'err_not_found'));
    return;
  }
  await sendCard(
    turn,
    goalCard({ deps, lang, today: norwayDate(now) }, l, { aadObjectId: profile.aadObjectId }),
  );
}
