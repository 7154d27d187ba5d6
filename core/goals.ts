import { ARENAS, type Arena, type CatalogSet, type Goal, goalIdKey } from './catalog';
import type {
  BasisRef,
  Decision,
  GoalRef,
  GoalState,
  GoalSummary,
  LearningActivity,
  PriorApproval,
  PriorSource,
  TraineeProfile,
} from './model';
import { goalDocId } from './model';
import { fail, ok, type Result } from './result';
import { servesPsychiatry } from './service';

/**
 * A goal's life: not started → in progress → sent for approval (the LIS can recall it) →
 * approved, or returned with a comment (back to in progress).
 */
export type GoalError =
  | 'already_approved'
  | 'already_pending'
  | 'not_pending'
  | 'comment_required'
  | 'comment_empty'
  | 'basis_comment_required'
  | 'reason_required'
  | 'wrong_arena'
  | 'too_many_comments'
  /** Only an approved goal's approval can be undone. */
  | 'not_approved'
  | 'undo_reason_required'
  /** The approval was given where the LIS's current employer does not approve (the hospital's, say). */
  | 'undo_elsewhere'
  /** An earlier approval said to be from another arena than the one the goal is approved in. */
  | 'prior_wrong_arena';

export function blankGoal(traineeId: string, ref: GoalRef, now: string): GoalState {
  return {
    kind: 'goal',
    id: goalDocId(ref.catalogId, ref.goalId),
    traineeId,
    catalogId: ref.catalogId,
    goalId: ref.goalId,
    status: 'not_started',
    rev: 0,
    basis: [],
    updatedAt: now,
  };
}

/**
 * The LIS asks for approval. Only where the goal can be approved: a hospital goal is not sent to a
 * municipal leader (it is approved by the hospital), and the other way round.
 */
export function requestApproval(
  g: GoalState,
  now: string,
  where?: { arena: Arena; profile: Pick<TraineeProfile, 'phase' | 'employer'> },
): Result<GoalState, GoalError> {
  if (g.status === 'approved') return fail('already_approved');
  if (g.status === 'pending_approval') return fail('already_pending');
  if (where && !arenasOf(where.profile).includes(where.arena)) return fail('wrong_arena');
  const { returned: _r, advisorRecommendation: _a, ...rest } = g;
  return ok({ ...rest, status: 'pending_approval', requestedAt: now, rev: g.rev + 1, updatedAt: now });
}

export function recallApproval(g: GoalState, now: string): Result<GoalState, GoalError> {
  if (g.status !== 'pending_approval') return fail('not_pending');
  const { requestedAt: _r, priorClaim: _p, ...rest } = g;
  return ok({ ...rest, status: 'in_progress', rev: g.rev + 1, updatedAt: now });
}

/**
 * A goal's state counts while the LIS follows its plan: one they were moved off (to a newer version)
 * keeps its states, and no request there waits for anyone.
 */
export const inFollowedPlan = (
  profile: Pick<TraineeProfile, 'catalogIds'>,
  g: { catalogId: string },
): boolean => profile.catalogIds.includes(g.catalogId);

/**
 * Goals approved in plans the LIS no longer follows (moved over to a newer version), per plan in
 * id order, each in its plan's order: still approvals, to register, though they no longer count here.
 */
export function approvedInEarlierPlans(
  followed: readonly string[],
  goals: readonly Pick<GoalState, 'catalogId' | 'goalId' | 'status'>[],
  catalogs: Pick<CatalogSet, 'get'>,
): { catalogId: string; name: string; approved: string[] }[] {
  const approved = new Set(
    goals.filter((g) => g.status === 'approved').map((g) => `${g.catalogId}|${g.goalId}`),
  );
  return [...new Set(goals.map((g) => g.catalogId))]
    .filter((id) => !followed.includes(id))
    .sort()
    .flatMap((catalogId) => {
      const c = catalogs.get(catalogId);
      const ids = (c?.goals ?? []).filter((g) => approved.has(`${catalogId}|${g.id}`)).map((g) => g.id);
      return c && ids.length ? [{ catalogId, name: c.name, approved: ids }] : [];
    });
}

