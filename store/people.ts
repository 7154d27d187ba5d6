import type { PatchOperation } from '@azure/cosmos';
import type { Person, Stored, StoredConversation } from '../core/model';
import { etagOf, MINIMAL_WRITE, payloads, Repository } from './base';
import { ConflictError, StoreError } from './errors';

/** People, partitioned by `/aadObjectId`: one point read gives a person's roles and how to reach them. */
export class PeopleRepository extends Repository {
  get(aadObjectId: string): Promise<Stored<Person> | undefined> {
    return this.read<Person>(aadObjectId, aadObjectId, 'person');
  }

  createPerson(person: Person): Promise<Stored<Person>> {
    return this.create(person, 'person');
  }

  replacePerson(person: Stored<Person>): Promise<Stored<Person>> {
    return this.replace(person, person.aadObjectId, 'person');
  }

  /**
   * Records how to reach a person (name, locale, conversation). Not a decision, so the last
   * writer wins: a patch on an existing person, a create for someone new.
   */
  async remember(
    aadObjectId: string,
    seen: { name: string; locale?: string; conversation: StoredConversation },
    now: string,
  ): Promise<Stored<Person>> {
    const existing = await this.get(aadObjectId);
    if (existing) return this.patchContact(existing, seen, now);
    try {
      return await this.create(
        {
          id: aadObjectId,
          aadObjectId,
          name: seen.name,
          locale: seen.locale,
          conversation: seen.conversation,
          roles: [],
          updatedAt: now,
        },
        'person',
      );
    } catch (err) {
      if (!(err instanceof ConflictError)) throw err;
      const raced = await this.get(aadObjectId);
      if (!raced) throw err;
      return this.patchContact(raced, seen, now);
    }
  }

  /** Forgets how to reach a person (they blocked or removed the app). Not a decision: last writer wins. */
  async forgetConversation(person: Stored<Person>, now: string): Promise<void> {
    this.metrics.requests++;
    try {
      const res = await this.container.item(person.id, person.aadObjectId).patch(
        [
          { op: 'remove', path: '/conversation' },
          { op: 'set', path: '/updatedAt', value: now },
        ],
        MINIMAL_WRITE,
      );
      // A patch is billed as a write of the whole document.
      this.metrics.write(this.sizeAsRead(person.aadObjectId, person.id), 'person', payloads(res).answered);
    } catch (err) {
      throw new StoreError('patch person', (err as { code?: number }).code, { cause: err });
    }
  }

  /** Sets name, locale and conversation on a person already read. */
  async patchContact(
    person: Stored<Person>,
    seen: { name: string; locale?: string; conversation: StoredConversation },
    now: string,
  ): Promise<Stored<Person>> {
    this.metrics.requests++;
    const operations: PatchOperation[] = [
      { op: 'set', path: '/name', value: seen.name || person.name },
      { op: 'set', path: '/conversation', value: seen.conversation },
      { op: 'set', path: '/updatedAt', value: now },
    ];
    if (seen.locale) operations.push({ op: 'set', path: '/locale', value: seen.locale });
    try {
      const res = await this.container.item(person.id, person.aadObjectId).patch(operations, MINIMAL_WRITE);
      this.metrics.write(this.sizeAsRead(person.aadObjectId, person.id), 'person', payloads(res).answered);
      // The person as the patch left it, built here: the document is not asked back.
      return {
        ...person,
        ...(seen.locale ? { locale: seen.locale } : {}),
        name: seen.name || person.name,
        conversation: seen.conversation,
        updatedAt: now,
        etag: etagOf(res, 'patch person'),
      };
    } catch (err) {
      if (err instanceof StoreError) throw err;
      throw new StoreError('patch person', (err as { code?: number }).code, { cause: err });
    }
  }
}
