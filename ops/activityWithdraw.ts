import { withdrawRecord } from '../core/activities';
import type { LearningActivity } from '../core/model';
import { decide, redrawOf } from './decide';
import { type ActivityData, loadActivity } from './load';
import type { Call, OpsDeps, Outcome } from './types';

/** The LIS takes back a returned or never-sent activity: kept with its history, counted nowhere. */
export function withdrawActivity(
  deps: OpsDeps,
  call: Call,
  input: { traineeId: string; id: string; rev: number },
): Promise<Outcome<ActivityData, ActivityData>> {
  return decide<LearningActivity, ActivityData>(deps, call, input, {
    action: 'activity.recall',
    verb: 'activity.withdraw',
    load: () => loadActivity(deps, input.traineeId, input.id),
    apply: (l) => withdrawRecord(l.doc),
    change: (next, l) => ({ kind: 'activity', activity: next, before: l.doc }),
    summary: (a) => ({ status: a.status, rev: a.rev }),
    effects: (_l, saved) => [redrawOf(call, saved)],
  });
}
