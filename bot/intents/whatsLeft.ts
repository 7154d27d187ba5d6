import { progressModel, progressSentence, renderProgressCard, scopeSentence } from '../../cards/progress';
import { escapeMarkdown } from '../../cards/render';
import { toIsoDate } from '../../core/dates';
import { t } from '../../core/i18n';
import type { Scope } from '../../core/intents';
import { whatIsLeft } from '../../ops/progressView';
import type { Turn } from '../turn';
import { reply } from './send';

/**
 * "hva gjenstår?" / "what is left?" (optionally "for Alex"): one sentence, then a card.
 * For a LIS asking about themself this is two store reads: their person document and their partition.
 */
export async function whatsLeft(turn: Turn, name?: string, scope?: Scope): Promise<void> {
  const { lang } = turn;
  const r = await whatIsLeft(
    turn.deps,
    { caller: turn.caller, today: toIsoDate(turn.deps.now()) },
    {
      ...(name ? { name } : {}),
      ...(turn.person ? { person: turn.person } : {}),
    },
  );
  if (r.kind !== 'done') {
    const names = escapeMarkdown(r.kind === 'refused' ? (r.details.names ?? '') : '');
    const answer =
      r.kind === 'refused' && r.reason === 'no_trainees'
        ? t(lang, 'noTraineesForYou')
        : r.kind === 'refused' && r.reason === 'pick'
          ? t(lang, 'pickTrainee', { names })
          : r.kind === 'refused' && r.reason === 'ambiguous'
            ? t(lang, 'whoIsIt', { names })
            : t(lang, 'unknownPerson', { name: escapeMarkdown(name ?? '') });
    await reply(turn, answer);
    return;
  }
  const { progress, profile, viewerIsLis, returned, canMarkMilestones } = r.value;
  // A question about one part ("… på sykehus?", "… i allmennmedisin?") is answered for that part first.
  const sentence = scope
    ? scopeSentence(lang, progress, scope)
    : progressSentence(lang, progress, viewerIsLis ? null : escapeMarkdown(profile.name));
  const card = renderProgressCard(
    progressModel(progress, profile, lang, {
      viewerIsLis,
      tabUrl: turn.deps.tabUrl,
      returned,
      canMarkMilestones,
    }),
  );
  await reply(turn, { card, text: sentence });
}
