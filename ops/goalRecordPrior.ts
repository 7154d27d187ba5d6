import { ACTIVITY_EARLIEST } from '../core/activities';
import { arenaSchema } from '../core/catalog';
import { isIsoDate } from '../core/dates';
import { recordPrior } from '../core/goals';
import type { GoalState, PriorApproval, Stored, TraineeProfile } from '../core/model';
import type { Action } from '../core/policy';
import { fail } from '../core/result';
import { decide } from './decide';
import { type GoalData, loadGoalOrBlank, permittedProfile } from './load';
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

/** Goals named together with one set of facts: each by its document id and the revision shown. */
export type PriorGoals = readonly { id: string; rev: number }[];

/**
 * Goals approved earlier elsewhere, stated together with one set of facts (by the LIS) or recorded
 * together (by the leader): the facts checked once, the caller's standing once, then each goal a
 * decision of its own (`one`), in order, a goal named twice once. Which were done, and why each
 * other was not (already approved or waiting, another arena, changed meanwhile, not in the plans).
 */
export async function priorRun(
  deps: OpsDeps,
  call: Call,
  input: Omit<PriorInput, 'id' | 'rev'> & { goals: PriorGoals },
  action: Action,
  one: (input: PriorInput, done: readonly string[]) => Promise<Outcome<unknown, unknown>>,
): Promise<
  Outcome<{ profile: Stored<TraineeProfile>; done: string[]; skipped: { id: string; reason: string }[] }>
> {
  const { goals, ...facts } = input;
  const problems = priorProblems({ ...facts, id: '', rev: 0 }, call.today);
  if (problems[0]) return { kind: 'invalid', field: problems[0] };
  const may = await permittedProfile(deps, call, input.traineeId, action);
  if (may.kind !== 'permitted') return may;
  const done: string[] = [];
  const skipped: { id: string; reason: string }[] = [];
  for (const g of goals) {
    if (done.includes(g.id) || skipped.some((s) => s.id === g.id)) continue;
    const r = await one({ ...facts, ...g }, done);
    if (r.kind === 'done') done.push(g.id);
    else
      skipped.push({
        id: g.id,
        reason: r.kind === 'refused' ? r.reason : r.kind === 'not_found' ? 'not_in_plans' : 'changed',
      });
  }
  return { kind: 'done', value: { profile: may.profile, done, skipped } };
}
