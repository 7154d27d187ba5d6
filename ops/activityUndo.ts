import { OPEN_ACTIVITIES_MAX, roomToOpen, undoDecision } from '../core/activities';
import { goalDocId, type LearningActivity } from '../core/model';
import { fail } from '../core/result';
import { decide, deciderOf, redrawOf } from './decide';
import { type ActivityData, loadActivity } from './load';
import type { Call, OpsDeps, Outcome } from './types';

/** The activity, and the goals it names that are approved with it in their basis. */
type UndoData = ActivityData & { approvedOn: string[] };

/**
 * The supervisor who signed undoes a signature given by mistake (or the leader a mark as met), with
 * the reason: the activity goes back to the LIS, who is told why.
 */
export function undoActivityDecision(
  deps: OpsDeps,
  call: Call,
  input: { traineeId: string; id: string; rev: number; comment?: string },
): Promise<Outcome<UndoData, UndoData>> {
  return decide<LearningActivity, UndoData>(deps, call, input, {
    // Whoever may give it may undo it: a signature the supervisor (and only theirs), a mark the leader.
    action: (l) => (l.doc.status === 'met_by_leader' ? 'activity.markMet' : 'activity.decide'),
    verb: 'activity.undo',
    load: async () => {
      const l = await loadActivity(deps, input.traineeId, input.id);
      if (!l) return undefined;
      const goals = await Promise.all(
        l.doc.goals.map((g) =>
          deps.store.trainees.getGoal(input.traineeId, goalDocId(g.catalogId, g.goalId)),
        ),
      );
      const approvedOn = goals.flatMap((g) =>
        g?.status === 'approved' && g.basis?.some((b) => b.activityId === l.doc.id) ? [g.goalId] : [],
      );
      return { ...l, approvedOn };
    },
    apply: (l, permission, comment) =>
      // Returned, it waits for the LIS again: the LIS's list of open activities keeps its ceiling.
      roomToOpen(l.doc, l.openCount ?? 0)
        ? undoDecision(l.doc, deciderOf(call, permission, comment), l.approvedOn)
        : fail('lis_too_many_open'),
    change: (next, l) => ({ kind: 'activity', activity: next, before: l.doc }),
    summary: (a) => ({ status: a.status, rev: a.rev }),
    details: (l) => ({
      name: l.doc.decision?.byName ?? '',
      goals: l.approvedOn.join(', '),
      trainee: l.profile.name,
      max: String(OPEN_ACTIVITIES_MAX),
    }),
    effects: (_l, saved) => [
      redrawOf(call, saved),
      { kind: 'outcome_to_lis', traineeId: saved.traineeId, target: saved.id },
    ],
  });
}
