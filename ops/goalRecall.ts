import { recallApproval } from '../core/goals';
import type { GoalState } from '../core/model';
import { decide, redrawOf } from './decide';
import { type GoalData, loadGoal } from './load';
import type { Call, OpsDeps, Outcome } from './types';

/** The LIS takes back a request for approval while it waits. */
export function recallGoal(
  deps: OpsDeps,
  call: Call,
  input: { traineeId: string; id: string; rev: number },
): Promise<Outcome<GoalData, GoalData>> {
  return decide<GoalState, GoalData>(deps, call, input, {
    action: 'goal.recall',
    verb: 'goal.recall',
    load: () => loadGoal(deps, input.traineeId, input.id),
    apply: (l) => recallApproval(l.doc, call.now),
    change: (next, l) => ({ kind: 'goal', goal: next, before: l.doc }),
    summary: (g) => ({ status: g.status, rev: g.rev }),
    effects: (_l, saved) => [redrawOf(call, saved)],
  });
}
