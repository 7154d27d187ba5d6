import { activitiesModel, coursesModel, renderActivitiesCard } from '../../cards/activities';
import { escapeMarkdown as md } from '../../cards/render';
import { norwayDate } from '../../core/dates';
import { t } from '../../core/i18n';
import { activitiesView } from '../../ops/activitiesView';
import { coursesView } from '../../ops/coursesView';
import type { Outcome } from '../../ops/types';
import type { Turn } from '../turn';
import { reply, sendCard, whoAnswer } from './send';

/** "mine aktiviteter", "aktiviteter for Alex": the newest learning activities, each one click from its card. */
export async function activitiesIntent(turn: Turn, name?: string): Promise<void> {
  const r = await activitiesView(turn.deps, callOf(turn), askedAbout(turn, name));
  if (r.kind !== 'done') return notShown(turn, r, name);
  await sendCard(turn, renderActivitiesCard(activitiesModel(r.value, turn.lang)));
}

/** "hvilke kurs mangler jeg?", "kursene til Alex": the courses recorded, through the same door. */
export async function coursesIntent(turn: Turn, name?: string): Promise<void> {
  const r = await coursesView(turn.deps, callOf(turn), askedAbout(turn, name));
  if (r.kind !== 'done') return notShown(turn, r, name);
  await sendCard(turn, renderActivitiesCard(coursesModel(r.value, turn.lang)));
}

const callOf = (turn: Turn) => ({ caller: turn.caller, today: norwayDate(turn.deps.now()) });
const askedAbout = (turn: Turn, name?: string) => ({
  ...(name ? { name } : {}),
  ...(turn.person ? { person: turn.person } : {}),
});

/** A supervisor is told whose activities they are; anyone else gets the answer for no such LIS. */
function notShown(turn: Turn, r: Exclude<Outcome<unknown>, { kind: 'done' }>, name?: string): Promise<void> {
  if (r.kind === 'refused' && r.reason === 'forbidden')
    return reply(turn, t(turn.lang, 'activitiesNotYours', { trainee: md(r.details.trainee ?? '') }));
  return reply(turn, whoAnswer(turn, r, name));
}
