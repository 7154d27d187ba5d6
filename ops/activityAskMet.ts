import { askMet } from '../core/activities';
import type { LearningActivity } from '../core/model';
import { activeHolders } from '../core/policy';
import { fail } from '../core/result';
import { decide, redrawOf } from './decide';
import { type ActivityData, loadActivity } from './load';
import type { Call, OpsDeps, Outcome } from './types';

/**
 * The LIS sends a recorded activity (a course, e-learning: no supervisor to sign it) to the leader
 * to mark as met. The leader gets the card; the LIS's own card follows.
 */
export function askActivityMet(
  deps: OpsDeps,
  call: Call,
  input: { traineeId: string; id: string; rev: number },
): Promise<Outcome<ActivityData, ActivityData>> {
  const leaderOf = (l: ActivityData) => activeHolders(l.profile, 'leader')[0];
  return decide<LearningActivity, ActivityData>(deps, call, input, {
    action: 'activity.request',
    verb: 'activity.askMet',
    load: () => loadActivity(deps, input.traineeId, input.id),
    apply: (l) => (leaderOf(l) ? askMet(l.doc, call.now) : fail('no_leader_to_ask')),
    change: (next, l) => ({ kind: 'activity', activity: next, before: l.doc }),
    summary: (a) => ({ status: a.status, rev: a.rev }),
    // `apply` refused it without a leader, so there is one to send the card to.
    effects: (l, saved) => [
      redrawOf(call, saved),
      {
        kind: 'activity_card',
        traineeId: saved.traineeId,
        activityId: saved.id,
        to: leaderOf(l)?.aadObjectId ?? '',
      },
    ],
  });
}
