import { commentOnGoal } from '../core/goals';
import type { GoalState } from '../core/model';
import { decide, redrawOf } from './decide';
import { type GoalData, loadGoalOrBlank } from './load';
import type { Call, OpsDeps, Outcome } from './types';

/**
 * The advisor comments on a goal, without advice for or against: the LIS is told, and the goal's
 * card (the leader's too) shows it with the basis. On a goal not approved yet, at most `ADVISOR_COMMENTS_MAX`.
 */
export function commentGoal(
  deps: OpsDeps,
  call: Call,
  input: { traineeId: string; id: string; rev: number; comment?: string },
): Promise<Outcome<GoalData, GoalData>> {
  return decide<GoalState, GoalData>(deps, call, input, {
    action: 'goal.recommend',
    verb: 'goal.comment',
    load: () => loadGoalOrBlank(deps, input.traineeId, input.id, call.now),
    apply: (l, _p, comment) =>
      commentOnGoal(l.doc, {
        by: call.caller.aadObjectId,
        byName: call.caller.name,
        at: call.now,
        ...(comment ? { comment } : {}),
      }),
    change: (next, l) => ({ kind: 'goal', goal: next, before: l.doc }),
    summary: (g) => ({ status: g.status, comments: g.advisorComments?.length ?? 0, rev: g.rev }),
    effects: (l, saved) => [
      redrawOf(call, saved),
      {
        kind: 'text',
        to: l.profile.aadObjectId,
        text: 'advisorCommentToYou',
        vars: { name: call.caller.name, goal: saved.goalId },
      },
    ],
  });
}
