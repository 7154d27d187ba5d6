import { CardFactory, MessageFactory } from 'botbuilder';
import { progressModel, progressSentence, renderProgressCard } from '../../cards/progress';
import { escapeMarkdown } from '../../cards/render';
import { toIsoDate } from '../../core/dates';
import { t } from '../../core/i18n';
import { can } from '../../core/policy';
import { progressOf } from '../../core/progress';
import type { Turn } from '../turn';
import { subjectOf } from './subject';

/**
 * "hva gjenstår?" / "what is left?" (optionally "for Alex"): one sentence, then a card.
 * For a LIS asking about themself this is two store reads: their person document and their partition.
 */
export async function whatsLeft(turn: Turn, name?: string): Promise<void> {
  const subject = subjectOf(turn, name);
  if (!subject.ok) {
    await turn.context.sendActivity(subject.reply);
    return;
  }
  const me = turn.person?.aadObjectId ?? '';
  const today = toIsoDate(turn.deps.now());
  const snap = await turn.deps.store.trainees.snapshot(subject.traineeId);
  // The person document is an index; the profile decides.
  if (!snap || !can(me, 'progress.view', snap.profile, today).ok) {
    await turn.context.sendActivity(t(turn.lang, 'unknownPerson', { name: escapeMarkdown(name ?? '') }));
    return;
  }
  const p = progressOf(snap.profile, snap.goals, snap.activities, turn.deps.catalogs, today);
  const viewerIsLis = snap.profile.aadObjectId === me;
  const sentence = progressSentence(turn.lang, p, viewerIsLis ? null : escapeMarkdown(snap.profile.name));
  const card = renderProgressCard(
    progressModel(p, snap.profile, turn.lang, { viewerIsLis, tabUrl: turn.deps.tabUrl }),
  );
  await turn.context.sendActivity(MessageFactory.attachment(CardFactory.adaptiveCard(card), sentence));
}
