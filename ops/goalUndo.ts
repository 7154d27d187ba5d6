import { undoApproval } from '../core/goals';
import type { GoalState } from '../core/model';
import { decide, deciderOf, redrawOf } from './decide';
import { type GoalData, loadGoal } from './load';
import type { Call, OpsDeps, Outcome } from './types';

/** The leader (or a delegate) undoes an approval made by mistake, with the reason; the LIS is told. */
export function undoGoalApproval(
  deps: OpsDeps,
  call: Call,
  input: { traineeId: string; id: string; rev: number; comment?: string },
): Promise<Outcome<GoalData, GoalData>> {
  return decide<GoalState, GoalData>(deps, call, input, {
    action: 'goal.decide',
    verb: 'goal.undo',
    load: () => loadGoal(deps, input.traineeId, input.id),
    apply: (l, permission, comment) => undoApproval(l.doc, l.profile, deciderOf(call, permission, comment)),
    change: (next, l) => ({ kind: 'goal', goal: next, before: l.doc }),
    summary: (g) => ({ status: g.status, rev: g.rev }),
    details: (l) => ({
      arena: l.doc.approval?.arena ?? '',
      employer: l.profile.employer.name,
    }),
    effects: (_l, saved) => [
      redrawOf(call, saved),
      { kind: 'outcome_to_lis', traineeId: saved.traineeId, target: saved.id },
    ],
  });
}
