import { activityFormModel, renderActivityForm } from '../../cards/activityForm';
import { norwayDate } from '../../core/dates';
import { t } from '../../core/i18n';
import { activeHolders } from '../../core/policy';
import { ownTrainee } from '../../ops/forms';
import type { Turn } from '../turn';
import { reply, sendCard } from './send';

/** "ny aktivitet" / "new activity": the form to record a learning activity and ask for a signature. */
export async function newActivity(turn: Turn): Promise<void> {
  const own = await ownTrainee(turn.deps, turn, turn.person);
  if (own.kind !== 'done') {
    await reply(turn, t(turn.lang, 'err_not_registered'));
    return;
  }
  const snap = own.value;
  const today = norwayDate(turn.deps.now());
  const hint =
    activeHolders(snap.profile, 'supervisor').length === 0 ? t(turn.lang, 'err_no_supervisor') : undefined;
  await sendCard(
    turn,
    renderActivityForm(
      activityFormModel(snap.profile, snap.goals, turn.deps.catalogs, turn.lang, today, { notice: hint }),
    ),
  );
}
