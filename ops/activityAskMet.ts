import { askMet, OPEN_ACTIVITIES_MAX, roomToOpen } from '../core/activities';
import type { LearningActivity, TraineeProfile } from '../core/model';
import { activeHolders, approversOf } from '../core/policy';
import { fail } from '../core/result';
import { decide, redrawOf } from './decide';
import { type ActivityData, loadActivity } from './load';
import type { Call, Effect, OpsDeps, Outcome } from './types';

/** The cards an activity sent to be marked as met goes out as: to the leader and the leader's active delegates. */
export function markMetCards(
  call: Pick<Call, 'today'>,
  profile: TraineeProfile,
  a: Pick<LearningActivity, 'traineeId' | 'id'>,
): Effect[] {
  return approversOf(profile, call.today).map((to) => ({
    kind: 'activity_card',
    traineeId: a.traineeId,
    activityId: a.id,
    to,
  }));
}

/**
 * The LIS sends a recorded activity (a course, e-learning: no supervisor to sign it) to the leader
 * to mark as met. The leader and the leader's active delegates get the card; the LIS's own card follows.
 */
export function askActivityMet(
  deps: OpsDeps,
  call: Call,
  input: { traineeId: string; id: string; rev: number },
): Promise<Outcome<ActivityData, ActivityData>> {
  return decide<LearningActivity, ActivityData>(deps, call, input, {
    action: 'activity.request',
    verb: 'activity.askMet',
    load: () => loadActivity(deps, input.traineeId, input.id),
    apply: (l) =>
      !activeHolders(l.profile, 'leader')[0]
        ? fail('no_leader_to_ask')
        : !roomToOpen(l.doc, l.openCount ?? 0)
          ? fail('too_many_open')
          : askMet(l.doc, call.now),
    details: () => ({ max: String(OPEN_ACTIVITIES_MAX) }),
    change: (next, l) => ({ kind: 'activity', activity: next, before: l.doc }),
    summary: (a) => ({ status: a.status, rev: a.rev }),
    effects: (l, saved) => [redrawOf(call, saved), ...markMetCards(call, l.profile, saved)],
  });
}
