import { commentOnActivity } from '../core/activities';
import { shorten } from '../core/format';
import type { LearningActivity } from '../core/model';
import { decide, redrawOf } from './decide';
import { type ActivityData, loadActivity } from './load';
import type { Call, OpsDeps, Outcome } from './types';

/**
 * The advisor comments on a learning activity: the LIS is told, with the words, in their own chat,
 * and the activity's cards show it to the LIS, the advisor and the leader (not to supervisors).
 */
export function commentActivity(
  deps: OpsDeps,
  call: Call,
  input: { traineeId: string; id: string; rev: number; comment?: string },
): Promise<Outcome<ActivityData, ActivityData>> {
  return decide<LearningActivity, ActivityData>(deps, call, input, {
    action: 'activity.comment',
    verb: 'activity.comment',
    load: () => loadActivity(deps, input.traineeId, input.id),
    apply: (l, _p, comment) =>
      commentOnActivity(l.doc, {
        by: call.caller.aadObjectId,
        byName: call.caller.name,
        now: call.now,
        ...(comment ? { comment } : {}),
      }),
    change: (next, l) => ({ kind: 'activity', activity: next, before: l.doc }),
    summary: (a) => ({ status: a.status, rev: a.rev }),
    effects: (l, saved) => [
      redrawOf(call, saved),
      {
        kind: 'text',
        to: l.profile.aadObjectId,
        text: 'advisorActivityCommentToYou',
        vars: {
          name: call.caller.name,
          what: shorten(saved.description, 60),
          comment: saved.advisorComment?.comment ?? '',
        },
      },
    ],
  });
}
