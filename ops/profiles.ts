import type { Effect } from '../core/effects';
import type { AuditEvent, Person, PersonRole, Stored, TraineeProfile } from '../core/model';
import { type Action, can } from '../core/policy';
import { fail, ok, type Result } from '../core/result';
import { personRolesFor } from '../core/roles';
import { isConflict } from '../store';
import { isTraineeId } from './load';
import type { Call, OpsDeps, Outcome } from './types';
import { write } from './write';

export type ProfileChange<X, E extends string> =
  | { ok: true; saved: Stored<TraineeProfile>; before: Stored<TraineeProfile>; value: X }
  | { ok: false; error: E; profile: Stored<TraineeProfile> };

/**
 * Read-modify-write of a LIS's profile guarded by its ETag, retried on a conflict with a fresh
 * read. `change` is pure (a core rule, usually): it sees the current profile and returns the new
 * one, or the reason it refuses. `undefined`: no such LIS.
 */
export async function changeProfile<X extends { profile: TraineeProfile }, E extends string>(
  deps: OpsDeps,
  traineeId: string,
  change: (p: Stored<TraineeProfile>) => Result<X, E>,
  /** The audit event and what the change causes: written in the same batch as the profile. */
  record?: (x: X, before: Stored<TraineeProfile>) => { audit: AuditEvent; effects?: Effect[] },
  attempts = 5,
): Promise<ProfileChange<X, E> | undefined> {
  for (let i = 0; ; i++) {
    const before = await deps.store.trainees.getProfile(traineeId);
    if (!before) return undefined;
    const r = change(before);
    if (!r.ok) return { ok: false, error: r.error, profile: before };
    const extra = record?.(r.value, before);
    try {
      const saved = await write<TraineeProfile>(deps, {
        change: { kind: 'profile', profile: r.value.profile, etag: before.etag },
        ...(extra ? { audit: extra.audit } : {}),
        effects: extra?.effects ?? [],
      });
      return { ok: true, saved, before, value: r.value };
    } catch (err) {
      if (!isConflict(err) || i >= attempts - 1) throw err;
    }
  }
}

/**
 * `changeProfile` for a change only some roles may make (`action`): someone with no role for the LIS
 * learns nothing (`not_found`); someone with another role is refused with `refusal`; a refusal of the
 * rule keeps its own reason. Nothing is written unless all is well.
 */
export async function permittedProfileChange<X extends { profile: TraineeProfile }, E extends string>(
  deps: OpsDeps,
  call: Pick<Call, 'caller' | 'today'>,
  traineeId: string,
  action: Action,
  refusal: string,
  change: (p: Stored<TraineeProfile>) => Result<X, E>,
  record: (x: X, before: Stored<TraineeProfile>) => { audit: AuditEvent; effects?: Effect[] },
): Promise<Outcome<{ saved: Stored<TraineeProfile>; value: X }>> {
  if (!isTraineeId(traineeId)) return { kind: 'not_found' };
  let standing = true;
  const r = await changeProfile<X, E | 'not_allowed'>(
    deps,
    traineeId,
    (p) => {
      const permission = can(call.caller.aadObjectId, action, p, call.today);
      if (permission.ok) return change(p);
      standing = permission.reason !== 'no_role';
      return fail('not_allowed');
    },
    record,
  );
  if (!r || (!r.ok && r.error === 'not_allowed' && !standing)) return { kind: 'not_found' };
  if (!r.ok) return { kind: 'refused', reason: r.error === 'not_allowed' ? refusal : r.error, details: {} };
  return { kind: 'done', value: { saved: r.saved, value: r.value } };
}

/** A change that is not someone's decision (copies of contact details). */
export async function updateProfile(
  deps: OpsDeps,
  traineeId: string,
  change: (p: Stored<TraineeProfile>) => TraineeProfile,
): Promise<Stored<TraineeProfile> | undefined> {
  const r = await changeProfile(deps, traineeId, (p) => ok({ profile: change(p) }));
  return r?.ok ? r.saved : undefined;
}

/**
 * Keeps a person's own document (their index of roles) in step with a profile, which is the
 * source of truth. Creates the person if they have never used the app (so an invitation waits
 * for them in their inbox when they first do).
 */
export async function syncPerson(
  deps: OpsDeps,
  who: { aadObjectId: string; name: string },
  profile: TraineeProfile,
  now: string,
): Promise<Stored<Person>> {
  for (let attempt = 0; ; attempt++) {
    const existing = await deps.store.people.get(who.aadObjectId);
    try {
      if (!existing) {
        const roles = personRolesFor({ aadObjectId: who.aadObjectId, roles: [] }, profile);
        return await deps.store.people.createPerson({
          id: who.aadObjectId,
          aadObjectId: who.aadObjectId,
          name: who.name,
          roles,
          ...(profile.aadObjectId === who.aadObjectId ? { traineeId: profile.traineeId } : {}),
          updatedAt: now,
        });
      }
      return await deps.store.people.replacePerson({
        ...existing,
        name: existing.name || who.name,
        roles: personRolesFor(existing, profile),
        ...(profile.aadObjectId === who.aadObjectId ? { traineeId: profile.traineeId } : {}),
        updatedAt: now,
      });
    } catch (err) {
      if (!isConflict(err) || attempt >= 4) throw err;
    }
  }
}

/**
 * Brings a person's index of roles in step with a profile when it is not: the index is written
 * after the profile, so an app stopped between the two leaves it behind (an invitation out of the
 * invitee's «hva venter på meg?», a delegate without the LIS she now approves for, a removed
 * supervisor still listing them). Delivering the change's outbox entry (at least once) mends it. A
 * read when all is well; the write only when this LIS's roles differ.
 */
export async function personInStep(
  deps: OpsDeps,
  who: { aadObjectId: string; name: string },
  profile: TraineeProfile,
  now: string,
): Promise<void> {
  const person = await deps.store.people.get(who.aadObjectId);
  const theirs = (roles: readonly PersonRole[]) =>
    JSON.stringify(
      roles
        .filter((r) => r.traineeId === profile.traineeId)
        .map((r) => `${r.role}:${r.state}`)
        .sort(),
    );
  const had = person?.roles ?? [];
  // The LIS's own person links to the LIS's record, as much as anyone's lists their roles.
  const linked = profile.aadObjectId !== who.aadObjectId || person?.traineeId === profile.traineeId;
  if (linked && theirs(had) === theirs(personRolesFor({ aadObjectId: who.aadObjectId, roles: had }, profile)))
    return;
  await syncPerson(deps, who, profile, now);
}

/**
 * Puts the LIS on the roster of the unit they serve at (the channel tab's list of LIS), and off the
 * one they left: a team must not go on seeing someone who has moved. Not a decision: retried on a
 * conflict. Written after the profile, and again from the registration's outbox entry (a stop between).
 */
export async function rosterInStep(
  deps: OpsDeps,
  traineeId: string,
  unitId: string,
  left?: string,
): Promise<void> {
  const { units } = deps.store;
  const update = async (id: string, join: boolean) => {
    for (let attempt = 0; attempt < 5; attempt++) {
      const unit = await units.get(id);
      if (!unit || unit.traineeIds.includes(traineeId) === join) return;
      const traineeIds = join
        ? [...unit.traineeIds, traineeId]
        : unit.traineeIds.filter((t) => t !== traineeId);
      try {
        await units.replaceUnit({ ...unit, traineeIds });
        return;
      } catch (err) {
        if (!isConflict(err)) throw err;
      }
    }
  };
  await update(unitId, true);
  if (left && left !== unitId) await update(left, false);
}
