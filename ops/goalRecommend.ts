import { adviseAgainst, recommend } from '../core/goals';
import type { GoalState } from '../core/model';
import { decide, redrawOf } from './decide';
import { type GoalData, loadGoal } from './load';
import type { Call, OpsDeps, Outcome } from './types';

/**
 * The advisor's advice on a pending goal, for approval or (with a reason) against it; it shows in
 * the leader's basis.
 */
export function recommendGoal(
  deps: OpsDeps,
  call: Call,
  input: { traineeId: string; id: string; rev: number; comment?: string },
  advice: 'for' | 'against' = 'for',
): Promise<Outcome<GoalData, GoalData>> {
  return decide<GoalState, GoalData>(deps, call, input, {
    action: 'goal.recommend',
    verb: advice === 'for' ? 'goal.recommend' : 'goal.adviseAgainst',
    load: () => loadGoal(deps, input.traineeId, input.id),
    apply: (l, _p, comment) =>
      (advice === 'for' ? recommend : adviseAgainst)(l.doc, {
        by: call.caller.aadObjectId,
        byName: call.caller.name,
        at: call.now,
        ...(comment ? { comment } : {}),
      }),
    change: (next, l) => ({ kind: 'goal', goal: next, before: l.doc }),
    summary: (g) => ({
      status: g.status,
      advice: g.advisorRecommendation ? (g.advisorRecommendation.against ? 'against' : 'for') : null,
      rev: g.rev,
    }),
    effects: (_l, saved) => [redrawOf(call, saved)],
  });
}
