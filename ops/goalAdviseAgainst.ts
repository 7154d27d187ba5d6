import { adviseAgainst } from '../core/goals';
import type { GoalState } from '../core/model';
import { decide } from './decide';
import { type GoalData, loadGoal } from './load';
import type { Call, OpsDeps, Outcome } from './types';

/** The advisor advises against approving a pending goal, with a reason; the leader's card shows it. */
export function adviseAgainstGoal(
  deps: OpsDeps,
  call: Call,
  input: { traineeId: string; id: string; rev: number; comment?: string },
): Promise<Outcome<GoalData, GoalData>> {
  return decide<GoalState, GoalData>(deps, call, input, {
    action: 'goal.recommend',
    verb: 'goal.adviseAgainst',
    load: () => loadGoal(deps, input.traineeId, input.id),
    apply: (l, _p, comment) =>
      adviseAgainst(l.doc, {
        by: call.caller.aadObjectId,
        byName: call.caller.name,
        at: call.now,
        ...(comment ? { comment } : {}),
      }),
    change: (next, l) => ({ kind: 'goal', goal: next, before: l.doc }),
    summary: (g) => ({
      status: g.status,
      advice: g.advisorRecommendation?.against ? 'against' : 'for',
      rev: g.rev,
    }),
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
