import { reassign, supervisorRef } from '../core/activities';
import type { LearningActivity } from '../core/model';
import { activeHolder } from '../core/policy';
import { fail } from '../core/result';
import { decide, redrawOf } from './decide';
import { type ActivityData, loadActivity } from './load';
import type { Call, OpsDeps, Outcome } from './types';

/** The LIS moves a pending request to another of their accepted supervisors. */
export function reassignActivity(
  deps: OpsDeps,
  call: Call,
  input: { traineeId: string; id: string; rev: number; to: string },
): Promise<Outcome<ActivityData, ActivityData>> {
  return decide<LearningActivity, ActivityData>(deps, call, input, {
    action: 'activity.request',
    verb: 'activity.reassign',
    load: () => loadActivity(deps, input.traineeId, input.id),
    apply: (l) => {
      // The target must be one of this LIS's accepted supervisors, whatever the card says.
      const holder = activeHolder(l.profile, 'supervisor', input.to);
      if (!holder) return fail('no_supervisor');
      return reassign(l.doc, supervisorRef(holder), call.now);
    },
    change: (next, l) => ({ kind: 'activity', activity: next, before: l.doc }),
    summary: (a) => ({ status: a.status, supervisor: a.supervisor?.aadObjectId, rev: a.rev }),
    details: (l) => ({ name: l.doc.supervisor?.name ?? '' }),
    effects: (_l, saved) => [
      redrawOf(call, saved),
      { kind: 'activity_card', traineeId: saved.traineeId, activityId: saved.id, to: input.to },
    ],
  });
}
