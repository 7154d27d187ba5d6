import type { Person, RoleHolder, Stored, TraineeProfile } from '../core/model';
import { can } from '../core/policy';
import { hasStanding, isTraineeId } from './load';
import { traineeAskedAbout } from './progressView';
import type { Call, OpsDeps, Outcome } from './types';

export interface RolesView {
  profile: Stored<TraineeProfile>;
  /** Active and invited, as the LIS sees them on their own card. */
  roles: RoleHolder[];
  /** The caller is the LIS: their own card, where they may remove a role. */
  own: boolean;
}

/**
 * "roller for Alex", "hvem er veilederen til Alex?": who holds which role around a LIS, found by
 * name as "hva gjenstår for Alex?" finds them. The LIS, the leader, a delegate and the advisor see
 * it; a supervisor is told it is not theirs to see; anyone else learns nothing.
 */
export async function rolesView(
  deps: OpsDeps,
  call: Pick<Call, 'caller' | 'today'>,
  input: { name: string; person?: Stored<Person> },
): Promise<Outcome<RolesView>> {
  const me = call.caller.aadObjectId;
  const who = await traineeAskedAbout(deps, call, input);
  if (who.kind !== 'done') return who;
  const profile = isTraineeId(who.value) ? await deps.store.trainees.getProfile(who.value) : undefined;
  if (!profile || !hasStanding(me, profile, call.today)) return { kind: 'not_found' };
  if (!can(me, 'roles.view', profile, call.today).ok)
    return { kind: 'refused', reason: 'forbidden', details: { trainee: profile.name } };
  return {
    kind: 'done',
    value: {
      profile,
      roles: profile.roles.filter((r) => r.state === 'active' || r.state === 'invited'),
      own: profile.aadObjectId === me,
    },
  };
}