/**
 * Whether a goal of the LIS's catalogs is theirs to reach: psychiatry goals only for a LIS1 who serves
 * in psychiatry (DOMAIN; `servesPsychiatry`, worked out once per LIS by the caller). One approved
 * anyway stays, so nothing approved ever disappears.
 */
export function followsGoal(
  servesPsychiatry: boolean,
  goal: Pick<Goal, 'arena'>,
  status?: GoalState['status'],
): boolean {
  return !(goal.arena === 'psychiatry' && !servesPsychiatry && status !== 'approved');
}

/**
 * The arenas this LIS's leader approves in. LIS1: a hospital approves hospital and psychiatry goals,
 * a municipality its own (DOMAIN: "each goal is approved once, in one arena"). LIS2/3: the employer
 * approves the whole plan of the specialty.
 */
export function arenasOf(profile: Pick<TraineeProfile, 'phase' | 'employer'>): readonly Arena[] {
  if (profile.phase !== 'LIS1') return ARENAS;
  return profile.employer.kind === 'hospital' ? ['hospital', 'psychiatry'] : ['municipality'];
}

/**
 * Where this LIS's goal is approved, as shown and recorded: in LIS1 the goal's own arena (the
 * plan's split between hospital, municipality and psychiatry); in LIS2/3 at the employer, whatever
 * arena a plan gives a common goal (a LIS3 in general practice has every goal approved by the
 * municipality: "Sykehus: 12 igjen" on her card would be a part she never serves).
 */
export function approvalArena(
  profile: Pick<TraineeProfile, 'phase' | 'employer'>,
  goal: Pick<Goal, 'arena'>,
): Arena {
  if (profile.phase === 'LIS1') return goal.arena;
  return profile.employer.kind === 'hospital' ? 'hospital' : 'municipality';
}

/** What the approval rests on, and what is missing from it. */
export interface ApprovalBasis {
  signed: BasisRef[];
  /** The advisor's recommendation (for); `against` when the advisor advised against. */
  advisor?: Decision;
  against?: Decision;
  supervisors: string[];
  missing: ('advisor' | 'supervisor')[];
  complete: boolean;
}

/**
 * Whether the leader may approve with one click, from a goal's summary and its count of signed
 * activities: the advisor's advice and a signed activity (`approvalBasis(…).complete`), or an
 * approval made earlier elsewhere, which is its own basis (as `applyDecision` takes it).
 */
export function basisComplete(g: GoalSummary, signedActivities: number): boolean {
  return !!g.claimed || (!!g.recommendedBy && signedActivities > 0);
}

/** How a signed activity shows in the basis of the goals it names. */
export function basisRefOf(a: LearningActivity): BasisRef {
  return {
    activityId: a.id,
    description: a.description,
    kind: a.activityKind,
    by: a.decision?.byName ?? '',
    at: a.decision?.at ?? a.date,
    ...(a.decision?.comment ? { comment: a.decision.comment } : {}),
    ...(a.status === 'met_by_leader' ? { met: true as const } : {}),
  };
}

export function approvalBasis(g: GoalState): ApprovalBasis {
  const signed = g.basis ?? [];
  // An activity the leader marked as met counts as signed (the basis says who marked it).
  const supervisors = [...new Set(signed.map((s) => s.by))];
  const missing: ApprovalBasis['missing'] = [];
  // With no advisor appointed there is no advice to wait for, but the basis is still incomplete;
  // advice against counts as no recommendation (the leader may still approve, with a comment).
  const advice = g.advisorRecommendation;
  if (!advice || advice.against) missing.push('advisor');
  if (supervisors.length === 0) missing.push('supervisor');
  return {
    signed,
    ...(advice && !advice.against ? { advisor: advice } : {}),
    ...(advice?.against ? { against: advice } : {}),
    supervisors,
    missing,
    complete: missing.length === 0,
  };
}

