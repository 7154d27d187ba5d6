import { activityFormModel, renderActivityForm } from '../../cards/activityForm';
import { escapeMarkdown as md } from '../../cards/render';
import { norwayDate } from '../../core/dates';
import { t } from '../../core/i18n';
import { recordForLis, supervisorFormFor } from '../../ops/activitySupervisorRecord';
import { requestKey } from '../activityShape';
import { refusalText, supervisorRecordedText } from '../texts';
import type { Turn } from '../turn';
import { reply, sendCard } from './send';

/** "signer Alex: …": a supervisor records and signs an activity for a LIS; the LIS is asked to confirm it. */
export async function supervisorSign(turn: Turn, name: string, text: string): Promise<void> {
  const { lang } = turn;
  const now = turn.deps.now();
  const r = await recordForLis(
    turn.deps,
    {
      caller: turn.caller,
      key: requestKey(turn.context.activity.id, () => `${turn.caller.aadObjectId}:${now.toISOString()}`),
      now: now.toISOString(),
      today: norwayDate(now),
    },
    { name, text },
  );
  if (r.kind === 'done')
    await reply(turn, supervisorRecordedText(lang, r.value.profile.name, r.value.activity));
  else if (r.kind === 'invalid')
    await reply(turn, t(lang, 'supervisorRecordUnknownGoal', { id: r.details?.id ?? '' }));
  // The sentence named no goal (the operation read it; the example says how).
  else if (r.kind === 'refused' && r.reason === 'no_goals')
    await reply(turn, t(lang, 'supervisorRecordNoGoals'));
  else if (r.kind === 'refused' && r.reason === 'ambiguous')
    await reply(turn, t(lang, 'whoIsIt', { names: md(r.details.names ?? '') }));
  else if (r.kind === 'refused') await reply(turn, refusalText(lang, r.reason, r.details));
  else await reply(turn, t(lang, 'supervisorRecordNoLis', { name: md(name) }));
}

/** "signer Alex" (or "signer" with one LIS): the form to record and sign for the LIS, privately. */
export async function supervisorForm(turn: Turn, name?: string): Promise<void> {
  const { lang } = turn;
  const today = norwayDate(turn.deps.now());
  const r = await supervisorFormFor(
    turn.deps,
    {
      caller: turn.caller,
      key: requestKey(turn.context.activity.id, () => ''),
      now: turn.deps.now().toISOString(),
      today,
    },
    name ? { name } : {},
  );
  if (r.kind === 'done')
    await sendCard(
      turn,
      renderActivityForm(
        activityFormModel(r.value.profile, r.value.goals, turn.deps.catalogs, lang, today, {
          bySupervisor: true,
        }),
      ),
    );
  // The sentence named no goal (the operation read it; the example says how).
  else if (r.kind === 'refused' && r.reason === 'no_goals')
    await reply(turn, t(lang, 'supervisorRecordNoGoals'));
  else if (r.kind === 'refused' && r.reason === 'ambiguous')
    await reply(turn, t(lang, 'whoIsIt', { names: md(r.details.names ?? '') }));
  else
    await reply(
      turn,
      name ? t(lang, 'supervisorRecordNoLis', { name: md(name) }) : t(lang, 'supervisorOfNobody'),
    );
}
