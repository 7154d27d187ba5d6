import { recallApproval } from '../../core/goals';
import type { GoalState } from '../../core/model';
import { runDecision } from './flow';
import { goalCard, type LoadedGoal, loadGoal, updateGoalCards } from './goalShared';
import { decisionData, defineAction } from './types';

/** The LIS takes back a request for approval while it waits. */
export default defineAction('goal.recall', decisionData, (ctx, data) =>
  runDecision<GoalState, LoadedGoal>(ctx, data, {
    action: 'goal.recall',
    verb: 'goal.recall',
    load: () => loadGoal(ctx.deps, data.traineeId, data.id),
    view: (l, notice) => goalCard(ctx, l, ctx.actor, notice),
    apply: (l) => recallApproval(l.doc, ctx.now),
    save: (next) => ctx.deps.store.trainees.saveGoal(next),
    summary: (g) => ({ status: g.status, rev: g.rev }),
    after: (l, saved) => updateGoalCards(ctx, saved, l),
  }),
);