export function decideGoal(
  g: GoalState,
  goal: Goal,
  profile: TraineeProfile,
  d: {
    outcome: 'approved' | 'returned';
    by: string;
    byName: string;
    onBehalfOf?: string;
    comment?: string;
    basisComplete: boolean;
    now: string;
  },
): Result<GoalState, GoalError> {
  if (g.status === 'approved') return fail('already_approved');
  if (g.status !== 'pending_approval') return fail('not_pending');
  if (d.outcome === 'returned' && !d.comment) return fail('comment_required');
  // Confirming an approval made elsewhere: its basis is that approval, and its arena was checked.
  const claim = g.priorClaim;
  if (d.outcome === 'approved' && !claim && !d.basisComplete && !d.comment)
    return fail('basis_comment_required');
  if (!claim && !arenasOf(profile).includes(goal.arena)) return fail('wrong_arena');
  const decision: Decision = {
    by: d.by,
    byName: d.byName,
    at: d.now,
    ...(d.onBehalfOf ? { onBehalfOf: d.onBehalfOf } : {}),
    ...(d.comment ? { comment: d.comment } : {}),
  };
  if (d.outcome === 'approved' && claim) {
    const { priorClaim: _p, ...rest } = g;
    return ok({
      ...rest,
      status: 'approved',
      approval: { ...decision, ...priorApproval(claim) },
      rev: g.rev + 1,
      updatedAt: d.now,
    });
  }
  if (d.outcome === 'approved') {
    return ok({
      ...g,
      status: 'approved',
      approval: { ...decision, arena: approvalArena(profile, goal) },
      rev: g.rev + 1,
      updatedAt: d.now,
    });
  }
  const { requestedAt: _r, priorClaim: _p, ...rest } = g;
  return ok({ ...rest, status: 'in_progress', returned: decision, rev: g.rev + 1, updatedAt: d.now });
}

/**
 * Whether an approval may be undone by `who` (the leader, or a delegate acting for `onBehalfOf`):
 * one given where the LIS's current employer approves; or an earlier approval made elsewhere that
 * they recorded here themself (a wrong entry is theirs to take back, whatever its arena: the
 * approval stands where it was given, only its record here goes).
 */
export const approvalUndoable = (
  g: Pick<GoalState, 'status' | 'approval'>,
  profile: Pick<TraineeProfile, 'phase' | 'employer'>,
  who?: { by: string; onBehalfOf?: string },
): boolean => {
  const a = g.approval;
  if (g.status !== 'approved' || !a) return false;
  if (arenasOf(profile).includes(a.arena)) return true;
  if (!a.recordedFrom || !who) return false;
  const recorder = a.onBehalfOf ?? a.by;
  return recorder === (who.onBehalfOf ?? who.by);
};

/**
 * The leader (or a delegate) undoes an approval made by mistake, with the reason: the goal is in
 * progress again and sent back to the LIS, who asks again when it is ready. Its basis (the signed
 * activities) stays; the approval stays in the audit trail. Only where the LIS's current employer
 * approves: a hospital's approval is not undone by the municipality.
 */
export function undoApproval(
  g: GoalState,
  profile: Pick<TraineeProfile, 'phase' | 'employer'>,
  d: { by: string; byName: string; onBehalfOf?: string; comment?: string; now: string },
): Result<GoalState, GoalError> {
  if (g.status !== 'approved' || !g.approval) return fail('not_approved');
  if (!approvalUndoable(g, profile, d)) return fail('undo_elsewhere');
  if (!d.comment) return fail('undo_reason_required');
  const {
    approval: _a,
    requestedAt: _r,
    remindedAt: _m,
    advisorRecommendation: _ar,
    priorClaim: _p,
    ...rest
  } = g;
  return ok({
    ...rest,
    status: 'in_progress',
    returned: {
      by: d.by,
      byName: d.byName,
      at: d.now,
      ...(d.onBehalfOf ? { onBehalfOf: d.onBehalfOf } : {}),
      comment: d.comment,
      undid: true,
    },
    rev: g.rev + 1,
    updatedAt: d.now,
  });
}

