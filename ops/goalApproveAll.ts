import { decideGoalApproval } from './goalDecide';
import type { Call, OpsDeps } from './types';
import { inOneRun } from './write';

/**
 * "Approve all with a complete basis", after the leader confirmed. Each goal goes through the same
 * decision as a single click: policy, basis and revision are checked again, one by one; a goal whose
 * basis is no longer complete (no comment is given here) or that changed is skipped.
 *
 * Each approval is stored whole with its own audit event and notices, as always; but a LIS whose
 * leader approves eight goals at once gets one message naming all eight, not eight: each approval's
 * notice names the goals approved before it for that LIS in this run, and the deliveries start
 * together when the run ends, so the outbox sends only the last (after a crash too).
 */
export async function approveAll(
  deps: OpsDeps,
  call: Call,
  items: readonly { traineeId: string; id: string; rev: number }[],
): Promise<{ approved: number; count: number }> {
  const before = new Map<string, string[]>();
  let approved = 0;
  await inOneRun(deps, async (held) => {
    for (const it of items) {
      const done = before.get(it.traineeId) ?? [];
      const r = await decideGoalApproval(held, call, { ...it, comment: undefined }, 'approved', done);
      if (r.kind === 'done') {
        approved++;
        before.set(it.traineeId, [...done, it.id]);
      }
    }
  });
  return { approved, count: items.length };
}
