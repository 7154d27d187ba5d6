import { escapeMarkdown } from '../../cards/render';
import { formatDateTime } from '../../core/format';
import { approvalBasis, decideGoal } from '../../core/goals';
import { t } from '../../core/i18n';
import type { GoalState } from '../../core/model';
import { fail } from '../../core/result';
import { runDecision } from './flow';
import { goalCard, type LoadedGoal, loadGoal, tellLisGoal, updateGoalCards } from './goalShared';
import { type ActionContext, type DecisionData, decisionData, defineAction } from './types';

/** Approve or return: the leader's (or active delegate's) decision on a learning goal. */
export function decideGoalAction(ctx: ActionContext, data: DecisionData, outcome: 'approved' | 'returned') {
  return runDecision<GoalState, LoadedGoal>(ctx, data, {
    action: 'goal.decide',
    verb: outcome === 'approved' ? 'goal.approve' : 'goal.return',
    load: () => loadGoal(ctx.deps, data.traineeId, data.id),
    view: (l, notice) => goalCard(ctx, l, ctx.actor, notice),
    apply: (l, permission, comment) => {
      const goal = ctx.deps.catalogs.goal(l.doc.catalogId, l.doc.goalId);
      if (!goal) return fail('not_found');
      return decideGoal(l.doc, goal, l.profile, {
        outcome,
        by: ctx.actor.aadObjectId,
        byName: ctx.actor.name,
        ...(permission.onBehalfOf ? { onBehalfOf: permission.onBehalfOf } : {}),
        comment,
        basisComplete: approvalBasis(l.doc, l.activities).complete,
        now: ctx.now,
      });
    },
    save: (next) => ctx.deps.store.trainees.saveGoal(next),
    summary: (g) => ({ status: g.status, rev: g.rev }),
    errorVars: (l) => {
      const goal = ctx.deps.catalogs.goal(l.doc.catalogId, l.doc.goalId);
      return { arena: goal ? t(ctx.lang, `arena_${goal.arena}`) : '', employer: l.profile.employer.name };
    },
    doneText: (g) =>
      t(ctx.lang, outcome === 'approved' ? 'doneApproved' : 'doneReturned', {
        what: g.goalId,
        name: escapeMarkdown(ctx.actor.name),
        when: formatDateTime(ctx.lang, ctx.now),
      }),
    after: (l, saved) => {
      updateGoalCards(ctx, saved, l);
      tellLisGoal(ctx, l, saved);
    },
  });
}

export default defineAction('goal.approve', decisionData, (ctx, data) =>
  decideGoalAction(ctx, data, 'approved'),
);