/** The advisor's recommendation on a pending goal (replaces an earlier one). */
export function recommend(g: GoalState, d: Decision): Result<GoalState, GoalError> {
  if (g.status !== 'pending_approval') return fail('not_pending');
  return ok({ ...g, advisorRecommendation: d, rev: g.rev + 1, updatedAt: d.at });
}

/** A goal holds at most this many comments from the advisor; more is refused, not cut. */
export const ADVISOR_COMMENTS_MAX = 10;

/** The advisor's comment on a goal not approved yet, without advice for or against. */
export function commentOnGoal(g: GoalState, d: Decision): Result<GoalState, GoalError> {
  if (g.status === 'approved') return fail('already_approved');
  if (!d.comment) return fail('comment_empty');
  if ((g.advisorComments?.length ?? 0) >= ADVISOR_COMMENTS_MAX) return fail('too_many_comments');
  return ok({ ...g, advisorComments: [...(g.advisorComments ?? []), d], rev: g.rev + 1, updatedAt: d.at });
}

/** The advisor advises against approving the pending goal, with a reason; the leader's card shows it. */
export function adviseAgainst(g: GoalState, d: Decision): Result<GoalState, GoalError> {
  if (g.status !== 'pending_approval') return fail('not_pending');
  if (!d.comment) return fail('reason_required');
  return ok({ ...g, advisorRecommendation: { ...d, against: true }, rev: g.rev + 1, updatedAt: d.at });
}

/**
 * What an approval made earlier becomes on the goal: dated the day it was made, in its arena, with
 * where, by whom and the evidence. The decision's `by` is the leader who recorded or confirmed it.
 */
function priorApproval(p: PriorApproval): { at: string; arena: Arena; recordedFrom: PriorSource } {
  return {
    at: `${p.date}T12:00:00.000Z`,
    arena: p.arena,
    recordedFrom: {
      place: p.place,
      approverName: p.approverName,
      ...(p.attachment ? { attachment: p.attachment } : {}),
    },
  };
}

/**
 * An earlier approval counts in LIS1 only from the goal's own arena (each goal is approved once,
 * there); in LIS2/3 from any (the employer approves the whole plan, and a LIS who changed employer
 * keeps what the last one approved).
 */
const priorArenaOk = (profile: Pick<TraineeProfile, 'phase'>, goal: Pick<Goal, 'arena'>, p: PriorApproval) =>
  profile.phase !== 'LIS1' || p.arena === goal.arena;

/** The leader records a goal approved earlier elsewhere: it then counts as done. */
export function recordPrior(
  g: GoalState,
  goal: Goal,
  profile: Pick<TraineeProfile, 'phase'>,
  prior: PriorApproval,
  by: { aadObjectId: string; name: string },
  now: string,
): Result<GoalState, GoalError> {
  if (g.status === 'approved') return fail('already_approved');
  if (!priorArenaOk(profile, goal, prior)) return fail('prior_wrong_arena');
  const { priorClaim: _p, requestedAt: _r, ...rest } = g;
  return ok({
    ...rest,
    status: 'approved',
    approval: { by: by.aadObjectId, byName: by.name, ...priorApproval(prior) },
    rev: g.rev + 1,
    updatedAt: now,
  });
}

