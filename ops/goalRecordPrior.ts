import { recordPrior } from '../core/goals';
import type { GoalState } from '../core/model';
import { fail } from '../core/result';
import { decide } from './decide';
import { type GoalData, loadGoalOrBlank } from './load';
import type { Call, OpsDeps, Outcome } from './types';

export interface PriorInput {
  traineeId: string;
  id: string;
  rev: number;
  place?: string;
  approver?: string;
  date?: string;
}

/** Which of the earlier approval's fields are missing or wrong (empty when all are fine). */
export function priorProblems(input: PriorInput, today: string): ('place' | 'approver' | 'date')[] {
  const date = input.date ?? '';
  return [
    ...(input.place?.trim() ? [] : ['place' as const]),
    ...(input.approver?.trim() ? [] : ['approver' as const]),
    ...(/^\d{4}-\d{2}-\d{2}$/.test(date) && date <= today ? [] : ['date' as const]),
  ];
}

/** The leader records a goal approved earlier elsewhere (where, by whom, when); it then counts as done. */
export function recordPriorApproval(
  deps: OpsDeps,
  call: Call,
  input: PriorInput,
): Promise<Outcome<GoalData, GoalData>> {
  return decide<GoalState, GoalData>(deps, call, input, {
    action: 'goal.recordPrior',
    verb: 'goal.recordPrior',
    load: () => loadGoalOrBlank(deps, input.traineeId, input.id, call.now),
    apply: (l) => {
      const goal = deps.catalogs.goal(l.doc.catalogId, l.doc.goalId);
      if (!goal || priorProblems(input, call.today).length > 0) return fail('bad_input');
      return recordPrior(
        l.doc,
        goal,
        {
          place: input.place?.trim() ?? '',
          approverName: input.approver?.trim() ?? '',
          date: input.date ?? '',
        },
        { aadObjectId: call.caller.aadObjectId, name: call.caller.name },
        call.now,
      );
    },
    change: (next, l) => ({ kind: 'goal', goal: next, before: l.doc }),
    summary: (g) => ({ status: g.status, rev: g.rev, recordedFrom: g.approval?.recordedFrom ?? null }),
    details: () => ({ fields: priorProblems(input, call.today).join(',') }),
  });
}
