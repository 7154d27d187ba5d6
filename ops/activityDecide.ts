import { decideActivity } from '../core/activities';
import type { LearningActivity } from '../core/model';
import { decide, deciderOf, redrawOf } from './decide';
import { type ActivityData, loadActivity } from './load';
import type { Call, OpsDeps, Outcome } from './types';

/**
 * Sign or return: the decision of the supervisor the request names; or, for an activity sent to
 * the leader to mark as met, the leader's (or a delegate's) return of it.
 */
export function decideActivitySignoff(
  deps: OpsDeps,
  call: Call,
  input: { traineeId: string; id: string; rev: number; comment?: string },
  outcome: 'signed' | 'returned',
): Promise<Outcome<ActivityData, ActivityData>> {
  return decide<LearningActivity, ActivityData>(deps, call, input, {
    action: (l) => (l.doc.status === 'pending_met' ? 'activity.markMet' : 'activity.decide'),
    verb: outcome === 'signed' ? 'activity.sign' : 'activity.return',
    load: () => loadActivity(deps, input.traineeId, input.id),
    apply: (l, permission, comment) =>
      decideActivity(l.doc, { outcome, ...deciderOf(call, permission, comment) }),
    change: (next, l) => ({ kind: 'activity', activity: next, before: l.doc }),
    summary: (a) => ({ status: a.status, rev: a.rev }),
    details: (l) => ({ name: l.doc.supervisor?.name ?? '' }),
    effects: (_l, saved) => [
      redrawOf(call, saved),
      { kind: 'outcome_to_lis', traineeId: saved.traineeId, target: saved.id },
    ],
  });
}
