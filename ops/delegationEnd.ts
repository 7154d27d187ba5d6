import type { Delegation, TraineeProfile } from '../core/model';
import { can } from '../core/policy';
import { fail } from '../core/result';
import { endDelegation as endRule, type RoleError } from '../core/roles';
import { auditId } from './decide';
import { isTraineeId } from './load';
import { changeProfile, syncPerson } from './profiles';
import type { Call, OpsDeps, Outcome } from './types';

export interface Ended {
  delegation: Delegation;
  trainee: string;
}

/**
 * The leader ends one of their delegations before its last day. Only the active leader who gave
 * it; the delegate is told, and can no longer approve on the leader's behalf from this moment.
 * Someone with no standing for the LIS learns nothing about it.
 */
export async function endDelegation(
  deps: OpsDeps,
  call: Call,
  input: { traineeId: string; id: string },
): Promise<Outcome<Ended>> {
  const me = call.caller.aadObjectId;
  if (!isTraineeId(input.traineeId)) return { kind: 'not_found' };
  const r = await changeProfile<
    { profile: TraineeProfile; delegation: Delegation },
    RoleError | 'not_leader'
  >(
    deps,
    input.traineeId,
    (p) =>
      can(me, 'delegation.grant', p, call.today).ok
        ? endRule(p, input.id, me, call.today)
        : fail('not_leader'),
    (x) => ({
      audit: {
        kind: 'audit',
        id: auditId(call, `delegation:${x.delegation.id}`),
        traineeId: input.traineeId,
        actor: me,
        verb: 'delegation.end',
        target: `delegation:${x.delegation.id}`,
        before: { delegate: x.delegation.delegate, to: x.delegation.to },
        after: { delegate: x.delegation.delegate, endedAt: call.today },
        at: call.now,
      },
      effects: [
        {
          kind: 'person_index',
          traineeId: input.traineeId,
          to: x.delegation.delegate,
          name: x.delegation.delegateName,
        },
        {
          kind: 'text',
          to: x.delegation.delegate,
          text: 'delegationEndedToYou',
          vars: { leader: call.caller.name, trainees: x.profile.name },
        },
      ],
    }),
  );
  if (!r || (!r.ok && r.error === 'not_leader')) return { kind: 'not_found' };
  if (!r.ok) return { kind: 'refused', reason: r.error, details: {} };
  const d = r.value.delegation;
  await syncPerson(deps, { aadObjectId: d.delegate, name: d.delegateName }, r.saved, call.now);
  return { kind: 'done', value: { delegation: d, trainee: r.saved.name } };
}
