import { answerRecord } from './activityAnswer';
import type { Call, OpsDeps } from './types';
import { inOneRun } from './write';

/**
 * "Bekreft alle", after the LIS said yes: each record a supervisor made is confirmed as a single
 * click would confirm it (who asks, the revision and the state are checked again, one by one), each
 * with its own audit event; one that changed meanwhile is skipped and stays in the list.
 */
export async function confirmAll(
  deps: OpsDeps,
  call: Call,
  items: readonly { traineeId: string; id: string; rev: number }[],
): Promise<{ confirmed: number; count: number }> {
  let confirmed = 0;
  await inOneRun(deps, async (held) => {
    for (const it of items) {
      const r = await answerRecord(held, call, it, 'confirmed');
      if (r.kind === 'done') confirmed++;
    }
  });
  return { confirmed, count: items.length };
}
