import type { Goal } from '../core/catalog';
import { matchingGoals, nameableGoals } from '../core/goals';
import { activeHolder, can } from '../core/policy';
import { isTraineeId } from './load';
import type { Call, OpsDeps, Outcome } from './types';

/** At most this many answers to one search (Teams shows 15 at a time). */
export const GOAL_SEARCH_MAX = 15;

/**
 * The goals of one LIS that match what the person typed in the activity form's goal list (Teams'
 * dynamic typeahead): the LIS themself, or a supervisor of theirs recording for them. Anyone else
 * learns nothing, not even that the LIS exists.
 */
export async function searchGoals(
  deps: OpsDeps,
  call: Pick<Call, 'caller' | 'today'>,
  input: { traineeId: string; query: string; skip: number; top: number },
): Promise<Outcome<{ catalogId: string; goal: Goal }[]>> {
  if (!isTraineeId(input.traineeId)) return { kind: 'not_found' };
  const snap = await deps.store.trainees.snapshot(input.traineeId);
  if (!snap) return { kind: 'not_found' };
  const me = call.caller.aadObjectId;
  const mayName =
    can(me, 'activity.record', snap.profile, call.today).ok || !!activeHolder(snap.profile, 'supervisor', me);
  if (!mayName) return { kind: 'not_found' };
  const found = matchingGoals(nameableGoals(snap.profile, snap.goals, deps.catalogs), input.query);
  const top = Math.min(Math.max(input.top, 1), GOAL_SEARCH_MAX);
  return { kind: 'done', value: found.slice(input.skip, input.skip + top) };
}
