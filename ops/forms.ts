import type { Delegation, Person, PersonRole, RoleHolder, Stored, TraineeProfile } from '../core/model';
import { activeFor, activeHolders, can, delegationActive } from '../core/policy';
import type { TraineeSnapshot } from '../store';
import { matchesName } from './progressView';
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

/**
 * The asker's own LIS profile (if they are a LIS) and its leader: whom a LIS is told to ask for what
 * only the leader does (absence, the confirmation of service). Their own record: no policy check.
 */
export async function ownProfileAndLeader(
  deps: OpsDeps,
  person: Stored<Person> | undefined,
): Promise<{ profile?: Stored<TraineeProfile>; leader?: RoleHolder }> {
  const profile = person?.traineeId ? await deps.store.trainees.getProfile(person.traineeId) : undefined;
  const leader = profile ? activeHolders(profile, 'leader')[0] : undefined;
  return { ...(profile ? { profile } : {}), ...(leader ? { leader } : {}) };
}

/**
 * Delegations to the caller still running (from today on), for each LIS they approve for as a
 * delegate (the person document's index; each profile decides, one point read per LIS).
 */
export async function delegationsToMe(
  deps: OpsDeps,
  call: Pick<Call, 'caller' | 'today'>,
  person?: Stored<Person>,
): Promise<{ trainee: string; delegation: Delegation }[]> {
  const me = call.caller.aadObjectId;
  const p = person ?? (await deps.store.people.get(me));
  const ids = activeFor(p, ['delegate']);
  const profiles = await Promise.all(ids.map((id) => deps.store.trainees.getProfile(id)));
  return profiles.flatMap((x) =>
    x
      ? x.delegations
          .filter((d) => d.delegate === me && delegationActive(d, call.today))
          .map((delegation) => ({ trainee: x.name, delegation }))
      : [],
  );
}

/**
 * What the delegation form starts from, one point read per LIS the caller leads: their delegations
 * still running, and the person a request named ("gi Adele fullmakt") when exactly one person of
 * that name holds a role around these LIS (anyone else is found by searching in the form).
 */
export async function delegationForm(
  deps: OpsDeps,
  call: Pick<Call, 'caller' | 'today'>,
  led: readonly { traineeId: string }[],
  name?: string,
): Promise<{
  running: { traineeId: string; trainee: string; delegation: Delegation }[];
  named?: { aadObjectId: string; name: string };
}> {
  const me = call.caller.aadObjectId;
  const profiles = (await Promise.all(led.map((r) => deps.store.trainees.getProfile(r.traineeId)))).filter(
    (p): p is Stored<TraineeProfile> => p !== undefined && can(me, 'delegation.grant', p, call.today).ok,
  );
  const running = profiles.flatMap((p) =>
    p.delegations
      .filter((d) => d.leader === me && !d.revoked && d.to >= call.today)
      .map((delegation) => ({ traineeId: p.traineeId, trainee: p.name, delegation })),
  );
  const found = new Map<string, string>();
  for (const p of name ? profiles : [])
    for (const h of p.roles)
      if (h.state === 'active' && h.aadObjectId !== me && matchesName(h.name, name ?? ''))
        found.set(h.aadObjectId, h.name);
  const [only, ...more] = [...found];
  return only && more.length === 0
    ? { running, named: { aadObjectId: only[0], name: only[1] } }
    : { running };
}
