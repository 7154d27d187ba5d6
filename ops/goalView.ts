import { type GoalData, hasStanding, loadGoal } from './load';
import type { Call, OpsDeps, Outcome } from './types';

/**
 * One goal as the caller may see it (a card refresh, "open the card"). Anyone can trigger a
 * refresh, so the caller's standing decides: someone with no role for the LIS gets `not_found`.
 */
export async function viewGoal(
  deps: OpsDeps,
  call: Pick<Call, 'caller' | 'today'>,
  input: { traineeId: string; id: string },
): Promise<Outcome<GoalData>> {
  const l = await loadGoal(deps, input.traineeId, input.id);
  if (!l || !hasStanding(call.caller.aadObjectId, l.profile, call.today)) return { kind: 'not_found' };
  return { kind: 'done', value: l };
}
