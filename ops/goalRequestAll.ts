import { REQUEST_ALL_MAX } from '../core/model';
import { requestGoalApproval } from './goalRequest';
import { permittedProfile } from './load';
import type { Call, OpsDeps, Outcome } from './types';
import { inOneRun } from './write';

/**
 * "Be om godkjenning for alle klare": the LIS asks for approval of the goals ready for it, in one
 * click instead of one each. Each goes through the same decision as a single request (policy,
 * state and revision checked again, one by one; one that changed is skipped) and is stored whole
 * with its own audit event; but the leader gets one message naming them all (each request's card
 * names the goals asked for before it in the run, and the deliveries start together when the run
 * ends, so the outbox sends only the last, after a crash too).
 */
export async function requestAll(
  deps: OpsDeps,
  call: Call,
  input: { traineeId: string; items: readonly { id: string; rev: number }[] },
): Promise<Outcome<{ requested: string[]; count: number; unreachableLeader?: string; noLeader?: true }>> {
  if (input.items.length > REQUEST_ALL_MAX) return { kind: 'invalid', field: 'items' };
  const may = await permittedProfile(deps, call, input.traineeId, 'goal.request');
  if (may.kind !== 'permitted') return may;
  const requested: string[] = [];
  let reach: { unreachableLeader?: string; noLeader?: true } = {};
  const ids = [...new Map(input.items.map((i) => [i.id, i])).values()];
  await inOneRun(deps, async (held) => {
    for (const it of ids) {
      const r = await requestGoalApproval(held, call, { traineeId: input.traineeId, ...it }, requested);
      if (r.kind !== 'done') continue;
      requested.push(it.id);
      reach = {
        ...(r.value.unreachableLeader ? { unreachableLeader: r.value.unreachableLeader } : {}),
        ...(r.value.noLeader ? { noLeader: true as const } : {}),
      };
    }
  });
  return { kind: 'done', value: { requested, count: ids.length, ...reach } };
}
