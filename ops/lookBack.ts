import type { Person, PersonRole, Stored, TraineeProfile } from '../core/model';
import { activeFor, type Standing, standingsOf } from '../core/policy';
import { matchesName } from './progressView';
import type { Call, OpsDeps } from './types';

/**
 * What a person did for the LIS they follow `as` one of these roles today ("hva har jeg signert?",
 * "hva har jeg godkjent?"), newest first: `linesOf` reads one LIS's, in its own partition, only where
 * the LIS's own document confirms one of them for the caller (whatever the person's index of roles
 * says). `name` keeps one LIS's; the caller's own record is never among them. `follows`: the person
 * holds such a role at all.
 */
export async function lookBack<T extends { at: string }>(
  deps: OpsDeps,
  call: Pick<Call, 'caller' | 'today'>,
  who: {
    person?: Stored<Person>;
    as: readonly (PersonRole['role'] & Standing)[];
    name?: string;
  },
  linesOf: (profile: Stored<TraineeProfile>) => Promise<T[]>,
): Promise<{ follows: boolean; lines: T[] }> {
  const me = call.caller.aadObjectId;
  const p = who.person ?? (await deps.store.people.get(me));
  const followed = activeFor(p, who.as).filter((id) => id !== p?.traineeId);
  const { name } = who;
  const named = name
    ? followed.filter((id) => p?.roles.some((r) => r.traineeId === id && matchesName(r.traineeName, name)))
    : followed;
  const perLis = await Promise.all(
    named.map(async (traineeId) => {
      const profile = await deps.store.trainees.getProfile(traineeId);
      if (
        !profile ||
        !standingsOf(me, profile, call.today).some((s) => (who.as as readonly Standing[]).includes(s.as))
      )
        return [];
      return linesOf(profile);
    }),
  );
  return { follows: followed.length > 0, lines: perLis.flat().sort((a, b) => b.at.localeCompare(a.at)) };
}
