import type { Person, Stored, Unit } from '../core/model';
import { activeFor } from '../core/policy';
import type { Call, OpsDeps } from './types';

/** Every unit, for a LIS to choose from when registering: names and kinds only. */
export async function unitChoices(deps: OpsDeps): Promise<Pick<Unit, 'unitId' | 'name' | 'kind'>[]> {
  return (await deps.store.units.list()).map((u) => ({ unitId: u.unitId, name: u.name, kind: u.kind }));
}

/**
 * The units the caller may link a team to: those they own, and those of the LIS they lead
 * (as leader or delegate). Not a LIS, an advisor or a supervisor.
 */
export async function unitsToLink(
  deps: OpsDeps,
  call: Pick<Call, 'caller'>,
  person?: Stored<Person>,
): Promise<{ unitId: string; name: string }[]> {
  const me = call.caller.aadObjectId;
  const p = person ?? (await deps.store.people.get(me));
  const led = activeFor(p, ['leader', 'delegate']);
  const profiles = (await Promise.all(led.map((id) => deps.store.trainees.getProfile(id)))).filter(
    (x) => x !== undefined,
  );
  const units = new Map<string, string>();
  for (const profile of profiles) {
    // The profile decides, not the person index: only an active leader, or a delegate in their period.
    const leads =
      profile.roles.some((r) => r.aadObjectId === me && r.role === 'leader' && r.state === 'active') ||
      profile.delegations.some((d) => d.delegate === me && !d.revoked);
    if (leads) units.set(profile.employer.unitId, profile.employer.name);
  }
  for (const u of await deps.store.units.list()) if (u.owners?.includes(me)) units.set(u.unitId, u.name);
  return [...units].map(([unitId, name]) => ({ unitId, name }));
}
