import { coursesModel, renderActivitiesCard } from '../../cards/activities';
import { escapeMarkdown as md } from '../../cards/render';
import { norwayDate } from '../../core/dates';
import { t } from '../../core/i18n';
import { coursesView } from '../../ops/coursesView';
import type { Turn } from '../turn';
import { reply, sendCard, whoAnswer } from './send';

/** "hvilke kurs mangler jeg?", "kursene til Alex": the courses recorded, each one click from its card. */
export async function coursesIntent(turn: Turn, name?: string): Promise<void> {
  const { lang } = turn;
  const r = await coursesView(
    turn.deps,
    { caller: turn.caller, today: norwayDate(turn.deps.now()) },
    { ...(name ? { name } : {}), ...(turn.person ? { person: turn.person } : {}) },
  );
  if (r.kind === 'done') return sendCard(turn, renderActivitiesCard(coursesModel(r.value, lang)));
  if (r.kind === 'refused' && r.reason === 'forbidden')
    return reply(turn, t(lang, 'activitiesNotYours', { trainee: md(r.details.trainee ?? '') }));
  return reply(turn, whoAnswer(turn, r, name));
}
