import { recommend } from '../core/goals';
import type { GoalState } from '../core/model';
import { decide } from './decide';
import { type GoalData, loadGoal } from './load';
import type { Call, OpsDeps, Outcome } from './types';

/** The advisor's recommendation on a pending goal; it shows in the leader's basis. */
export function recommendGoal(
  deps: OpsDeps,
  call: Call,
  input: { traineeId: string; id: string; rev: number; comment?: string },
): Promise<Outcome<GoalData, GoalData>> {
  return decide<GoalState, GoalData>(deps, call, input, {
    action: 'goal.recommend',
    verb: 'goal.recommend',
    load: () => loadGoal(deps, input.traineeId, input.id),
    apply: (l, _p, comment) =>
      recommend(l.doc, {
        by: call.caller.aadObjectId,
        byName: call.caller.name,
        at: call.now,
        ...(comment ? { comment } : {}),
      }),
    change: (next, l) => ({ kind: 'goal', goal: next, before: l.doc }),
    summary: (g) => ({ status: g.status, recommended: !!g.advisorRecommendation, rev: g.rev }),
    effects: (_l, saved) => [
      {
        kind: 'redraw',
        traineeId: saved.traineeId,
        target: saved.id,
        ...(call.origin ? { origin: call.origin } : {}),
      },
    ],
  });
}
