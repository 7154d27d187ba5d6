import {
  type ActivityEdits,
  OPEN_ACTIVITIES_MAX,
  resendRequest,
  roomToOpen,
  supervisorRef,
} from '../core/activities';
import type { LearningActivity } from '../core/model';
import { activeHolder } from '../core/policy';
import { fail } from '../core/result';
import { decide, redrawOf } from './decide';
import { type ActivityData, loadActivity } from './load';
import type { Call, OpsDeps, Outcome } from './types';

/**
 * The LIS sends a returned (or never-sent) activity for signing again, edited if they want, to
 * the same or another of their accepted supervisors. The new supervisor gets the card; the
 * LIS's own card follows.
 */
export function resendActivity(
  deps: OpsDeps,
  call: Call,
  input: { traineeId: string; id: string; rev: number; to: string } & ActivityEdits,
): Promise<Outcome<ActivityData, ActivityData>> {
  return decide<LearningActivity, ActivityData>(deps, call, input, {
    action: 'activity.request',
    verb: 'activity.resend',
    load: () => loadActivity(deps, input.traineeId, input.id),
    apply: (l) => {
      if (!roomToOpen(l.doc, l.openCount ?? 0)) return fail('too_many_open');
      // The supervisor must be one of this LIS's accepted supervisors, whatever the card says.
      const holder = activeHolder(l.profile, 'supervisor', input.to);
      if (!holder) return fail('no_supervisor');
      const edits: ActivityEdits = {
        ...(input.description !== undefined ? { description: input.description } : {}),
        ...(input.date !== undefined ? { date: input.date } : {}),
      };
      return resendRequest(l.doc, edits, supervisorRef(holder), call.now);
    },
    details: () => ({ max: String(OPEN_ACTIVITIES_MAX) }),
    change: (next, l) => ({ kind: 'activity', activity: next, before: l.doc }),
    summary: (a) => ({ status: a.status, supervisor: a.supervisor?.aadObjectId, rev: a.rev }),
    effects: (_l, saved) => [
      redrawOf(call, saved),
      { kind: 'activity_card', traineeId: saved.traineeId, activityId: saved.id, to: input.to },
    ],
  });
}
