import type { CardMessage } from '../core/model';
import { type ActivityData, type GoalData, loadActivity, loadGoal } from './load';
import type { OpsDeps } from './types';

/**
 * What the dispatcher reads and writes while it delivers effects. It acts for the system, after
 * an operation that already checked who asked, so these do no policy check of their own.
 */
export function goalForDelivery(deps: OpsDeps, traineeId: string, id: string): Promise<GoalData | undefined> {
  return loadGoal(deps, traineeId, id);
}

export function activityForDelivery(
  deps: OpsDeps,
  traineeId: string,
  id: string,
): Promise<ActivityData | undefined> {
  return loadActivity(deps, traineeId, id);
}

export function profileForDelivery(deps: OpsDeps, traineeId: string) {
  return deps.store.trainees.getProfile(traineeId);
}

/** How to reach a person: their stored 1:1 conversation, if they have ever spoken to the bot. */
export async function conversationOf(deps: OpsDeps, aadObjectId: string) {
  return (await deps.store.people.get(aadObjectId))?.conversation;
}

/** The card messages that show an item, to redraw. */
export function cardsFor(deps: OpsDeps, item: { id: string; traineeId: string }): Promise<CardMessage[]> {
  return deps.store.trainees.cardsOf(item.traineeId, item.id);
}
