import { claimPrior } from '../core/goals';
import type { GoalState } from '../core/model';
import { fail } from '../core/result';
import { decide } from './decide';
import { type PriorInput, priorOf, priorProblems } from './goalRecordPrior';
import { approvalCards, type GoalRequested, withReach } from './goalRequest';
import { type GoalData, loadGoalOrBlank } from './load';
import type { Call, OpsDeps, Outcome } from './types';

/**
 * The LIS records a goal approved earlier elsewhere (arena, where, by whom, when, the evidence). It goes
 * to the leader like a request, whose Approve confirms it; until then it does not count as done.
 */
export async function claimPriorApproval(
  deps: OpsDeps,
  call: Call,
  input: PriorInput,
  /** Goals stated just before in the same run (`claimPriorAll`): the leader's message names them too. */
  claimedBefore: readonly string[] = [],
): Promise<Outcome<GoalRequested, GoalData>> {
  const r = await decide<GoalState, GoalData>(deps, call, input, {
    action: 'goal.request',
    verb: 'goal.claimPrior',
    load: () => loadGoalOrBlank(deps, input.traineeId, input.id, call.now),
    apply: (l) => {
      const goal = deps.catalogs.goal(l.doc.catalogId, l.doc.goalId);
      if (!goal || priorProblems(input, call.today).length > 0) return fail('bad_input');
      return claimPrior(l.doc, goal, l.profile, priorOf(input), call.now);
    },
    change: (next, l) => ({ kind: 'goal', goal: next, before: l.doc }),
    summary: (g) => ({ status: g.status, rev: g.rev, priorClaim: g.priorClaim ?? null }),
    details: (l) => ({
      fields: priorProblems(input, call.today).join(','),
      arena: deps.catalogs.goal(l.doc.catalogId, l.doc.goalId)?.arena ?? '',
    }),
    effects: (l, saved) => approvalCards(call, l.profile, saved, claimedBefore),
  });
  return withReach(deps, r);
}
