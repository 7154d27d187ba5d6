import type { Stored, TraineeProfile } from '../core/model';
import { isConflict } from '../store';
import type { BotDeps } from './turn';

/**
 * Read-modify-write of a profile guarded by its ETag, retried on a conflict. For changes that
 * are not someone's decision (copies of contact details); decisions go through the decision flow.
 */
export async function updateProfile(
  deps: BotDeps,
  traineeId: string,
  change: (p: Stored<TraineeProfile>) => Stored<TraineeProfile>,
  attempts = 3,
): Promise<Stored<TraineeProfile> | undefined> {
  for (let i = 0; i < attempts; i++) {
    const profile = await deps.store.trainees.getProfile(traineeId);
    if (!profile) return undefined;
    try {
      return await deps.store.trainees.replaceProfile(change(profile));
    } catch (err) {
      if (!isConflict(err) || i === attempts - 1) throw err;
    }
  }
  return undefined;
}
