import { ACTIVITY_EARLIEST } from '../core/activities';
import { arenaSchema } from '../core/catalog';
import { isIsoDate } from '../core/dates';
import { recordPrior } from '../core/goals';
import type { GoalState, PriorApproval } from '../core/model';
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
  /** Hospital, municipality or psychiatry: where the goal was approved. */
  arena?: string;
  /** Optional: the evidence's name or archive number, or an https link to it. */
  attachment?: string;
}

export type PriorField = 'place' | 'approver' | 'date' | 'arena' | 'attachment';

/** A reference, not a file: a name or number, or an https link (nothing a browser would run). */
const attachmentOk = (v: string) =>
  v.length <= 300 && !/\p{Cc}/u.test(v) && (!/^[a-z][a-z0-9+.-]*:/i.test(v) || /^https:\/\/\S+$/i.test(v));

/** Which of the earlier approval's fields are missing or wrong (empty when all are fine). */
export function priorProblems(input: PriorInput, today: string): PriorField[] {
  const date = input.date ?? '';
  const attachment = input.attachment?.trim() ?? '';
  return [
    ...(input.place?.trim() ? [] : ['place' as const]),
    ...(input.approver?.trim() ? [] : ['approver' as const]),
    // Not before the regulation: learning goals to approve began on 1 March 2017.
    ...(isIsoDate(date) && date <= today && date >= ACTIVITY_EARLIEST ? [] : ['date' as const]),
    ...(arenaSchema.safeParse(input.arena).success ? [] : ['arena' as const]),
    ...(attachmentOk(attachment) ? [] : ['attachment' as const]),
  ];
}

/** The earlier approval from valid input (check `priorProblems` first). */
export function priorOf(input: PriorInput): PriorApproval {
  const attachment = input.attachment?.trim();
  return {
    place: input.place?.trim() ?? '',
    approverName: input.approver?.trim() ?? '',
    date: input.date ?? '',
    arena: arenaSchema.parse(input.arena),
    ...(attachment ? { attachment } : {}),
  };
}

/**
 * The leader records a goal approved earlier elsewhere (arena, where, by whom, when, the evidence);
 * recording it is the leader's confirmation, and it then counts as done.
 */
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
        l.profile,
        priorOf(input),
        { aadObjectId: call.caller.aadObjectId, name: call.caller.name },
        call.now,
      );
    },
    change: (next, l) => ({ kind: 'goal', goal: next, before: l.doc }),
    summary: (g) => ({ status: g.status, rev: g.rev, recordedFrom: g.approval?.recordedFrom ?? null }),
    details: (l) => ({
      fields: priorProblems(input, call.today).join(','),
      arena: deps.catalogs.goal(l.doc.catalogId, l.doc.goalId)?.arena ?? '',
    }),
  });
}
