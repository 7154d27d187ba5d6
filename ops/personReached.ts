import type { StoredConversation } from '../core/model';
import type { OpsDeps } from './types';

/** The bot opened a 1:1 chat with someone (it installed the app for them): remember how to reach them. */
export async function personReached(
  deps: OpsDeps,
  who: { aadObjectId: string; name: string },
  conversation: StoredConversation,
  now: string,
): Promise<void> {
  await deps.store.people.remember(who.aadObjectId, { name: who.name, conversation }, now);
}
