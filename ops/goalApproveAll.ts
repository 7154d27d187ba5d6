import type { OutboxEntry, Stored } from '../core/model';
import { decideGoalApproval } from './goalDecide';
import type { Known } from './outbox';
import type { Call, Dispatcher, OpsDeps } from './types';

/** The outbox entries one approval wrote, held until the run ends. */
type Held = { entries: readonly Stored<OutboxEntry>[]; known?: Known };

/**
 * "Approve all with a complete basis", after the leader confirmed. Each goal goes through the same
 * decision as a single click: policy, basis and revision are checked again, one by one; a goal whose
 * basis is no longer complete (no comment is given here) or that changed is skipped.
 *
 * Each approval is stored whole with its own audit event and notices, as always; but a LIS whose
 * leader approves eight goals at once gets one message naming all eight, not eight: each approval's
 * notice names the goals approved before it in this run, and only the last one's is sent (the
 * deliveries start when the run ends). After a crash each stored notice is sent as it is.
 */
export async function approveAll(
  deps: OpsDeps,
  call: Call,
  items: readonly { traineeId: string; id: string; rev: number }[],
): Promise<{ approved: number; count: number }> {
  const byLis = new Map<string, (typeof items)[number][]>();
  for (const it of items) byLis.set(it.traineeId, [...(byLis.get(it.traineeId) ?? []), it]);
  let held: Held[] = [];
  const holding: Dispatcher = {
    lease: () => deps.dispatcher.lease(),
    dispatch: (entries, known) => held.push({ entries, known }),
  };
  const runs: Held[][] = [];
  let approved = 0;
  try {
    for (const group of byLis.values()) {
      const done: string[] = [];
      held = [];
      runs.push(held);
      for (const it of group) {
        const r = await decideGoalApproval(
          { ...deps, dispatcher: holding },
          call,
          { ...it, comment: undefined },
          'approved',
          done,
        );
        if (r.kind === 'done') {
          approved++;
          done.push(it.id);
        }
      }
    }
  } finally {
    for (const run of runs)
      for (const [n, h] of run.entries())
        deps.dispatcher.dispatch(h.entries, h.known, { noticeLater: n < run.length - 1 });
  }
  return { approved, count: items.length };
}
