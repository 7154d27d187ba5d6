import type { PriorClaimsInput } from './goalClaimPriorAll';
import { priorProblems, recordPriorApproval } from './goalRecordPrior';
import { permittedProfile } from './load';
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
 * its card (policy, arena, revision), stored whole with its own audit event.
 */
export async function recordPriorAll(
  deps: OpsDeps,
  call: Call,
  input: PriorClaimsInput,
): Promise<Outcome<PriorRecords>> {
  const { goals, ...facts } = input;
  const problems = priorProblems({ ...facts, id: '', rev: 0 }, call.today);
  if (problems[0]) return { kind: 'invalid', field: problems[0] };
  const may = await permittedProfile(deps, call, input.traineeId, 'goal.recordPrior');
  if (may.kind !== 'permitted') return may;

  const recorded: string[] = [];
  const skipped: PriorRecords['skipped'] = [];
  // One at a time: each is a decision of its own (and the LIS is told nothing: the leader records).
  for (const g of goals) {
    if (recorded.includes(g.id) || skipped.some((s) => s.id === g.id)) continue;
    const r = await recordPriorApproval(deps, call, { ...facts, ...g });
    if (r.kind === 'done') recorded.push(g.id);
    else
      skipped.push({
        id: g.id,
        reason: r.kind === 'refused' ? r.reason : r.kind === 'not_found' ? 'not_in_plans' : 'changed',
      });
  }
  return { kind: 'done', value: { recorded, skipped } };
}
