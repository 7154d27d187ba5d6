import { randomUUID } from 'node:crypto';
import { openStore, type Store } from '../../store';

/** A store on the embedded server with a database of its own, through the real SDK. */
export function openTestStore(): Promise<Store> {
  return openStore({ database: `test-${randomUUID().slice(0, 8)}` });
}
