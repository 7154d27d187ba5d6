import { norwayDate } from '../../core/dates';
import { t } from '../../core/i18n';
import type { TraineeProfile } from '../../core/model';
import { goalDocId } from '../../core/refs';
import { hasStanding, loadGoalOrBlank } from '../../ops/load';
import { traineeAskedAbout } from '../../ops/progressView';
import { goalCard } from '../actions/goalShared';
import type { Turn } from '../turn';
import { reply, sendCard, whoAnswer } from './send';

/**
 * "DEL1-064 for Alex", "godkjenn DEL1-064 for Alex", "hva mangler for DEL1-070?": that goal's card
 * as the caller may see it (its basis, what is missing, and the buttons the caller may press). The
 * decision stays a click on the card; the question only finds it.
 */
export async function goalIntent(turn: Turn, goalId: string, name?: string): Promise<void> {
  const { deps, lang } = turn;
  const who = await traineeAskedAbout(deps, turn, {
    ...(name ? { name } : {}),
    ...(turn.person ? { person: turn.person } : {}),
  });
  if (who.kind !== 'done') {
    await reply(turn, whoAnswer(turn, who, name));
    return;
  }
  const profile = await deps.store.trainees.getProfile(who.value);
  if (!profile || !hasStanding(turn.caller.aadObjectId, profile, norwayDate(deps.now()))) {
    await reply(turn, t(lang, 'err_not_found'));
    return;
  }
  await sendGoalCard(turn, profile, goalId);
}

/** The card of one goal of this LIS, the id as typed ("del1-64", "LM-1") matched to a plan they follow. */
export async function sendGoalCard(turn: Turn, profile: TraineeProfile, goalId: string): Promise<void> {
  const { deps, lang } = turn;
  const now = deps.now();
  const ref = deps.catalogs.inPlans(profile.catalogIds, goalId);
  const l =
    ref &&
    (await loadGoalOrBlank(deps, profile.traineeId, goalDocId(ref.catalogId, ref.goalId), now.toISOString()));
  if (!l) {
    await reply(turn, t(lang, 'err_not_found'));
    return;
  }
  await sendCard(
    turn,
    goalCard({ deps, lang, today: norwayDate(now) }, l, { aadObjectId: turn.caller.aadObjectId }),
  );
}
