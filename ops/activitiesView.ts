import type { LearningActivity, Person, Stored, TraineeProfile } from '../core/model';
import { profileAskedAbout } from './progressView';
import type { Call, OpsDeps, Outcome } from './types';

/** Activities listed at once: the newest; each opens its own card. */
export const ACTIVITIES_SHOWN = 15;

export interface ActivitiesView {
  profile: Stored<TraineeProfile>;
  /** The newest first, one more than `ACTIVITIES_SHOWN` when there are more (to say so). */
  activities: Stored<LearningActivity>[];
  own: boolean;
}

/**
 * "mine aktiviteter", "aktiviteter for Alex": a LIS's newest learning activities, found by name as
 * "hva gjenstår for Alex?" finds them. For the LIS and those who follow the training (the leader, a
 * delegate, the advisor); a supervisor is told it is not theirs to see; anyone else learns nothing.
 */
export async function activitiesView(
  deps: OpsDeps,
  call: Pick<Call, 'caller' | 'today'>,
  input: { name?: string; person?: Stored<Person> },
): Promise<Outcome<ActivitiesView>> {
  const r = await profileAskedAbout(deps, call, input, 'history.view');
  if (r.kind !== 'done') return r;
  const profile = r.value;
  return {
    kind: 'done',
    value: {
      profile,
      activities: await deps.store.trainees.recentActivities(profile.traineeId, ACTIVITIES_SHOWN + 1),
      own: profile.aadObjectId === call.caller.aadObjectId,
    },
  };
}
