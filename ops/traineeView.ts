import type { RoleHolder } from '../core/model';
import { activeHolders, can } from '../core/policy';
import { hasStanding, isTraineeId } from './load';
import { type ProgressView, progressFor } from './progressView';
import { returnedTo } from './returned';
import type { Call, OpsDeps, Outcome } from './types';

export interface TraineeView extends ProgressView {
  canRequest: boolean;
  canRecord: boolean;
  /** The leader or a delegate: may draw the confirmation of service. */
  canConfirm: boolean;
  supervisors: Pick<RoleHolder, 'aadObjectId' | 'name'>[];
}

/** One LIS in full, for someone with a role for them; `not_found` alike for an unknown LIS and for anyone else. */
export async function viewTrainee(
  deps: OpsDeps,
  call: Pick<Call, 'caller' | 'today'>,
  input: { traineeId: string },
): Promise<Outcome<TraineeView>> {
  if (!isTraineeId(input.traineeId)) return { kind: 'not_found' };
  const snap = await deps.store.trainees.snapshot(input.traineeId);
  const me = call.caller.aadObjectId;
  if (!snap || !hasStanding(me, snap.profile, call.today)) return { kind: 'not_found' };
  const view = progressFor(deps, snap, me, call.today);
  return {
    kind: 'done',
    value: {
      ...view,
      // What was sent back, with the comments: in the LIS's own view only.
      returned: view.viewerIsLis ? await returnedTo(deps, snap) : [],
      canRequest: can(me, 'goal.request', snap.profile, call.today).ok,
      canRecord: can(me, 'activity.record', snap.profile, call.today).ok,
      canConfirm: can(me, 'confirmation.issue', snap.profile, call.today).ok,
      supervisors: activeHolders(snap.profile, 'supervisor').map((r) => ({
        aadObjectId: r.aadObjectId,
        name: r.name,
      })),
    },
  };
}
