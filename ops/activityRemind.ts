import { waitsForRemovedSupervisor } from '../core/activities';
import type { LearningActivity } from '../core/model';
import { remind } from '../core/reminders';
import { fail } from '../core/result';
import { decide } from './decide';
import { type ActivityData, loadActivity } from './load';
import type { Call, OpsDeps, Outcome } from './types';

/** The LIS reminds the supervisor of a pending request, at most once a day. */
export function remindActivity(
  deps: OpsDeps,
  call: Call,
  input: { traineeId: string; id: string; rev: number },
): Promise<Outcome<ActivityData, ActivityData>> {
  return decide<LearningActivity, ActivityData>(deps, call, input, {
    action: 'activity.remind',
    verb: 'activity.remind',
    load: () => loadActivity(deps, input.traineeId, input.id),
    apply: (l) =>
      // A supervisor the LIS has removed is not reminded (they can no longer sign, and see nothing of the LIS).
      waitsForRemovedSupervisor(l.profile, l.doc)
        ? fail('supervisor_gone')
        : remind(l.doc, l.doc.status === 'pending_signature', call.now),
    change: (next, l) => ({ kind: 'activity', activity: next, before: l.doc }),
    summary: (a) => ({ remindedAt: a.remindedAt ?? null }),
    details: (l) => ({ name: l.doc.supervisor?.name ?? '', when: l.doc.remindedAt ?? '' }),
    effects: (_l, saved) =>
      saved.supervisor
        ? [
            {
              kind: 'activity_card',
              traineeId: saved.traineeId,
              activityId: saved.id,
              to: saved.supervisor.aadObjectId,
              reminder: true,
            },
          ]
        : [],
  });
}
