import { escapeMarkdown } from '../../cards/render';
import { formatDateTime } from '../../core/format';
import { t } from '../../core/i18n';
import type { LearningActivity } from '../../core/model';
import { activeHolders } from '../../core/policy';
import { fail, ok } from '../../core/result';
import { activityCard, type LoadedActivity, loadActivity, sendToSupervisor } from './activityShared';
import { runDecision } from './flow';
import { decisionData, defineAction } from './types';

const DAY_MS = 86_400_000;

/** The LIS reminds the supervisor of a pending request, at most once a day. */
export default defineAction('activity.remind', decisionData, async (ctx, data) => {
  const l = await loadActivity(ctx.deps, data.traineeId, data.id);
  const last = l?.doc.remindedAt;
  if (
    l &&
    last &&
    Date.parse(ctx.now) - Date.parse(last) < DAY_MS &&
    l.profile.aadObjectId === ctx.actor.aadObjectId
  ) {
    const notice = t(ctx.lang, 'remindOncePerDay', {
      name: escapeMarkdown(l.doc.supervisor?.name ?? ''),
      when: formatDateTime(ctx.lang, last),
    });
    return { card: activityCard(ctx, l, ctx.actor, { text: notice, style: 'accent' }) };
  }
  return runDecision<LearningActivity, LoadedActivity>(ctx, data, {
    action: 'activity.remind',
    verb: 'activity.remind',
    load: () => loadActivity(ctx.deps, data.traineeId, data.id),
    view: (x, notice) =>
      activityCard(
        ctx,
        x,
        ctx.actor,
        notice ?? {
          text: t(ctx.lang, 'reminderSent', { name: escapeMarkdown(x.doc.supervisor?.name ?? '') }),
          style: 'good',
        },
      ),
    // A reminder is not a decision: the revision stays, so the supervisor's card stays current.
    apply: (x) =>
      x.doc.status === 'pending_signature' ? ok({ ...x.doc, remindedAt: ctx.now }) : fail('not_pending'),
    save: (next) => ctx.deps.store.trainees.saveActivity(next),
    summary: (a) => ({ remindedAt: a.remindedAt ?? null }),
    after: (x, saved) => {
      const holder = activeHolders(x.profile, 'supervisor').find(
        (r) => r.aadObjectId === saved.supervisor?.aadObjectId,
      );
      const to = holder?.conversation;
      if (to) {
        ctx.notifier.later('remind supervisor', { traineeId: saved.traineeId, target: saved.id }, () =>
          sendToSupervisor(ctx.deps, ctx.notifier, saved, x.profile, to, ctx.today, { reminder: true }),
        );
      }
    },
  });
});
