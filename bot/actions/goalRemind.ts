import { escapeMarkdown } from '../../cards/render';
import { formatDateTime } from '../../core/format';
import { t } from '../../core/i18n';
import type { GoalState } from '../../core/model';
import { activeHolders } from '../../core/policy';
import { fail, ok } from '../../core/result';
import { runDecision } from './flow';
import { goalCard, type LoadedGoal, loadGoal, sendGoalCard } from './goalShared';
import { decisionData, defineAction } from './types';

const DAY_MS = 86_400_000;

/** The LIS reminds the leader of a pending approval, at most once a day. */
export default defineAction('goal.remind', decisionData, async (ctx, data) => {
  const first = await loadGoal(ctx.deps, data.traineeId, data.id);
  const leader = first && activeHolders(first.profile, 'leader')[0];
  const name = escapeMarkdown(leader?.name ?? t(ctx.lang, 'theLeader'));
  const last = first?.doc.remindedAt;
  if (
    first &&
    last &&
    Date.parse(ctx.now) - Date.parse(last) < DAY_MS &&
    first.profile.aadObjectId === ctx.actor.aadObjectId
  ) {
    return {
      card: goalCard(ctx, first, ctx.actor, {
        text: t(ctx.lang, 'remindOncePerDay', { name, when: formatDateTime(ctx.lang, last) }),
        style: 'accent',
      }),
    };
  }
  return runDecision<GoalState, LoadedGoal>(ctx, data, {
    action: 'goal.remind',
    verb: 'goal.remind',
    load: () => loadGoal(ctx.deps, data.traineeId, data.id),
    view: (l, notice) =>
      goalCard(ctx, l, ctx.actor, notice ?? { text: t(ctx.lang, 'reminderSent', { name }), style: 'good' }),
    // Not a decision: the revision stays, so the leader's card stays current.
    apply: (l) =>
      l.doc.status === 'pending_approval' ? ok({ ...l.doc, remindedAt: ctx.now }) : fail('not_pending'),
    save: (next) => ctx.deps.store.trainees.saveGoal(next),
    summary: (g) => ({ remindedAt: g.remindedAt ?? null }),
    after: (l, saved) => {
      const to = leader?.conversation;
      if (!leader || !to) return;
      ctx.notifier.later('remind leader', { traineeId: saved.traineeId, target: saved.id }, () =>
        sendGoalCard(
          ctx.deps,
          ctx.notifier,
          { ...l, doc: saved },
          { aadObjectId: leader.aadObjectId, conversation: to },
          ctx.today,
          { reminder: true },
        ),
      );
    },
  });
});
