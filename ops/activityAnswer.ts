import { answerSupervisorRecord } from '../core/activities';
import type { LearningActivity } from '../core/model';
import { decide, redrawOf } from './decide';
import { type ActivityData, loadActivity } from './load';
import type { Call, OpsDeps, Outcome } from './types';

/**
 * The LIS confirms a record their supervisor made for them, or disputes it: a disputed record is
 * withdrawn (out of the counts and the goals' basis) and the supervisor is told.
 */
export function answerRecord(
  deps: OpsDeps,
  call: Call,
  input: { traineeId: string; id: string; rev: number },
  answer: 'confirmed' | 'disputed',
): Promise<Outcome<ActivityData, ActivityData>> {
  return decide<LearningActivity, ActivityData>(deps, call, input, {
    action: 'activity.recall',
    verb: answer === 'confirmed' ? 'activity.confirmRecord' : 'activity.dispute',
    load: () => loadActivity(deps, input.traineeId, input.id),
    apply: (l) => answerSupervisorRecord(l.doc, answer),
    change: (next, l) => ({ kind: 'activity', activity: next, before: l.doc }),
    summary: (a) => ({ status: a.status, byLis: a.byLis ?? null, rev: a.rev }),
    effects: (l, saved) => [
      redrawOf(call, saved),
      ...(answer === 'disputed' && saved.supervisor
        ? [
            {
              kind: 'text' as const,
              to: saved.supervisor.aadObjectId,
              text: 'recordDisputedToYou' as const,
              vars: { trainee: l.profile.name, what: saved.description },
            },
          ]
        : []),
    ],
  });
}
