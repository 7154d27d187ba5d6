import { type InboxGroup, inboxOf, type TraineeData } from '../core/inbox';
import type { Person, Stored } from '../core/model';
import { returnedTo } from './returned';
import type { Call, OpsDeps } from './types';

/**
 * What waits for the caller, across all their roles and as a LIS: their own person document first
 * (the LIS they hold roles for), then one point read per LIS (and, for a LIS asking, one per goal
 * sent back to them, for its comment, and one query in their partition for the records a supervisor
 * made for them). Only the caller's own items, and the person document read (an empty inbox is
 * explained by the roles it holds).
 */
export async function inbox(
  deps: OpsDeps,
  call: Pick<Call, 'caller' | 'today'>,
  person?: Stored<Person>,
): Promise<{ groups: InboxGroup[]; person: Stored<Person> | undefined }> {
  const me = call.caller.aadObjectId;
  const p = person ?? (await deps.store.people.get(me));
  const traineeIds = [
    ...new Set(
      (p?.roles ?? []).filter((r) => r.state === 'active' || r.state === 'invited').map((r) => r.traineeId),
    ),
  ];
  const own = p?.traineeId && !traineeIds.includes(p.traineeId) ? [p.traineeId] : [];
  const snaps = await Promise.all([...own, ...traineeIds].map((id) => deps.store.trainees.snapshot(id)));
  const data: TraineeData[] = await Promise.all(
    snaps
      .filter((s) => s !== undefined)
      // The LIS's own: what was sent back to them, with the comments (theirs to read), and the
      // records a supervisor made for them that wait for their confirmation.
      .map(async (s) => {
        if (s.profile.aadObjectId !== me) return s;
        const [returned, toConfirm] = await Promise.all([
          returnedTo(deps, s),
          deps.store.trainees.recordsToConfirm(s.profile.traineeId),
        ]);
        return { ...s, returned, toConfirm };
      }),
  );
  return { groups: inboxOf({ aadObjectId: me }, data, call.today), person: p };
}