/** The LIS records an approval made earlier elsewhere; it waits for the leader to confirm it. */
export function claimPrior(
  g: GoalState,
  goal: Goal,
  profile: Pick<TraineeProfile, 'phase'>,
  prior: PriorApproval,
  now: string,
): Result<GoalState, GoalError> {
  if (g.status === 'approved') return fail('already_approved');
  if (g.status === 'pending_approval') return fail('already_pending');
  if (!priorArenaOk(profile, goal, prior)) return fail('prior_wrong_arena');
  const { returned: _r, advisorRecommendation: _a, ...rest } = g;
  return ok({
    ...rest,
    status: 'pending_approval',
    requestedAt: now,
    priorClaim: prior,
    rev: g.rev + 1,
    updatedAt: now,
  });
}

/**
 * Goal states with their basis filled in from a LIS's activities (seeding, the demo): every goal a
 * signed activity names gets a state, a blank one if it had none.
 */
export function withBasis(
  traineeId: string,
  goals: readonly GoalState[],
  activities: readonly LearningActivity[],
  now: string,
): GoalState[] {
  const byId = new Map(goals.map((g) => [g.id, { ...g, basis: [...(g.basis ?? [])] }]));
  for (const a of activities) {
    if (a.status !== 'signed' && a.status !== 'met_by_leader') continue;
    for (const ref of a.goals) {
      const id = goalDocId(ref.catalogId, ref.goalId);
      const found = byId.get(id) ?? { ...blankGoal(traineeId, ref, now), basis: [] };
      // A signed activity puts the goals it names in progress.
      const g =
        found.status === 'not_started'
          ? { ...found, status: 'in_progress' as const, rev: found.rev + 1 }
          : found;
      if (!g.basis.some((b) => b.activityId === a.id)) g.basis.push(basisRefOf(a));
      byId.set(id, g);
    }
  }
  return [...byId.values()];
}

/**
 * The goals an activity can name, in plan order: the LIS's plans' goals they follow (psychiatry
 * only if served), approved ones left out. The activity form lists them, and the search as the
 * person types (`ops/goalSearch.ts`) looks among the same.
 */
export function nameableGoals(
  profile: TraineeProfile,
  goals: readonly GoalSummary[],
  catalogs: CatalogSet,
): { catalogId: string; goal: Goal }[] {
  const approved = new Set(goals.filter((g) => g.status === 'approved').map((g) => g.id));
  const psychiatry = servesPsychiatry(profile);
  return profile.catalogIds.flatMap((catalogId) =>
    (catalogs.get(catalogId)?.goals ?? [])
      .filter((g) => !approved.has(goalDocId(catalogId, g.id)) && followsGoal(psychiatry, g))
      .map((goal) => ({ catalogId, goal })),
  );
}

/** Text as searched: lower case, letters' accents kept (å is not a). */
const searchable = (s: string) => s.normalize('NFC').toLocaleLowerCase('nb-NO');

/**
 * The goals that match what a person typed: an id as typed ("alm-6" finds ALM-006), the start of
 * one ("del1-06"), or words that all occur in the title or the plan's own wording ("kirurgisk inngrep").
 */
export function matchingGoals<T extends { goal: Goal }>(list: readonly T[], query: string): T[] {
  const q = searchable(query).replace(/\s+/g, ' ').trim();
  if (!q) return [...list];
  const key = /^[a-z][a-z0-9]{0,9}-\d{1,4}$/.test(q) ? goalIdKey(q) : undefined;
  const words = q.split(' ');
  // The goal whose id was typed comes first ("del1-07" is DEL1-007), then the rest in plan order.
  const exact = key ? list.filter(({ goal }) => goalIdKey(goal.id) === key) : [];
  const rest = list.filter(({ goal }) => {
    if (exact.some((x) => x.goal === goal)) return false;
    const id = searchable(goal.id);
    if (id.startsWith(q)) return true;
    const text = `${id} ${searchable(goal.title)} ${searchable(goal.text ?? '')}`;
    return words.every((w) => text.includes(w));
  });
  return [...exact, ...rest];
}
