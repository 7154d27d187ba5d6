import { type AdaptiveCard, escapeMarkdown } from '../../cards/render';
import { norwayDate } from '../../core/dates';
import { t } from '../../core/i18n';
import type { Stored, TraineeProfile } from '../../core/model';
import { goalDocId } from '../../core/refs';
import { hasStanding, loadGoalOrBlank } from '../../ops/load';
import { traineeAskedAbout } from '../../ops/progressView';
import { CARD_ACTIONS } from '../actions';
import { goalCard } from '../actions/goalShared';
import { requestKey } from '../activityShape';
import { correlationId } from '../log';
import type { Turn } from '../turn';
import { reply, sendCard, whoAnswer } from './send';

/**
 * "DEL1-064 for Alex", "godkjenn DEL1-064 for Alex", "hva mangler for DEL1-070?": that goal's card
 * as the caller may see it (its basis, what is missing, and the buttons the caller may press). The
 * decision stays a click on the card; the question only finds it.
 */
export async function goalIntent(
  turn: Turn,
  goalId: string,
  name?: string,
  history?: boolean,
  /** The message said more than which goal: the card comes with a word that none of that was kept. */
  more?: boolean,
  /** Other goals the message named, of the same LIS: a card each after the first. */
  also: readonly string[] = [],
  /** How many more it named than get a card: said, not dropped. */
  beyond = 0,
): Promise<void> {
  const { deps, lang } = turn;
  const read = new Map<string, Stored<TraineeProfile>>();
  const who = await traineeAskedAbout(deps, turn, {
    ...(name ? { name } : {}),
    ...(turn.person ? { person: turn.person } : {}),
    goalId,
    read,
  });
  if (who.kind !== 'done') {
    await reply(turn, whoAnswer(turn, who, name));
    return;
  }
  const profile = read.get(who.value) ?? (await deps.store.trainees.getProfile(who.value));
  if (!profile || !hasStanding(turn.caller.aadObjectId, profile, norwayDate(deps.now()))) {
    await reply(turn, t(lang, 'err_not_found'));
    return;
  }
  await sendGoalCard(turn, profile, goalId, history, more);
  for (const other of also) await sendGoalCard(turn, profile, other, history);
  if (beyond > 0) await reply(turn, t(lang, 'goalsBeyond', { shown: 1 + also.length, count: beyond }));
}

/**
 * The card of one goal of this LIS, the id as typed ("del1-64", "LM-1") matched to a plan they
 * follow; or its history, as "Vis historikk" on that card shows it (the same doors).
 */
export async function sendGoalCard(
  turn: Turn,
  profile: TraineeProfile,
  goalId: string,
  history?: boolean,
  more?: boolean,
): Promise<void> {
  const { deps, lang } = turn;
  const now = deps.now();
  const ref = deps.catalogs.inPlans(profile.catalogIds, goalId);
  if (!ref) {
    const mine = profile.aadObjectId === turn.caller.aadObjectId;
    // An ID from the LIS's own plans: a LIS3's are ALM-…, not DEL1-….
    const example = deps.catalogs.exampleId(profile.catalogIds);
    await reply(
      turn,
      mine
        ? t(lang, 'goalNotInMyPlans', { goal: goalId.toUpperCase(), example })
        : t(lang, 'goalNotInPlans', {
            goal: goalId.toUpperCase(),
            trainee: escapeMarkdown(profile.name),
            example,
          }),
    );
    return;
  }
  const id = goalDocId(ref.catalogId, ref.goalId);
  if (history) {
    const a = turn.context.activity;
    const result = await CARD_ACTIONS['goal.history'].handle(
      {
        context: turn.context,
        deps,
        lang,
        call: {
          caller: turn.caller,
          key: requestKey(a.id, correlationId),
          now: now.toISOString(),
          today: norwayDate(now),
        },
        trigger: 'manual',
        userId: a.from?.id ?? '',
      },
      { traineeId: profile.traineeId, id, rev: 0 },
    );
    if ('card' in result) await sendCard(turn, result.card);
    else await reply(turn, 'message' in result ? result.message : t(lang, 'err_not_found'));
    return;
  }
  const card = await goalCardFor(turn, profile.traineeId, id);
  if (!card) await reply(turn, t(lang, 'err_not_found'));
  else if (more) await reply(turn, { card, text: t(lang, 'goalCardOnly', { goal: ref.goalId }) });
  else await sendCard(turn, card);
}

/** One goal's card (`goal:<catalog>:<goal>`) as the caller may see it, with the buttons they may press. */
export async function goalCardFor(
  turn: Turn,
  traineeId: string,
  id: string,
): Promise<AdaptiveCard | undefined> {
  const { deps, lang } = turn;
  const now = deps.now();
  const l = await loadGoalOrBlank(deps, traineeId, id, now.toISOString());
  return l && goalCard({ deps, lang, today: norwayDate(now) }, l, { aadObjectId: turn.caller.aadObjectId });
}
