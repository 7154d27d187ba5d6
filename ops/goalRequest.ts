import { requestApproval } from '../core/goals';
import type { GoalState, TraineeProfile } from '../core/model';
import { activeHolders, approversOf } from '../core/policy';
import { decide } from './decide';
import { cannotReachNow, type GoalData, loadGoalOrBlank } from './load';
import type { Call, Effect, OpsDeps, Outcome } from './types';

export interface GoalRequested extends GoalData {
  /** The leader, when the leader cannot be reached in Teams yet (the request waits in their inbox). */
  unreachableLeader?: string;
  /** No leader in the app: the request waits for the one the LIS invites. */
  noLeader?: true;
}

/**
 * The cards a goal sent for approval goes out as: to the leader, the leader's active delegates and the
 * advisor (not for an approval made earlier elsewhere); the card the LIS pressed is remembered, so it
 * follows the decision.
 */
export function approvalCards(
  call: Call,
  profile: TraineeProfile,
  saved: GoalState,
  /** Goals asked for just before in the same run: one message names them all (see `Effect`). */
  before: readonly string[] = [],
): Effect[] {
  const [leader, ...delegates] = approversOf(profile, call.today);
  // An approval made earlier elsewhere is confirmed on its own basis: no advice is asked for.
  const advisors = saved.priorClaim ? [] : activeHolders(profile, 'advisor');
  const to = [...(leader ? [leader] : []), ...advisors.map((a) => a.aadObjectId), ...delegates];
  const effects: Effect[] = [...new Set(to)].map((aad) => ({
    kind: 'goal_card',
    traineeId: saved.traineeId,
    goalId: saved.id,
    to: aad,
    ...(before.length ? { with: [...before] } : {}),
  }));
  if (call.origin)
    effects.unshift({
      kind: 'remember_card',
      traineeId: saved.traineeId,
      target: saved.id,
      message: { ...call.origin, for: profile.aadObjectId },
    });
  return effects;
}

/**
 * The LIS asks for approval of a goal. The leader, active delegates and the advisor get the card;
 * the card the LIS pressed follows the decision.
 */
export async function requestGoalApproval(
  deps: OpsDeps,
  call: Call,
  input: { traineeId: string; id: string; rev: number },
  /** Goals asked for just before in the same run (`requestAll`): the leader's one message names them all. */
  before: readonly string[] = [],
): Promise<Outcome<GoalRequested, GoalData>> {
  const r = await decide<GoalState, GoalData>(deps, call, input, {
    action: 'goal.request',
    verb: 'goal.request',
    load: () => loadGoalOrBlank(deps, input.traineeId, input.id, call.now),
    apply: (l) => {
      const goal = deps.catalogs.goal(l.doc.catalogId, l.doc.goalId);
      return requestApproval(l.doc, call.now, goal ? { arena: goal.arena, profile: l.profile } : undefined);
    },
    details: (l) => ({
      arena: deps.catalogs.goal(l.doc.catalogId, l.doc.goalId)?.arena ?? '',
      employer: l.profile.employer.name,
    }),
    change: (next, l) => ({ kind: 'goal', goal: next, before: l.doc }),
    summary: (g) => ({ status: g.status, rev: g.rev }),
    effects: (l, saved) => approvalCards(call, l.profile, saved, before),
  });
  return withReach(deps, r);
}

/** The outcome, and the leader's name when they cannot be reached in Teams yet (the request waits in their inbox). */
export function withReach(deps: OpsDeps, r: Outcome<GoalData, GoalData>): Outcome<GoalRequested, GoalData> {
  if (r.kind !== 'done') return r;
  const leader = activeHolders(r.value.profile, 'leader')[0];
  return {
    kind: 'done',
    value: {
      ...r.value,
      ...(leader && cannotReachNow(deps, leader) ? { unreachableLeader: leader.name } : {}),
      ...(leader ? {} : { noLeader: true as const }),
    },
  };
}
