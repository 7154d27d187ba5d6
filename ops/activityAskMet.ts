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
  return decide<LearningActivity, ActivityData>(deps, call, input, {
    action: 'activity.request',
    verb: 'activity.askMet',
    load: () => loadActivity(deps, input.traineeId, input.id),
    apply: (l) =>
      activeHolders(l.profile, 'leader')[0] ? askMet(l.doc, call.now) : fail('no_leader_to_ask'),
    change: (next, l) => ({ kind: 'activity', activity: next, before: l.doc }),
    summary: (a) => ({ status: a.status, rev: a.rev }),
    effects: (l, saved) => {
      const leader = activeHolders(l.profile, 'leader')[0];
      return [
        redrawOf(call, saved),
        ...(leader
          ? [
              {
                kind: 'activity_card' as const,
                traineeId: saved.traineeId,
                activityId: saved.id,
                to: leader.aadObjectId,
              },
            ]
          : []),
      ];
    },
  });
}
