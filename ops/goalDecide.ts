import { approvalBasis, decideGoal } from '../core/goals';
import type { GoalState } from '../core/model';
import { fail } from '../core/result';
import { decide, deciderOf, redrawOf } from './decide';
import { type GoalData, loadGoal } from './load';
import type { Call, OpsDeps, Outcome } from './types';

/** Approve or return: the leader's (or an active delegate's) decision on a learning goal. */
export function decideGoalApproval(
  deps: OpsDeps,
  call: Call,
  input: { traineeId: string; id: string; rev: number; comment?: string },
  outcome: 'approved' | 'returned',
  /** Goals approved just before in the same "approve all": the notice to the LIS names them too. */
  approvedBefore: readonly string[] = [],
): Promise<Outcome<GoalData, GoalData>> {
  return decide<GoalState, GoalData>(deps, call, input, {
    action: 'goal.decide',
    verb: outcome === 'approved' ? 'goal.approve' : 'goal.return',
    load: () => loadGoal(deps, input.traineeId, input.id),
    apply: (l, permission, comment) => {
      const goal = deps.catalogs.goal(l.doc.catalogId, l.doc.goalId);
      if (!goal) return fail('not_found');
      return decideGoal(l.doc, goal, l.profile, {
        outcome,
        ...deciderOf(call, permission, comment),
        basisComplete: approvalBasis(l.doc).complete,
      });
    },
    change: (next, l) => ({ kind: 'goal', goal: next, before: l.doc }),
    summary: (g) => ({ status: g.status, rev: g.rev }),
    details: (l) => ({
      arena: deps.catalogs.goal(l.doc.catalogId, l.doc.goalId)?.arena ?? '',
      employer: l.profile.employer.name,
    }),
    effects: (_l, saved) => [
      redrawOf(call, saved),
      {
        kind: 'outcome_to_lis',
        traineeId: saved.traineeId,
        target: saved.id,
        ...(approvedBefore.length ? { with: [...approvedBefore] } : {}),
      },
    ],
  });
}
