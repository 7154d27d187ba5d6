import {
  ACTIVITY_KINDS,
  type ActivityKind,
  type Decision,
  type GoalRef,
  type LearningActivity,
  type RoleHolder,
} from './model';
import { fail, ok, type Result } from './result';

/**
 * The learning activity's life: registered → sent for signing to a named supervisor →
 * signed, or returned with a comment. The LIS can recall or move a pending request.
 */
export type ActivityError =
  | 'description_required'
  | 'no_goals'
  | 'bad_date'
  | 'not_pending'
  | 'already_pending'
  | 'already_signed'
  | 'not_assigned'
  | 'same_supervisor'
  | 'comment_required';

export interface NewActivity {
  activityKind: ActivityKind;
  date: string;
  description: string;
  goals: GoalRef[];
}

export const DESCRIPTION_MAX = 300;

export function recordActivity(
  input: NewActivity,
  traineeId: string,
  id: string,
  now: string,
): Result<LearningActivity, ActivityError> {
  const description = input.description.trim();
  if (!description) return fail('description_required');
  if (input.goals.length === 0) return fail('no_goals');
  if (!ACTIVITY_KINDS.includes(input.activityKind)) return fail('description_required');
  if (input.date > now.slice(0, 10)) return fail('bad_date');
  return ok({
    kind: 'activity',
    id: `activity:${id}`,
    traineeId,
    activityKind: input.activityKind,
    date: input.date,
    description: description.slice(0, DESCRIPTION_MAX),
    goals: input.goals,
    status: 'registered',
    rev: 1,
    cards: [],
    createdAt: now,
  });
}

/** The supervisor as a request names them, from their role (with their Teams id for card refresh). */
export function supervisorRef(holder: RoleHolder): { aadObjectId: string; name: string; userId?: string } {
  return {
    aadObjectId: holder.aadObjectId,
    name: holder.name,
    ...(holder.conversation ? { userId: holder.conversation.userId } : {}),
  };
}

export function requestSignature(
  a: LearningActivity,
  supervisor: { aadObjectId: string; name: string; userId?: string },
  now: string,
): Result<LearningActivity, ActivityError> {
  if (a.status === 'pending_signature') return fail('already_pending');
  if (a.status === 'signed' || a.status === 'met_by_leader') return fail('already_signed');
  const { decision: _previous, ...rest } = a;
  return ok({
    ...rest,
    status: 'pending_signature',
    supervisor,
    requestedAt: now,
    rev: a.rev + 1,
    cards: a.cards ?? [],
  });
}

export function recallRequest(a: LearningActivity): Result<LearningActivity, ActivityError> {
  if (a.status !== 'pending_signature') return fail('not_pending');
  const { supervisor: _s, requestedAt: _r, ...rest } = a;
  return ok({ ...rest, status: 'registered', rev: a.rev + 1 });
}

export function reassign(
  a: LearningActivity,
  supervisor: { aadObjectId: string; name: string; userId?: string },
  now: string,
): Result<LearningActivity, ActivityError> {
  if (a.status !== 'pending_signature') return fail('not_pending');
  if (a.supervisor?.aadObjectId === supervisor.aadObjectId) return fail('same_supervisor');
  return ok({ ...a, supervisor, requestedAt: now, rev: a.rev + 1 });
}

/** Sign or return. Only the supervisor the request names; returning needs a comment. */
export function decideActivity(
  a: LearningActivity,
  d: { outcome: 'signed' | 'returned'; by: string; byName: string; comment?: string; now: string },
): Result<LearningActivity, ActivityError> {
  if (a.status !== 'pending_signature') return fail('not_pending');
  if (a.supervisor?.aadObjectId !== d.by) return fail('not_assigned');
  if (d.outcome === 'returned' && !d.comment) return fail('comment_required');
  const decision: Decision & { outcome: 'signed' | 'returned' } = {
    by: d.by,
    byName: d.byName,
    at: d.now,
    outcome: d.outcome,
    ...(d.comment ? { comment: d.comment } : {}),
  };
  return ok({ ...a, status: d.outcome, decision, rev: a.rev + 1 });
}
