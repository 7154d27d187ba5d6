import type { Person, Stored, StoredConversation } from '../core/model';
import { updateProfile } from './profiles';
import type { OpsDeps } from './types';

function sameConversation(a: StoredConversation | undefined, b: StoredConversation): boolean {
  return (
    !!a &&
    a.conversationId === b.conversationId &&
    a.serviceUrl === b.serviceUrl &&
    a.userId === b.userId &&
    a.botId === b.botId &&
    a.tenantId === b.tenantId &&
    a.locale === b.locale
  );
}

/**
 * A person spoke to the bot: reads their person document, and writes only what changed (name,
 * locale, their 1:1 conversation). When the 1:1 conversation is new, the profiles they appear in
 * get the copy (so a decision can notify without reading more).
 */
export async function personSeen(
  deps: OpsDeps,
  seen: { aadObjectId: string; name?: string; locale?: string; conversation?: StoredConversation },
  now: string,
): Promise<Stored<Person> | undefined> {
  const { people } = deps.store;
  const person = await people.get(seen.aadObjectId);
  const conversation = seen.conversation ?? person?.conversation;
  const name = seen.name ?? person?.name ?? '';
  const locale = seen.locale ?? person?.locale;
  if (!person) {
    if (!conversation) return undefined;
    return people.remember(seen.aadObjectId, { name, locale, conversation }, now);
  }
  const moved = !!seen.conversation && !sameConversation(person.conversation, seen.conversation);
  const changed = moved || person.name !== name || (locale !== undefined && person.locale !== locale);
  if (!changed || !conversation) return person;
  const saved = await people.patchContact(person, { name, locale, conversation }, now);
  if (moved) await copyConversation(deps, saved);
  return saved;
}

/** Rare (a new chat), so done within the turn: the profiles then reach the person at once. */
async function copyConversation(deps: OpsDeps, person: Stored<Person>): Promise<void> {
  const traineeIds = new Set(
    person.roles.filter((r) => r.state === 'active' || r.state === 'invited').map((r) => r.traineeId),
  );
  if (person.traineeId) traineeIds.add(person.traineeId);
  const conversation = person.conversation;
  if (!conversation || traineeIds.size === 0) return;
  for (const traineeId of traineeIds) {
    await updateProfile(deps, traineeId, (p) => ({
      ...p,
      ...(p.aadObjectId === person.aadObjectId ? { conversation } : {}),
      roles: p.roles.map((r) => (r.aadObjectId === person.aadObjectId ? { ...r, conversation } : r)),
    }));
  }
}
