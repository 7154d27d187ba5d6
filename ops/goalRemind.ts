import type { GoalState } from '../core/model';
import { activeHolders, approversOf } from '../core/policy';
import { remind } from '../core/reminders';
import { fail } from '../core/result';
import { decide } from './decide';
import { type GoalData, loadGoal } from './load';
import type { Call, OpsDeps, Outcome } from './types';

/** The LIS reminds the leader (and her active delegates) of a pending approval, at most once a day. */
export function remindGoal(
  deps: OpsDeps,
  call: Call,
  input: { traineeId: string; id: string; rev: number },
): Promise<Outcome<GoalData, GoalData>> {
  return decide<GoalState, GoalData>(deps, call, input, {
    action: 'goal.remind',
    verb: 'goal.remind',
    load: () => loadGoal(deps, input.traineeId, input.id),
    apply: (l) =>
      // With no leader in the app there is no one to remind (the request waits for the one invited).
      l.doc.status === 'pending_approval' && activeHolders(l.profile, 'leader').length === 0
        ? fail('no_leader')
        : remind(l.doc, l.doc.status === 'pending_approval', call.now),
    change: (next, l) => ({ kind: 'goal', goal: next, before: l.doc }),
    summary: (g) => ({ remindedAt: g.remindedAt ?? null }),
    details: (l) => ({
      name: activeHolders(l.profile, 'leader')[0]?.name ?? '',
      when: l.doc.remindedAt ?? '',
    }),
    // To whoever approves today: the leader, and those she has lent her approval to (on holiday, the
    // reminder must reach the one who can act on it, as the request did).
    effects: (l, saved) =>
      approversOf(l.profile, call.today).map((to) => ({
        kind: 'goal_card' as const,
        traineeId: saved.traineeId,
        goalId: saved.id,
        to,
        reminder: true,
      })),
  });
}
