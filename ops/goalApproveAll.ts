import { decideGoalApproval } from './goalDecide';
import type { Call, OpsDeps } from './types';

/**
 * "Approve all with a complete basis", after the leader confirmed. Each goal goes through the same
 * decision as a single click: policy, basis and revision are checked again, one by one; a goal whose
 * basis is no longer complete (no comment is given here) or that changed is skipped.
 */
export async function approveAll(
  deps: OpsDeps,
  call: Call,
  items: readonly { traineeId: string; id: string; rev: number }[],
): Promise<{ approved: number; count: number }> {
  let approved = 0;
  for (const it of items) {
    const r = await decideGoalApproval(deps, call, { ...it, comment: undefined }, 'approved');
    if (r.kind === 'done') approved++;
  }
  return { approved, count: items.length };
}
