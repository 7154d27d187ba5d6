import type { Stored } from '../core/model';
import type { Commit } from '../store';
import type { OpsDeps } from './types';

/**
 * Writes a change with its audit event and its outbox entries (one batch, all or nothing; see
 * `TraineeRepository.commit`), then starts delivering the entries. The entries are written holding
 * this instance's lease, so it delivers them first; a typed conflict is left to the caller.
 */
export async function write<T>(deps: OpsDeps, c: Omit<Commit, 'lease'>): Promise<Stored<T>> {
  const written = await deps.store.trainees.commit<T>({ ...c, lease: deps.dispatcher.lease() });
  deps.dispatcher.dispatch(written.outbox);
  return written.saved;
}
