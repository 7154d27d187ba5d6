import type { Stored } from '../core/model';
import type { Commit } from '../store';
import type { Known } from './outbox';
import type { Dispatcher, OpsDeps } from './types';

/**
 * A run of decisions whose messages name each other (`with`: "approve all", earlier approvals stated
 * together): each is written as always, but their deliveries start together when the run ends, so
 * the outbox sees them together and sends the one message that names them all.
 */
export async function inOneRun<T>(deps: OpsDeps, run: (held: OpsDeps) => Promise<T>): Promise<T> {
  const entries: Parameters<Dispatcher['dispatch']>[0][number][] = [];
  const held: OpsDeps = {
    ...deps,
    dispatcher: { lease: () => deps.dispatcher.lease(), dispatch: (e) => void entries.push(...e) },
  };
  try {
    return await run(held);
  } finally {
    deps.dispatcher.dispatch(entries);
  }
}

/**
 * Writes a change with its audit event and its outbox entries (one batch, all or nothing; see
 * `TraineeRepository.commit`), then starts delivering the entries. The entries are written holding
 * this instance's lease, so it delivers them first; a typed conflict is left to the caller.
 */
export async function write<T>(
  deps: OpsDeps,
  c: Omit<Commit, 'lease'>,
  /**
   * What the caller read with the item, when the change is a goal or an activity: the LIS's profile
   * (and a goal's waiting activities), so delivery needs no read of its own.
   */
  read?: Omit<Known, 'doc'>,
): Promise<Stored<T>> {
  const written = await deps.store.trainees.commit<T>({ ...c, lease: deps.dispatcher.lease() });
  const doc = written.saved as unknown as Known['doc'];
  const item = c.change.kind === 'goal' || c.change.kind === 'activity';
  const known = item && read ? { ...read, doc } : undefined;
  deps.dispatcher.dispatch(written.outbox.map((entry) => ({ entry, ...(known ? { known } : {}) })));
  return written.saved;
}
