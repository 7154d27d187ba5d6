import { type ActivityData, hasStanding, loadActivity } from './load';
import type { Call, OpsDeps, Outcome } from './types';

/** One learning activity as the caller may see it; nothing for someone with no role for the LIS. */
export async function viewActivity(
  deps: OpsDeps,
  call: Pick<Call, 'caller' | 'today'>,
  input: { traineeId: string; id: string },
): Promise<Outcome<ActivityData>> {
  const l = await loadActivity(deps, input.traineeId, input.id);
  if (!l || !hasStanding(call.caller.aadObjectId, l.profile, call.today)) return { kind: 'not_found' };
  return { kind: 'done', value: l };
}
