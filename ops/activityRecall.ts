import { recallRequest } from '../core/activities';
import type { LearningActivity } from '../core/model';
import { decide, redrawOf } from './decide';
import { type ActivityData, loadActivity } from './load';
import type { Call, OpsDeps, Outcome } from './types';

/** The LIS takes back a pending request; the supervisor's card then says it needs no action. */
export function recallActivity(
  deps: OpsDeps,
  call: Call,
  input: { traineeId: string; id: string; rev: number },
): Promise<Outcome<ActivityData, ActivityData>> {
  return decide<LearningActivity, ActivityData>(deps, call, input, {
    action: 'activity.recall',
    verb: 'activity.recall',
    load: () => loadActivity(deps, input.traineeId, input.id),
    apply: (l) => recallRequest(l.doc),
    change: (next, l) => ({ kind: 'activity', activity: next, before: l.doc }),
    summary: (a) => ({ status: a.status, supervisor: a.supervisor?.aadObjectId, rev: a.rev }),
    effects: (_l, saved) => [redrawOf(call, saved)],
  });
}
