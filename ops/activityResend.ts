import {
  ACTIVITY_GOALS_MAX,
  type ActivityEdits,
  OPEN_ACTIVITIES_MAX,
  resendRequest,
  roomToOpen,
  supervisorRef,
} from '../core/activities';
import type { LearningActivity } from '../core/model';
import { activeHolder } from '../core/policy';
import { goalChoice } from '../core/refs';
import { fail } from '../core/result';
import { decide, redrawOf } from './decide';
import { type ActivityData, loadActivity } from './load';
import type { Call, OpsDeps, Outcome } from './types';

/**
 * The LIS sends a returned (or never-sent) activity for signing again, edited if they want (what
 * it was, when, which goals: what a supervisor sends one back for), to the same or another of
 * their accepted supervisors. The new supervisor gets the card; the LIS's own card follows.
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
      // The goals must be in the LIS's own plans, whatever the card sent.
      if (input.goals?.some((g) => !deps.catalogs.followed(l.profile.catalogIds, g)))
        return fail('unknown_goal');
      const edits: ActivityEdits = {
        ...(input.description !== undefined ? { description: input.description } : {}),
        ...(input.date !== undefined ? { date: input.date } : {}),
        ...(input.activityKind !== undefined ? { activityKind: input.activityKind } : {}),
        ...(input.goals !== undefined ? { goals: input.goals } : {}),
      };
      return resendRequest(l.doc, edits, supervisorRef(holder), call.now);
    },
    details: (_l, reason) => ({
      max: String(reason === 'too_many_goals' ? ACTIVITY_GOALS_MAX : OPEN_ACTIVITIES_MAX),
    }),
    change: (next, l) => ({ kind: 'activity', activity: next, before: l.doc }),
    // What the LIS may have put right is in the trail, before and after.
    summary: (a) => ({
      status: a.status,
      supervisor: a.supervisor?.aadObjectId,
      rev: a.rev,
      activityKind: a.activityKind,
      date: a.date,
      goals: a.goals.map(goalChoice),
    }),
    effects: (_l, saved) => [
      redrawOf(call, saved),
      { kind: 'activity_card', traineeId: saved.traineeId, activityId: saved.id, to: input.to },
    ],
  });
}
