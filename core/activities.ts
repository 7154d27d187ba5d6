import { isIsoDate, norwayDate } from './dates';
import {
  ACTIVITY_KINDS,
  type ActivityKind,
  type GoalRef,
  type GoalState,
  type GoalSummary,
  type LearningActivity,
  type RoleHolder,
  summaryOf,
  type TraineeProfile,
} from './model';
import { activeHolder } from './policy';
import { goalChoice, goalDocId } from './refs';
import { fail, ok, type Result } from './result';

/**
 * The learning activity's life: registered → sent for signing to a named supervisor →
 * signed, or returned with a comment. The LIS can recall or move a pending request.
 */
export type ActivityError =
  | 'description_required'
  | 'no_goals'
  | 'bad_date'
  | 'date_too_early'
  | 'not_pending'
  | 'already_pending'
  | 'already_signed'
  | 'not_assigned'
  | 'same_supervisor'
  | 'comment_required'
  | 'comment_empty'
  | 'description_too_long'
  | 'too_many_goals'
  | 'unknown_goal'
  | 'withdrawn'
  | 'returned'
  | 'returned_by_supervisor'
  | 'not_returned'
  /** Only a signature or a mark as met can be undone, and a signature only by whoever gave it. */
  | 'not_signed'
  | 'not_yours'
  | 'undo_sign_reason_required'
  /** A goal it names is approved on it: that approval is undone first. */
  | 'approved_on_it';

export interface NewActivity {
  activityKind: ActivityKind;
  date: string;
  description: string;
  goals: GoalRef[];
}

/** Longer text is refused with a message naming the limit, never cut. */
export const DESCRIPTION_MAX = 1000;
/** One activity serves a few goals; the same goal named twice counts once. */
export const ACTIVITY_GOALS_MAX = 20;
/**
 * Activities waiting for a signature or sent back, per LIS. They live in the LIS's own document
 * (read on every hot path), so there is a ceiling far above any real need: 100 at their longest is
 * about 330 KB, well under Cosmos DB's 2 MB per item. Beyond it the LIS is asked to clear some first.
 */
export const OPEN_ACTIVITIES_MAX = 100;

/** Whether the LIS's list of open activities has room for this one to become open (it may be open already). */
export const roomToOpen = (a: LearningActivity, openCount: number): boolean =>
  isOpenActivity(a) || openCount < OPEN_ACTIVITIES_MAX;

/**
 * No learning activity of this training is older than the regulation it is recorded under
 * (spesialistforskriften, in force 1 March 2017): an earlier date is a typing error ("2006" for
 * "2026"), not history.
 */
export const ACTIVITY_EARLIEST = '2017-03-01';

/** The goals an activity names: each once, at least one, at most `ACTIVITY_GOALS_MAX`. */
function goalsNamed(goals: readonly GoalRef[]): Result<GoalRef[], ActivityError> {
  const unique = [...new Map(goals.map((g) => [goalChoice(g), g])).values()];
  if (unique.length === 0) return fail('no_goals');
  if (unique.length > ACTIVITY_GOALS_MAX) return fail('too_many_goals');
  return ok(unique);
}

export function recordActivity(
  input: NewActivity,
  traineeId: string,
  id: string,
  now: string,
): Result<LearningActivity, ActivityError> {
  const description = input.description.trim();
  if (!description) return fail('description_required');
  if (description.length > DESCRIPTION_MAX) return fail('description_too_long');
  const goals = goalsNamed(input.goals);
  if (!goals.ok) return goals;
  if (!ACTIVITY_KINDS.includes(input.activityKind)) return fail('description_required');
  if (input.date > norwayDate(now)) return fail('bad_date');
  if (input.date < ACTIVITY_EARLIEST) return fail('date_too_early');
  return ok({
    kind: 'activity',
    id: `activity:${id}`,
    traineeId,
    activityKind: input.activityKind,
    date: input.date,
    description,
    goals: goals.value,
    status: 'registered',
    rev: 1,
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
  });
}

