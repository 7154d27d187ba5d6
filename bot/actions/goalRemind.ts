import { escapeMarkdown } from '../../cards/render';
import { formatDateTime } from '../../core/format';
import { t } from '../../core/i18n';
import type { GoalState } from '../../core/model';
import { activeHolders } from '../../core/policy';
import { remind } from '../../core/reminders';
import { runDecision } from './flow';
import { goalCard, type LoadedGoal, loadGoal, sendGoalCard } from './goalShared';
import { decisionData, defineAction } from './types';

/** The LIS reminds the leader of a pending approval, at most once a day. */
export default defineAction('goal.remind', decisionData, (ctx, data) => {
  const leaderName = (l: LoadedGoal) =>
    escapeMarkdown(activeHolders(l.profile, 'leader')[0]?.name ?? t(ctx.lang, 'theLeader'));
  return runDecision<GoalState, LoadedGoal>(ctx, data, {
    action: 'goal.remind',
    verb: 'goal.remind',
    load: () => loadGoal(ctx.deps, data.traineeId, data.id),
    view: (l, notice) =>
      goalCard(
        ctx,
        l,
        ctx.actor,
        notice ?? { text: t(ctx.lang, 'reminderSent', { name: leaderName(l) }), style: 'good' },
      ),
    apply: (l) => remind(l.doc, l.doc.status === 'pending_approval', ctx.now),
    save: (next) => ctx.deps.store.trainees.saveGoal(next),
    summary: (g) => ({ remindedAt: g.remindedAt ?? null }),
    errorVars: (l) => ({
      name: leaderName(l),
      when: l.doc.remindedAt ? formatDateTime(ctx.lang, l.doc.remindedAt) : '',
    }),
    after: (l, saved) => {
      const leader = activeHolders(l.profile, 'leader')[0];
      const to = leader?.conversation;
      if (!leader || !to) return;
      ctx.notifier.later('remind leader', { traineeId: saved.traineeId, target: saved.id }, () =>
        sendGoalCard(
          ctx.deps,
          ctx.notifier,
          { ...l, doc: saved },
          { aadObjectId: leader.aadObjectId, conversation: to },
          ctx.today,
          {
            reminder: true,
          },
        ),
      );
    },
  });
});
