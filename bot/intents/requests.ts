import { norwayDate } from '../../core/dates';
import { formatDate } from '../../core/format';
import { t } from '../../core/i18n';
import { waitingRequests } from '../../ops/requestsView';
import type { Turn } from '../turn';
import { goalCardFor } from './goal';
import { inbox } from './inbox';
import { reply, replyAll } from './send';

/** Requests shown each with its own card; more are listed by ID, each a message away from its card. */
export const REQUEST_CARDS_MAX = 3;

/**
 * "trekk tilbake forespørselen", "hvilke læringsmål venter på godkjenning?": the LIS's own requests
 * for approval that wait, each on its card with «Trekk tilbake». Someone who is no LIS asks what
 * waits for them: their inbox answers.
 */
export async function requestsIntent(turn: Turn): Promise<void> {
  const { lang } = turn;
  const r = await waitingRequests(
    turn.deps,
    { caller: turn.caller, today: norwayDate(turn.deps.now()) },
    turn.person,
  );
  if (r.kind !== 'done') return inbox(turn);
  const { profile, goals, activities } = r.value;
  const also = activities ? ` ${t(lang, 'requestsActivities', { n: activities })}` : '';
  if (!goals.length) return reply(turn, `${t(lang, 'requestsNone')}${also}`);
  if (goals.length > REQUEST_CARDS_MAX) {
    const list = goals
      .map((g) => `${g.goalId} (${t(lang, 'requestsSent', { date: formatDate(lang, g.requestedAt ?? '') })})`)
      .join(', ');
    return reply(
      turn,
      `${t(lang, 'requestsListed', { n: goals.length, list, first: goals[0]?.goalId ?? '' })}${also}`,
    );
  }
  const cards = await Promise.all(goals.map((g) => goalCardFor(turn, profile.traineeId, g.id)));
  const [first, ...rest] = cards.filter((c) => c !== undefined);
  if (!first) return reply(turn, `${t(lang, 'requestsNone')}${also}`);
  await replyAll(turn, [
    { card: first, text: `${t(lang, 'requestsCards', { n: goals.length })}${also}` },
    ...rest.map((card) => ({ card })),
  ]);
}
