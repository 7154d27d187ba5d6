import { activityFormModel, renderActivityForm } from '../../cards/activityForm';
import { addDays, norwayDate, periodInText } from '../../core/dates';
import { t } from '../../core/i18n';
import { type ActivityKind, UNSUPERVISED_KINDS } from '../../core/model';
import { activeHolders } from '../../core/policy';
import { ownTrainee } from '../../ops/forms';
import type { Turn } from '../turn';
import { reply, sendCard } from './send';

/**
 * "ny aktivitet" / "new activity": the form to record a learning activity and ask for a signature.
 * "jeg var på kurs i går …" ("… 20.11") chooses the kind and the date; a course or e-learning goes to the leader to mark as
 * met (no supervisor watched it), when the LIS has one.
 */
export async function newActivity(turn: Turn, activityKind?: ActivityKind, daysAgo?: number): Promise<void> {
  const own = await ownTrainee(turn.deps, turn, turn.person);
  if (own.kind !== 'done') {
    await reply(turn, t(turn.lang, 'err_not_registered'));
    return;
  }
  const snap = own.value;
  const today = norwayDate(turn.deps.now());
  const toLeader =
    !!activityKind &&
    UNSUPERVISED_KINDS.includes(activityKind) &&
    activeHolders(snap.profile, 'leader').length > 0;
  // "jeg var på kurs 20.11": that day, when it is one day and not ahead (an activity is done first).
  const said = periodInText(turn.context.activity.text ?? '', today);
  const date =
    said && said.from === said.to && said.from <= today
      ? said.from
      : daysAgo
        ? addDays(today, -daysAgo)
        : undefined;
  const values = {
    ...(activityKind ? { activityKind } : {}),
    ...(date ? { date } : {}),
    ...(toLeader ? { supervisor: 'leader' } : {}),
  };
  const hint =
    activeHolders(snap.profile, 'supervisor').length === 0 ? t(turn.lang, 'err_no_supervisor') : undefined;
  await sendCard(
    turn,
    renderActivityForm(
      activityFormModel(snap.profile, snap.goals, turn.deps.catalogs, turn.lang, today, {
        notice: hint,
        values,
      }),
    ),
  );
}
