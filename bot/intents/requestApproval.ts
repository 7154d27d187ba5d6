import { toIsoDate } from '../../core/dates';
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
  const catalogId = profile.catalogIds.find((c) => deps.catalogs.goal(c, goalId));
  const now = deps.now();
  const l = catalogId
    ? await loadGoalOrBlank(deps, profile.traineeId, goalDocId(catalogId, goalId), now.toISOString())
    : undefined;
  if (!l) {
    await reply(turn, t(lang, 'err_not_found'));
    return;
  }
  await sendCard(
    turn,
    goalCard({ deps, lang, today: toIsoDate(now) }, l, { aadObjectId: profile.aadObjectId }),
  );
}
