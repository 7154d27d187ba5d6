import { z } from 'zod';
import { recordPrior } from '../../core/goals';
import { t } from '../../core/i18n';
import type { GoalState } from '../../core/model';
import { fail } from '../../core/result';
import { runDecision } from './flow';
import { loadGoalOrBlank } from './goalRequest';
import { goalCard, type LoadedGoal } from './goalShared';
import { decisionData, defineAction } from './types';

const data = decisionData.extend({
  place: z.string().trim().max(120).optional(),
  approver: z.string().trim().max(120).optional(),
  date: z.string().max(20).optional(),
});

/** The leader records a goal approved earlier elsewhere (where, by whom, when); it then counts as done. */
export default defineAction('goal.recordPrior', data, (ctx, input) =>
  runDecision<GoalState, LoadedGoal>(ctx, input, {
    action: 'goal.recordPrior',
    verb: 'goal.recordPrior',
    load: () => loadGoalOrBlank(ctx.deps, input.traineeId, input.id, ctx.now),
    view: (l, notice) => goalCard(ctx, l, ctx.actor, notice),
    apply: (l) => {
      const goal = ctx.deps.catalogs.goal(l.doc.catalogId, l.doc.goalId);
      const date = input.date ?? '';
      if (!goal || !input.place || !input.approver || !/^\d{4}-\d{2}-\d{2}$/.test(date) || date > ctx.today)
        return fail('bad_input');
      return recordPrior(
        l.doc,
        goal,
        { place: input.place, approverName: input.approver, date },
        { aadObjectId: ctx.actor.aadObjectId, name: ctx.actor.name },
        ctx.now,
      );
    },
    save: (next) => ctx.deps.store.trainees.saveGoal(next),
    summary: (g) => ({ status: g.status, rev: g.rev, recordedFrom: g.approval?.recordedFrom ?? null }),
    errorVars: () => ({
      field: [
        ...(input.place ? [] : [t(ctx.lang, 'recordPriorPlace')]),
        ...(input.approver ? [] : [t(ctx.lang, 'recordPriorApprover')]),
        ...(input.date && input.date <= ctx.today ? [] : [t(ctx.lang, 'recordPriorDate')]),
      ].join(', '),
    }),
  }),
);
