import { recommend } from '../../core/goals';
import type { GoalState } from '../../core/model';
import { runDecision } from './flow';
import { goalCard, type LoadedGoal, loadGoal, updateGoalCards } from './goalShared';
import { decisionData, defineAction } from './types';

/** The advisor's recommendation on a pending goal; it shows in the leader's basis. */
export default defineAction('goal.recommend', decisionData, (ctx, data) =>
  runDecision<GoalState, LoadedGoal>(ctx, data, {
    action: 'goal.recommend',
    verb: 'goal.recommend',
    load: () => loadGoal(ctx.deps, data.traineeId, data.id),
    view: (l, notice) => goalCard(ctx, l, ctx.actor, notice),
    apply: (l, _p, comment) =>
      recommend(l.doc, {
        by: ctx.actor.aadObjectId,
        byName: ctx.actor.name,
        at: ctx.now,
        ...(comment ? { comment } : {}),
      }),
    save: (next) => ctx.deps.store.trainees.saveGoal(next),
    summary: (g) => ({ status: g.status, recommended: !!g.advisorRecommendation, rev: g.rev }),
    after: (l, saved) => updateGoalCards(ctx, saved, l),
  }),
);
