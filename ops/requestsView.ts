import { inFollowedPlan } from '../core/goals';
import type { GoalSummary, Person, Stored, TraineeProfile } from '../core/model';
import { can } from '../core/policy';
import type { Call, OpsDeps, Outcome } from './types';

export interface WaitingRequests {
  profile: Stored<TraineeProfile>;
  /** The goals sent for approval that still wait, the oldest request first. */
  goals: GoalSummary[];
  /** How many activities wait for a supervisor's signature (each is taken back from its own card). */
  activities: number;
}

/**
 * "trekk tilbake forespørselen", "mine forespørsler": the caller's own requests that wait, for them to
 * take one back. One point read of their own LIS document. Someone who may take back no request of
 * their own (no LIS) is refused with `not_lis`: what waits for them is their inbox, not this.
 */
export async function waitingRequests(
  deps: OpsDeps,
  call: Pick<Call, 'caller' | 'today'>,
  person?: Stored<Person>,
): Promise<Outcome<WaitingRequests>> {
  const me = call.caller.aadObjectId;
  const p = person ?? (await deps.store.people.get(me));
  const snap = p?.traineeId ? await deps.store.trainees.snapshot(p.traineeId) : undefined;
  if (!snap || !can(me, 'goal.recall', snap.profile, call.today).ok)
    return { kind: 'refused', reason: 'not_lis', details: {} };
  return {
    kind: 'done',
    value: {
      profile: snap.profile,
      goals: snap.goals
        .filter((g) => g.status === 'pending_approval' && inFollowedPlan(snap.profile, g))
        .sort((a, b) => (a.requestedAt ?? '').localeCompare(b.requestedAt ?? '')),
      activities: snap.open.filter((a) => a.status === 'pending_signature').length,
    },
  };
}
