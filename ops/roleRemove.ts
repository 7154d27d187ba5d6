import type { Role, RoleHolder, Stored, TraineeProfile } from '../core/model';
import { can } from '../core/policy';
import { fail } from '../core/result';
import { type RoleError, removeRole } from '../core/roles';
import { auditId } from './decide';
import { isTraineeId } from './load';
import { changeProfile, syncPerson } from './profiles';
import type { Call, OpsDeps, Outcome } from './types';

/** The LIS ends a role (or withdraws an open invitation); the person concerned is told. */
export async function removeFromRole(
  deps: OpsDeps,
  call: Call,
  input: { traineeId: string; aadObjectId: string; role: Role },
): Promise<Outcome<{ profile: Stored<TraineeProfile>; removed: RoleHolder }>> {
  if (!isTraineeId(input.traineeId)) return { kind: 'not_found' };
  let standing: string | undefined;
  const r = await changeProfile<
    { profile: TraineeProfile; removed: RoleHolder },
    RoleError | 'no_role' | 'not_allowed'
  >(
    deps,
    input.traineeId,
    (p) => {
      const permission = can(call.caller.aadObjectId, 'role.remove', p, call.today);
      if (!permission.ok) {
        standing = permission.standings[0];
        return fail(permission.reason);
      }
      return removeRole(p, input.aadObjectId, input.role, call.now);
    },
    (x, before) => {
      const target = `role:${x.removed.aadObjectId}:${x.removed.role}`;
      return {
        audit: {
          kind: 'audit',
          id: auditId(call, target),
          traineeId: before.traineeId,
          actor: call.caller.aadObjectId,
          verb: 'role.remove',
          target,
          before: { state: x.removed.state === 'ended' ? 'active' : 'invited' },
          after: { state: x.removed.state },
          at: call.now,
        },
        effects: [
          {
            kind: 'person_index',
            traineeId: before.traineeId,
            to: x.removed.aadObjectId,
            name: x.removed.name,
          },
          {
            kind: 'text',
            to: x.removed.aadObjectId,
            text: 'roleEndedForYou',
            vars: { role: x.removed.role, trainee: before.name },
          },
        ],
      };
    },
  );
  if (!r || (!r.ok && r.error === 'no_role')) return { kind: 'not_found' };
  if (!r.ok)
    return {
      kind: 'refused',
      reason: r.error,
      details: { trainee: r.profile.name, standing: standing ?? 'lis' },
    };
  const { saved } = r;
  const removed = r.value.removed;
  await syncPerson(deps, removed, saved, call.now);
  return { kind: 'done', value: { profile: saved, removed } };
}
