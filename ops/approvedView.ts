import { approvedInEarlierPlans, followsGoal } from '../core/goals';
import type { Person, Stored, TraineeProfile } from '../core/model';
import { goalDocId } from '../core/refs';
import { servesPsychiatry } from '../core/service';
import { hasStanding, isTraineeId } from './load';
import { traineeAskedAbout } from './progressView';
import type { Call, OpsDeps, Outcome } from './types';

export interface ApprovedView {
  profile: Stored<TraineeProfile>;
  own: boolean;
  /** Per plan the LIS follows: its goals in the plan's order, and which of them are approved. */
  plans: { catalogId: string; name: string; order: string[]; approved: Set<string> }[];
  /** Goals approved in a plan the LIS was moved off (to a newer version): still approvals, named apart. */
  earlier: { catalogId: string; name: string; order: string[]; approved: Set<string> }[];
}

/**
 * "hvilke mål er godkjent?", "godkjente for Alex": which goals are approved, per plan, for whoever
 * may see the LIS's progress. One read of the LIS's document (the profile and the goal summaries).
 */
export async function approvedView(
  deps: OpsDeps,
  call: Pick<Call, 'caller' | 'today'>,
  input: { name?: string; person?: Stored<Person> },
): Promise<Outcome<ApprovedView>> {
  const who = await traineeAskedAbout(deps, call, input);
  if (who.kind !== 'done') return who;
  const snap = isTraineeId(who.value) ? await deps.store.trainees.snapshot(who.value) : undefined;
  // The person document is an index; the profile decides (everyone with standing sees progress).
  if (!snap || !hasStanding(call.caller.aadObjectId, snap.profile, call.today)) return { kind: 'not_found' };
  const status = new Map(snap.goals.map((g) => [g.id, g.status]));
  const psychiatry = servesPsychiatry(snap.profile);
  const plans = snap.profile.catalogIds.flatMap((catalogId) => {
    const c = deps.catalogs.get(catalogId);
    if (!c) return [];
    const goals = c.goals.filter((g) => followsGoal(psychiatry, g, status.get(goalDocId(catalogId, g.id))));
    return {
      catalogId,
      name: c.name,
      order: goals.map((g) => g.id),
      approved: new Set(
        goals.filter((g) => status.get(goalDocId(catalogId, g.id)) === 'approved').map((g) => g.id),
      ),
    };
  });
  // With the plan's order, so that a run of ids is a run in the plan (not LM-3–LM-7 for LM-3, LM-5, LM-7).
  const earlier = approvedInEarlierPlans(snap.profile.catalogIds, snap.goals, deps.catalogs).map((e) => ({
    ...e,
    order: (deps.catalogs.get(e.catalogId)?.goals ?? []).map((g) => g.id),
    approved: new Set(e.approved),
  }));
  return {
    kind: 'done',
    value: {
      profile: snap.profile,
      own: snap.profile.aadObjectId === call.caller.aadObjectId,
      plans,
      earlier,
    },
  };
}
