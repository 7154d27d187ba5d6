import { updateProfile } from './profiles';
import type { OpsDeps } from './types';

/**
 * Someone blocked the bot or removed the app (Teams answered 403 or 404, or the app was
 * uninstalled): forget their 1:1 conversation, and the copies on the profiles they appear in,
 * so nobody is told later that a message to them was sent.
 */
export async function conversationGone(deps: OpsDeps, aadObjectId: string, now: string): Promise<void> {
  const person = await deps.store.people.get(aadObjectId);
  if (!person?.conversation) return;
  await deps.store.people.forgetConversation(person, now);
  const traineeIds = new Set(person.roles.map((r) => r.traineeId));
  if (person.traineeId) traineeIds.add(person.traineeId);
  for (const traineeId of traineeIds) {
    await updateProfile(deps, traineeId, (p) => {
      const { conversation: _c, ...rest } = p;
      return {
        ...(p.aadObjectId === aadObjectId ? rest : p),
        roles: p.roles.map((r) => {
          if (r.aadObjectId !== aadObjectId) return r;
          const { conversation: _rc, ...holder } = r;
          return holder;
        }),
      };
    });
  }
  deps.log.info({ aadObjectId }, 'conversation forgotten');
}
