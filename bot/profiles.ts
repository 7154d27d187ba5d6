import type { Stored, TraineeProfile } from '../core/model';
import { ok, type Result } from '../core/result';
import { isConflict } from '../store';
import type { BotDeps } from './turn';

export type ProfileChange<X, E extends string> =
  | { ok: true; saved: Stored<TraineeProfile>; before: Stored<TraineeProfile>; value: X }
  | { ok: false; error: E; profile: Stored<TraineeProfile> };

/**
 * Read-modify-write of a LIS's profile guarded by its ETag, retried on a conflict with a fresh
 * read. `change` is pure (a core rule, usually): it sees the current profile and returns the
 * new one, or the reason it refuses. `undefined`: no such LIS.
 */
export async function changeProfile<X extends { profile: TraineeProfile }, E extends string>(
  deps: BotDeps,
  traineeId: string,
  change: (p: Stored<TraineeProfile>) => Result<X, E>,
  attempts = 3,
): Promise<ProfileChange<X, E> | undefined> {
  for (let i = 0; ; i++) {
    const before = await deps.store.trainees.getProfile(traineeId);
    if (!before) return undefined;
    const r = change(before);
    if (!r.ok) return { ok: false, error: r.error, profile: before };
    try {
      const saved = await deps.store.trainees.replaceProfile({ ...r.value.profile, etag: before.etag });
      return { ok: true, saved, before, value: r.value };
    } catch (err) {
      if (!isConflict(err) || i >= attempts - 1) throw err;
    }
  }
}

/** A change that is not someone's decision (copies of contact details). */
export async function updateProfile(
  deps: BotDeps,
  traineeId: string,
  change: (p: Stored<TraineeProfile>) => TraineeProfile,
): Promise<Stored<TraineeProfile> | undefined> {
  const r = await changeProfile(deps, traineeId, (p) => ok({ profile: change(p) }));
  return r?.ok ? r.saved : undefined;
}
