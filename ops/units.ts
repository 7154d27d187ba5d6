import type { Call, OpsDeps } from './types';

/** The units (employers) of the LIS the caller may see: what a channel tab can be linked to. */
export async function unitsOf(
  deps: OpsDeps,
  call: Pick<Call, 'caller'>,
): Promise<{ unitId: string; name: string }[]> {
  const person = await deps.store.people.get(call.caller.aadObjectId);
  const ids = new Set((person?.roles ?? []).filter((r) => r.state === 'active').map((r) => r.traineeId));
  if (person?.traineeId) ids.add(person.traineeId);
  const profiles = (await Promise.all([...ids].map((id) => deps.store.trainees.getProfile(id)))).filter(
    (p) => p !== undefined,
  );
  const units = new Map(profiles.map((p) => [p.employer.unitId, p.employer.name]));
  return [...units].map(([unitId, name]) => ({ unitId, name }));
}
