import type { Person, RoleHolder, Stored, TraineeProfile } from '../core/model';
import { rolesShown } from '../core/roles';
import { profileAskedAbout } from './progressView';
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
  const r = await profileAskedAbout(deps, call, input, 'roles.view');
  if (r.kind !== 'done') return r;
  const profile = r.value;
  return {
    kind: 'done',
    value: {
      profile,
      roles: rolesShown(profile.roles, call.today),
      own: profile.aadObjectId === call.caller.aadObjectId,
    },
  };
}
