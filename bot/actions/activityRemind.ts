import { escapeMarkdown } from '../../cards/render';
import { formatDateTime } from '../../core/format';
import { t } from '../../core/i18n';
import type { LearningActivity } from '../../core/model';
import { activeHolders } from '../../core/policy';
import { remind } from '../../core/reminders';
import { activityCard, type LoadedActivity, loadActivity, sendToSupervisor } from './activityShared';
import { runDecision } from './flow';
import { decisionData, defineAction } from './types';

/** The LIS reminds the supervisor of a pending request, at most once a day. */
export default defineAction('activity.remind', decisionData, (ctx, data) =>
  runDecision<LearningActivity, LoadedActivity>(ctx, data, {
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
    apply: (x) => remind(x.doc, x.doc.status === 'pending_signature', ctx.now),
    save: (next) => ctx.deps.store.trainees.saveActivity(next),
    summary: (a) => ({ remindedAt: a.remindedAt ?? null }),
    errorVars: (x) => ({
      name: escapeMarkdown(x.doc.supervisor?.name ?? ''),
      when: x.doc.remindedAt ? formatDateTime(ctx.lang, x.doc.remindedAt) : '',
    }),
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
  }),
);
