import { type ReturnedItem, returnedItems } from '../core/returned';
import type { TraineeSnapshot } from '../store';
import type { OpsDeps } from './types';

/** Returned goals read for their comment at most (the newest); more are counted on the LIS's list. */
export const RETURNED_GOALS_READ = 10;

/**
 * What was sent back to the LIS, with the comment as written: returned activities are in the LIS's
 * document already; a returned goal's comment is on its own state, read here (only for those that
 * have one, newest first). For the LIS's own views: the comments are theirs.
 */
export async function returnedTo(deps: OpsDeps, snap: TraineeSnapshot): Promise<ReturnedItem[]> {
  const flagged = snap.goals
    .filter((g) => g.status === 'in_progress' && g.returnedAt)
    .sort((x, y) => (y.returnedAt ?? '').localeCompare(x.returnedAt ?? ''))
    .slice(0, RETURNED_GOALS_READ);
  const goals = await Promise.all(
    flagged.map((g) => deps.store.trainees.getGoal(snap.profile.traineeId, g.id)),
  );
  return returnedItems(
    snap.open,
    goals.filter((g) => g !== undefined),
  );
}
