import { markMet } from '../core/activities';
import type { LearningActivity } from '../core/model';
import { decide, deciderOf, redrawOf } from './decide';
import { type ActivityData, loadActivity } from './load';
import type { Call, OpsDeps, Outcome } from './types';

/**
 * The leader (or a delegate) marks an activity as met (innfridd): it counts in its goals' basis as
 * the leader's mark, a supervisor asked to sign sees that nothing is needed, and the LIS is told.
 */
export function markActivityMet(
  deps: OpsDeps,
  call: Call,
  input: { traineeId: string; id: string; rev: number; comment?: string },
): Promise<Outcome<ActivityData, ActivityData>> {
  return decide<LearningActivity, ActivityData>(deps, call, input, {
    action: 'activity.markMet',
    verb: 'activity.markMet',
    load: () => loadActivity(deps, input.traineeId, input.id),
    apply: (l, permission, comment) => markMet(l.doc, deciderOf(call, permission, comment)),
    change: (next, l) => ({ kind: 'activity', activity: next, before: l.doc }),
    summary: (a) => ({ status: a.status, rev: a.rev }),
    effects: (_l, saved) => [
      redrawOf(call, saved),
      { kind: 'outcome_to_lis', traineeId: saved.traineeId, target: saved.id },
    ],
  });
}
