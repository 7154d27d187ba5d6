import { type InboxGroup, inboxOf, type TraineeData } from '../core/inbox';
import type { Person, Stored } from '../core/model';
import type { Call, OpsDeps } from './types';

/**
 * What waits for the caller, across all their roles: their own person document first (the LIS
 * they hold roles for), then one point read per LIS. Only the caller's own items; never a query.
 */
export async function inbox(
  deps: OpsDeps,
  call: Pick<Call, 'caller' | 'today'>,
  person?: Stored<Person>,
): Promise<InboxGroup[]> {
  const me = call.caller.aadObjectId;
  const p = person ?? (await deps.store.people.get(me));
  const traineeIds = [
    ...new Set(
      (p?.roles ?? []).filter((r) => r.state === 'active' || r.state === 'invited').map((r) => r.traineeId),
    ),
  ];
  const snaps = await Promise.all(traineeIds.map((id) => deps.store.trainees.snapshot(id)));
  const data: TraineeData[] = snaps.filter((s) => s !== undefined);
  return inboxOf({ aadObjectId: me }, data, call.today);
}
