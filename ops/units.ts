import type { Person, Stored, Unit } from '../core/model';
import { activeFor } from '../core/policy';
import type { Call, OpsDeps } from './types';

/** Every unit, for a LIS to choose from when registering: names and kinds only. */
export async function unitChoices(deps: OpsDeps): Promise<Pick<Unit, 'unitId' | 'name' | 'kind'>[]> {
  return (await deps.store.units.list()).map((u) => ({ unitId: u.unitId, name: u.name, kind: u.kind }));
}

/** A workplace's name as names are compared: case and spacing aside. */
export const foldUnitName = (s: string): string =>
  s.normalize('NFC').toLocaleLowerCase('nb-NO').replace(/\s+/g, ' ').trim();

/** At most this many workplaces answer one search (Teams shows 15 at a time). */
export const UNIT_SEARCH_MAX = 15;

/**
 * The workplaces whose name holds every word typed (the registration form's list, searched as the
 * LIS types when there are too many to list): those whose name begins with what was typed first,
 * then those with it at the start of a word, then the rest. Names and kinds only, as the list
 * itself shows anyone who registers.
 */
export async function searchUnits(
  deps: OpsDeps,
  input: { query: string; skip: number; top: number },
): Promise<Pick<Unit, 'unitId' | 'name' | 'kind'>[]> {
  const fold = foldUnitName;
  const q = fold(input.query);
  const words = q.split(' ').filter(Boolean);
  const found = (await unitChoices(deps)).filter((u) => words.every((w) => fold(u.name).includes(w)));
  const rank = (name: string) => (!q || name.startsWith(q) ? 0 : ` ${name}`.includes(` ${q}`) ? 1 : 2);
  const ordered = found
    .map((u) => ({ u, rank: rank(fold(u.name)) }))
    .sort((a, b) => a.rank - b.rank)
    .map((x) => x.u);
  const top = Math.min(Math.max(input.top, 1), UNIT_SEARCH_MAX);
  return ordered.slice(input.skip, input.skip + top);
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
