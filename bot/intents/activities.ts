import { activitiesModel, renderActivitiesCard } from '../../cards/activities';
import { escapeMarkdown as md } from '../../cards/render';
import { norwayDate } from '../../core/dates';
import { t } from '../../core/i18n';
import { activitiesView } from '../../ops/activitiesView';
import type { Turn } from '../turn';
import { reply, sendCard, whoAnswer } from './send';

/** "mine aktiviteter", "aktiviteter for Alex": the newest learning activities, each one click from its card. */
export async function activitiesIntent(turn: Turn, name?: string): Promise<void> {
  const { lang } = turn;
  const r = await activitiesView(
    turn.deps,
    { caller: turn.caller, today: norwayDate(turn.deps.now()) },
    { ...(name ? { name } : {}), ...(turn.person ? { person: turn.person } : {}) },
  );
  if (r.kind === 'done') {
    await sendCard(turn, renderActivitiesCard(activitiesModel(r.value, lang)));
    return;
  }
  if (r.kind === 'refused' && r.reason === 'forbidden') {
    await reply(turn, t(lang, 'activitiesNotYours', { trainee: md(r.details.trainee ?? '') }));
    return;
  }
  await reply(turn, whoAnswer(turn, r, name));
}