/**
 * The LIS sends a recorded activity to the leader to mark as met: one no supervisor is there to
 * sign; or one the leader sent back, put right. One a supervisor sent back goes to a supervisor
 * again: the leader does not stand in for a supervisor's judgement.
 */
export function askMet(a: LearningActivity, now: string): Result<LearningActivity, ActivityError> {
  if (a.status === 'pending_signature' || a.status === 'pending_met') return fail('already_pending');
  if (isSignedActivity(a)) return fail('already_signed');
  if (a.status === 'returned' && a.supervisor) return fail('returned_by_supervisor');
  if (a.status !== 'registered' && a.status !== 'returned') return fail('not_returned');
  const { supervisor: _s, decision: _d, remindedAt: _r, ...rest } = a;
  return ok({ ...rest, status: 'pending_met', requestedAt: now, rev: a.rev + 1 });
}

/** The LIS takes back a request, to a supervisor or to the leader: the activity is only recorded again. */
export function recallRequest(a: LearningActivity): Result<LearningActivity, ActivityError> {
  if (a.status !== 'pending_signature' && a.status !== 'pending_met') return fail('not_pending');
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

/**
 * A supervisor records an activity on the LIS's behalf and signs it in one step; it counts at once,
 * and waits for the LIS to confirm or dispute it.
 */
export function signedBySupervisor(
  a: LearningActivity,
  supervisor: { aadObjectId: string; name: string; userId?: string },
  now: string,
): LearningActivity {
  return {
    ...a,
    status: 'signed',
    supervisor,
    requestedAt: now,
    decision: { by: supervisor.aadObjectId, byName: supervisor.name, at: now, outcome: 'signed' },
    byLis: 'pending',
    rev: a.rev + 1,
  };
}

/** The LIS confirms a record the supervisor made for them, or disputes it (it is then withdrawn). */
export function answerSupervisorRecord(
  a: LearningActivity,
  answer: 'confirmed' | 'disputed',
): Result<LearningActivity, ActivityError> {
  if (a.byLis !== 'pending') return fail('not_pending');
  return ok({
    ...a,
    byLis: answer,
    ...(answer === 'disputed' ? { status: 'withdrawn' as const } : {}),
    rev: a.rev + 1,
  });
}

/** What the LIS may change before sending a returned activity again (what the supervisor sent it back for). */
export interface ActivityEdits {
  description?: string;
  date?: string;
  activityKind?: ActivityKind;
  goals?: readonly GoalRef[];
}

/**
 * A returned (or never sent) activity, edited if the LIS wants, sent for signing again to the same
 * or another supervisor. The supervisor's earlier answer stays in the audit trail.
 */
export function resendRequest(
  a: LearningActivity,
  edits: ActivityEdits,
  supervisor: { aadObjectId: string; name: string; userId?: string },
  now: string,
): Result<LearningActivity, ActivityError> {
  if (a.status !== 'returned' && a.status !== 'registered') return fail('not_returned');
  const description = (edits.description ?? a.description).trim();
  if (!description) return fail('description_required');
  if (description.length > DESCRIPTION_MAX) return fail('description_too_long');
  const date = edits.date ?? a.date;
  if (!isIsoDate(date) || date > norwayDate(now)) return fail('bad_date');
  if (date < ACTIVITY_EARLIEST) return fail('date_too_early');
  const goals = edits.goals ? goalsNamed(edits.goals) : ok(a.goals);
  if (!goals.ok) return goals;
  const activityKind = edits.activityKind ?? a.activityKind;
  return requestSignature({ ...a, description, date, activityKind, goals: goals.value }, supervisor, now);
}

/** The LIS takes back a returned or never-sent activity: kept with its history, counted nowhere. */
export function withdrawRecord(a: LearningActivity): Result<LearningActivity, ActivityError> {
  if (a.status !== 'returned' && a.status !== 'registered') return fail('not_returned');
  return ok({ ...a, status: 'withdrawn', rev: a.rev + 1 });
}

/** Sign or return. Only the supervisor the request names; returning needs a comment. */
export function decideActivity(
  a: LearningActivity,
  d: Decider & { outcome: 'signed' | 'returned' },
): Result<LearningActivity, ActivityError> {
  // Sent to the leader to mark as met: the leader (the caller's standing was checked) marks it met
  // or sends it back; there is no signature to give.
  if (a.status === 'pending_met') {
    if (d.outcome === 'signed') return fail('not_assigned');
  } else {
    if (a.status !== 'pending_signature') return fail('not_pending');
    if (a.supervisor?.aadObjectId !== d.by) return fail('not_assigned');
  }
  if (d.outcome === 'returned' && !d.comment) return fail('comment_required');
  return ok({ ...a, status: d.outcome, decision: decisionOf(d, d.outcome), rev: a.rev + 1 });
}

/** What the LIS may send to the leader to mark as met (see `askMet`). */
export const askableAsMet = (a: Pick<LearningActivity, 'status' | 'supervisor'>): boolean =>
  a.status === 'registered' || (a.status === 'returned' && !a.supervisor);

/** Recorded, or waiting for a signature or for the leader's mark: what the leader may mark as met. */
export const markableAsMet = (a: Pick<LearningActivity, 'status'>): boolean =>
  a.status === 'registered' || a.status === 'pending_signature' || a.status === 'pending_met';

/** Who decides on an activity, as the operation gives it. */
type Decider = { by: string; byName: string; onBehalfOf?: string; comment?: string; now: string };

/** The decision as the activity keeps it. */
function decisionOf(
  d: Decider,
  outcome: NonNullable<LearningActivity['decision']>['outcome'],
): NonNullable<LearningActivity['decision']> {
  return {
    by: d.by,
    byName: d.byName,
    ...(d.onBehalfOf ? { onBehalfOf: d.onBehalfOf } : {}),
    at: d.now,
    outcome,
    ...(d.comment ? { comment: d.comment } : {}),
  };
}

/**
 * What of an activity `who` may undo, given the standing to make that decision: their own signature
 * (nobody else's), or a mark as met (the leader's or a delegate's, whoever made it).
 */
export function undoableBy(
  a: Pick<LearningActivity, 'status' | 'decision'>,
  who: string,
): 'sign' | 'met' | undefined {
  if (a.status === 'signed') return a.decision?.by === who ? 'sign' : undefined;
  return a.status === 'met_by_leader' ? 'met' : undefined;
}

/**
 * A signature given by mistake, undone by the supervisor who gave it (or a mark as met, by the
 * leader or a delegate), with the reason: the activity goes back to the LIS as returned, to put
 * right and send again, and leaves its goals' basis (the store takes it out in the same batch).
 * Not while a goal it names is approved on it (`approvedOn`): that approval is undone first.
 */
export function undoDecision(
  a: LearningActivity,
  d: Decider,
  approvedOn: readonly string[],
): Result<LearningActivity, ActivityError> {
  if (a.status !== 'signed' && a.status !== 'met_by_leader') return fail('not_signed');
  if (!undoableBy(a, d.by)) return fail('not_yours');
  if (!d.comment) return fail('undo_sign_reason_required');
  if (approvedOn.length > 0) return fail('approved_on_it');
  // A record waiting for the LIS to confirm it no longer asks: it is returned to them instead.
  const { remindedAt: _r, byLis, ...rest } = a;
  return ok({
    ...rest,
    ...(byLis && byLis !== 'pending' ? { byLis } : {}),
    status: 'returned',
    decision: { ...decisionOf(d, 'returned'), undid: true },
    rev: a.rev + 1,
  });
}

/**
 * The leader (or a delegate) marks an activity as met (innfridd): one the LIS recorded or sent for
 * signing. It then counts as signed; a supervisor asked to sign need do nothing. One a supervisor
 * returned waits for the LIS to put right: the leader does not overrule that return.
 */
export function markMet(a: LearningActivity, d: Decider): Result<LearningActivity, ActivityError> {
  if (isSignedActivity(a)) return fail('already_signed');
  if (a.status === 'withdrawn') return fail('withdrawn');
  if (a.status === 'returned') return fail('returned');
  if (!markableAsMet(a)) return fail('not_pending');
  const { remindedAt: _r, ...rest } = a;
  return ok({ ...rest, status: 'met_by_leader', decision: decisionOf(d, 'met'), rev: a.rev + 1 });
}

/**
 * Where an activity stands, for a list: whom it waits for (the supervisor asked, or the leader to
 * mark it), or who decided (signed, returned, marked as met) and when.
 */
export function standingOf(
  a: Pick<LearningActivity, 'status' | 'supervisor' | 'decision'>,
  leaderName?: string,
): { who?: string; at?: string } {
  if (a.status === 'pending_signature') return a.supervisor ? { who: a.supervisor.name } : {};
  if (a.status === 'pending_met') return leaderName ? { who: leaderName } : {};
  const decided = a.status === 'signed' || a.status === 'returned' || a.status === 'met_by_leader';
  return decided && a.decision ? { who: a.decision.byName, at: a.decision.at } : {};
}

/**
 * The advisor comments on an activity (any but a withdrawn one): the comment replaces the one
 * before, which the audit trail keeps.
 */
export function commentOnActivity(
  a: LearningActivity,
  d: { by: string; byName: string; comment?: string; now: string },
): Result<LearningActivity, ActivityError> {
  if (a.status === 'withdrawn') return fail('withdrawn');
  if (!d.comment) return fail('comment_empty');
  return ok({
    ...a,
    advisorComment: { by: d.by, byName: d.byName, at: d.now, comment: d.comment },
    rev: a.rev + 1,
  });
}

/**
 * Waiting for someone: a supervisor's signature, the leader's mark, or the LIS (returned with a
 * comment). Kept beside the goal states, for the inbox and "what is left?", so a returned one is
 * never out of sight.
 */
export const isOpenActivity = (a: LearningActivity | undefined): boolean =>
  a?.status === 'pending_signature' || a?.status === 'pending_met' || a?.status === 'returned';

/** Signed off (by the supervisor, or met as the leader confirmed): part of a goal's basis. */
export const isSignedActivity = (a: LearningActivity | undefined): boolean =>
  a?.status === 'signed' || a?.status === 'met_by_leader';

/** How many signed activities each goal has (`goal:<catalog>:<goal>` → count). */
export function signedCounts(activities: readonly LearningActivity[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const a of activities.filter(isSignedActivity))
    for (const g of a.goals) {
      const key = goalDocId(g.catalogId, g.goalId);
      out[key] = (out[key] ?? 0) + 1;
    }
  return out;
}

/** What lists and counts need of a LIS (as the LIS's document keeps it): goal summaries, open activities, signed counts. */
export function boardOf(t: {
  profile: TraineeProfile;
  goals: readonly GoalState[];
  activities: readonly LearningActivity[];
}): {
  profile: TraineeProfile;
  goals: GoalSummary[];
  open: LearningActivity[];
  signed: Record<string, number>;
} {
  return {
    profile: t.profile,
    goals: t.goals.map(summaryOf),
    open: t.activities.filter(isOpenActivity),
    signed: signedCounts(t.activities),
  };
}

/**
 * Waits for the signature of a supervisor the LIS has since removed: no one can sign it, so it is
 * sent to another (or recalled), never reminded.
 */
export function waitsForRemovedSupervisor(
  profile: TraineeProfile,
  a: Pick<LearningActivity, 'status' | 'supervisor'>,
): boolean {
  return (
    a.status === 'pending_signature' &&
    !!a.supervisor &&
    !activeHolder(profile, 'supervisor', a.supervisor.aadObjectId)
  );
}
