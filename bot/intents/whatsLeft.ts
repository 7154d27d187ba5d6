import { renderNoticeCard } from '../../cards/notice';
import {
  progressModel,
  progressSentence,
  renderProgressCard,
  scopeSentence,
  traineesOverviewModel,
} from '../../cards/progress';
import { escapeMarkdown } from '../../cards/render';
import { norwayDate } from '../../core/dates';
import { t } from '../../core/i18n';
import type { Scope } from '../../core/intents';
import { themeCounts } from '../../core/progress';
import { overview } from '../../ops/overview';
import { whatIsLeft } from '../../ops/progressView';
import type { Turn } from '../turn';
import { reply, whoAnswer } from './send';

/**
 * "hva gjenstår?" / "what is left?" (optionally "for Alex"): one sentence, then a card.
 * For a LIS asking about themself this is two store reads: their person document and their partition.
 */
export async function whatsLeft(turn: Turn, name?: string, scope?: Scope): Promise<void> {
  const { lang } = turn;
  const r = await whatIsLeft(
    turn.deps,
    { caller: turn.caller, today: norwayDate(turn.deps.now()) },
    {
      ...(name ? { name } : {}),
      ...(turn.person ? { person: turn.person } : {}),
    },
  );
  if (r.kind === 'refused' && r.reason === 'pick') {
    // Someone with several LIS who named none: the list of them, each one click from their card.
    const card = await overviewCard(turn);
    await reply(turn, card ? { card, text: whoAnswer(turn, r, name) } : whoAnswer(turn, r, name));
    return;
  }
  if (r.kind !== 'done') {
    await reply(turn, whoAnswer(turn, r, name));
    return;
  }
  const { progress, profile, snapshot, viewerIsLis, returned, canMarkMilestones, othersWaiting } = r.value;
  // A question about one part ("… på sykehus?", "… i allmennmedisin?") is answered for that part first.
  const sentence = scope
    ? scopeSentence(
        lang,
        progress,
        scope,
        'theme' in scope ? themeCounts(profile, snapshot.goals, turn.deps.catalogs, scope.theme) : undefined,
      )
    : progressSentence(lang, progress, viewerIsLis ? null : escapeMarkdown(profile.name), returned);
  // A LIS who supervises another is told what waits for her there too, after her own status.
  const waiting = (othersWaiting ?? []).reduce((n, o) => n + o.count, 0);
  const text = waiting > 0 ? `${sentence} ${t(lang, 'leftOthersWaiting', { count: waiting })}` : sentence;
  const card = renderProgressCard(
    progressModel(progress, profile, lang, {
      viewerIsLis,
      viewer: turn.caller.aadObjectId,
      tabUrl: turn.deps.tabUrl,
      returned,
      canMarkMilestones,
      ...(othersWaiting ? { othersWaiting } : {}),
      userId: turn.context.activity.from.id,
    }),
  );
  await reply(turn, { card, text });
}

/** The LIS the asker holds a role for (not themself), those at risk first; none: undefined. */
async function overviewCard(turn: Turn) {
  const all = await overview(
    turn.deps,
    { caller: turn.caller, today: norwayDate(turn.deps.now()) },
    { listOnly: true, ...(turn.person ? { person: turn.person } : {}) },
  );
  const others =
    all.kind === 'done'
      ? all.value.trainees.filter((x) => x.view.profile.aadObjectId !== turn.caller.aadObjectId)
      : [];
  return others.length > 0
    ? renderNoticeCard(
        traineesOverviewModel(
          turn.lang,
          others.map((x) => ({ ...x.view, forYou: x.forYou })),
        ),
      )
    : undefined;
}

/**
 * "mine LIS", "oversikt": the list of the LIS the asker holds a role for, each one click from their
 * status; for a LIS with no role for others, their own status, as "hva gjenstår?" gives it.
 */
export async function overviewIntent(turn: Turn): Promise<void> {
  const card = await overviewCard(turn);
  if (card) await reply(turn, { card });
  else await whatsLeft(turn);
}
