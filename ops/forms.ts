import type { Person, PersonRole, Stored, TraineeProfile } from '../core/model';
import type { TraineeSnapshot } from '../store';
import type { Call, OpsDeps, Outcome } from './types';

/** The caller's own LIS data, for the forms only a LIS fills in (a new activity, invitations, roles). */
export async function ownTrainee(
  deps: OpsDeps,
  call: Pick<Call, 'caller'>,
  person?: Stored<Person>,
): Promise<Outcome<TraineeSnapshot>> {
  const p = person ?? (await deps.store.people.get(call.caller.aadObjectId));
  const snap = p?.traineeId ? await deps.store.trainees.snapshot(p.traineeId) : undefined;
  // The person index says who is a LIS; the profile must agree.
  if (!snap || snap.profile.aadObjectId !== call.caller.aadObjectId) return { kind: 'not_found' };
  return { kind: 'done', value: snap };
}

/** "roller": the roles around the caller as a LIS (if they are one), and the roles the caller holds. */
export async function rolesOverview(
  deps: OpsDeps,
  call: Pick<Call, 'caller'>,
  person?: Stored<Person>,
): Promise<{ own?: Stored<TraineeProfile>; held: PersonRole[] }> {
  const p = person ?? (await deps.store.people.get(call.caller.aadObjectId));
  const own = await ownTrainee(deps, call, p);
  return {
    ...(own.kind === 'done' ? { own: own.value.profile } : {}),
    held: (p?.roles ?? []).filter((r) => r.state === 'active' || r.state === 'invited'),
  };
}

/** The LIS the caller leads (for the delegation form). */
export async function ledTrainees(deps: OpsDeps, call: Pick<Call, 'caller'>, person?: Stored<Person>) {
  const p = person ?? (await deps.store.people.get(call.caller.aadObjectId));
  return (p?.roles ?? []).filter((r) => r.role === 'leader' && r.state === 'active');
}
