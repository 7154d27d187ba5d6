import { toIsoDate } from '../../core/dates';
import { t } from '../../core/i18n';
import { goalDocId } from '../../core/model';
import { loadGoalOrBlank } from '../actions/goalRequest';
import { goalCard } from '../actions/goalShared';
import type { Turn } from '../turn';
import { sendCard } from './send';

/** "be om godkjenning DEL1-042": shows the goal with its basis and an "Ask for approval" button. */
export async function requestApprovalIntent(turn: Turn, goalId: string): Promise<void> {
  const { deps, lang } = turn;
  const traineeId = turn.person?.traineeId;
  const profile = traineeId ? await deps.store.trainees.getProfile(traineeId) : undefined;
  if (!profile || !traineeId) {
    await turn.context.sendActivity(t(lang, 'err_not_registered'));
    return;
  }
  const catalogId = profile.catalogIds.find((c) => deps.catalogs.goal(c, goalId));
  const now = deps.now();
  const l = catalogId
    ? await loadGoalOrBlank(deps, traineeId, goalDocId(catalogId, goalId), now.toISOString())
    : undefined;
  if (!l) {
    await turn.context.sendActivity(t(lang, 'err_not_found'));
    return;
  }
  await sendCard(
    turn,
    goalCard({ deps, lang, today: toIsoDate(now) }, l, { aadObjectId: profile.aadObjectId }),
  );
}
