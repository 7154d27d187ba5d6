import type { PriorClaimsInput } from './goalClaimPriorAll';
import { priorRun, recordPriorApproval } from './goalRecordPrior';
import type { Call, OpsDeps, Outcome } from './types';

export interface PriorRecords {
  /** Recorded as approved (goal document ids). */
  recorded: string[];
  /** Not recorded, and why (already approved, another arena, changed meanwhile, not in the plans). */
  skipped: { id: string; reason: string }[];
}

/**
 * The leader (or a delegate) records several goals as approved earlier elsewhere, with one set of
 * facts: the LIS who came with goals approved in another system, whom the leader registers without
 * waiting for the LIS to state them. Each goal goes through the same decision as one recorded from
 * its card (policy, arena, revision), stored whole with its own audit event; the LIS is told nothing
 * (as from the card: the leader records).
 */
export async function recordPriorAll(
  deps: OpsDeps,
  call: Call,
  input: PriorClaimsInput,
): Promise<Outcome<PriorRecords>> {
  const r = await priorRun(deps, call, input, 'goal.recordPrior', (one) =>
    recordPriorApproval(deps, call, one),
  );
  if (r.kind !== 'done') return r;
  return { kind: 'done', value: { recorded: r.value.done, skipped: r.value.skipped } };
}
