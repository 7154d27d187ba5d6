import { renderDecisionCard } from '../../cards/decision';
import { noticeCard } from '../../cards/notice';
import { escapeMarkdown } from '../../cards/render';
import { activityView, type Notice, type Viewer } from '../../cards/views';
import { formatDateTime } from '../../core/format';
import { langOf, t } from '../../core/i18n';
import type { LearningActivity, Stored, StoredConversation, TraineeProfile } from '../../core/model';
import type { Notifier } from '../notify';
import type { BotDeps } from '../turn';
import { type Loaded, updateCards } from './flow';
import type { ActionContext } from './types';

export type LoadedActivity = Loaded<LearningActivity>;

/** The activity and its LIS's profile: one point read of the LIS's document. */
export async function loadActivity(
  deps: BotDeps,
  traineeId: string,
  id: string,
): Promise<LoadedActivity | undefined> {
  if (!id.startsWith('activity:')) return undefined;
  const snap = await deps.store.trainees.snapshot(traineeId);
  const doc = snap?.activities.find((a) => a.id === id);
  return snap && doc ? { doc, profile: snap.profile } : undefined;
}

export function activityCard(
  ctx: Pick<ActionContext, 'deps' | 'lang' | 'today'>,
  l: { doc: LearningActivity; profile: TraineeProfile },
  viewer: Viewer,
  notice?: Notice,
  addressee?: string,
) {
  return renderDecisionCard(
    activityView(l.doc, l.profile, ctx.deps.catalogs, viewer, ctx.lang, {
      notice,
      today: ctx.today,
      addressee,
    }),
  );
}

/** Shows the new state on every card about this activity ("no longer needs action" where it moved away). */
export function updateActivityCards(
  ctx: ActionContext,
  saved: LearningActivity,
  profile: TraineeProfile,
): void {
  updateCards(ctx, saved, (viewer, addressee) =>
    activityCard(ctx, { doc: saved, profile }, viewer, undefined, addressee),
  );
}

/** Sends the sign-off card to the supervisor's 1:1 chat, with their buttons, and remembers where it went. */
export async function sendToSupervisor(
  deps: BotDeps,
  notifier: Notifier,
  activity: Stored<LearningActivity>,
  profile: TraineeProfile,
  to: StoredConversation,
  today: string,
  opts: { reminder?: boolean } = {},
): Promise<void> {
  const lang = langOf(to.locale);
  const card = activityCard(
    { deps, lang, today },
    { doc: activity, profile },
    { aadObjectId: activity.supervisor?.aadObjectId ?? '' },
  );
  const text = opts.reminder
    ? t(lang, 'reminderActivity', { trainee: escapeMarkdown(profile.name) })
    : t(lang, 'askActivity', { trainee: escapeMarkdown(profile.name) });
  const sent = await notifier.send(to, text, card);
  if (sent && !opts.reminder)
    await deps.store.trainees.addCardMessage(activity, {
      ...sent,
      for: activity.supervisor?.aadObjectId ?? '',
    });
}

/** Tells the LIS how their request ended, with the comment as written. */
export function tellLis(ctx: ActionContext, profile: TraineeProfile, saved: LearningActivity): void {
  const to = profile.conversation;
  const d = saved.decision;
  if (!to || !d) return;
  ctx.notifier.later('tell lis', { traineeId: saved.traineeId, target: saved.id }, async () => {
    const lang = langOf(to.locale);
    const title = t(lang, d.outcome === 'signed' ? 'lisActivitySigned' : 'lisActivityReturned', {
      name: escapeMarkdown(d.byName),
    });
    const lines = [
      escapeMarkdown(saved.description),
      t(lang, d.outcome === 'signed' ? 'signedBy' : 'returnedBy', {
        name: escapeMarkdown(d.byName),
        when: formatDateTime(lang, d.at),
      }),
      ...(d.comment
        ? [t(lang, 'quoted', { name: escapeMarkdown(d.byName), text: escapeMarkdown(d.comment) })]
        : []),
    ];
    await ctx.notifier.send(to, title, noticeCard(title, lines, d.outcome === 'signed' ? 'good' : 'warning'));
  });
}
