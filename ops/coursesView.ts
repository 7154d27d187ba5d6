import type { LearningActivity, Person, Stored, TraineeProfile } from '../core/model';
import { profileAskedAbout } from './progressView';
import type { Call, OpsDeps, Outcome } from './types';

export interface CoursesView {
  profile: Stored<TraineeProfile>;
  own: boolean;
  /** Every course recorded, the newest first (withdrawn ones too: the card says so). */
  courses: Stored<LearningActivity>[];
}

/**
 * "hvilke kurs mangler jeg?", "kursene til Alex": the courses a LIS has recorded, through the same
 * door as their activities (the LIS, the leader, a delegate, the advisor). One query in the LIS's
 * partition on the activity's kind, so a long record costs what its courses cost.
 */
export async function coursesView(
  deps: OpsDeps,
  call: Pick<Call, 'caller' | 'today'>,
  input: { name?: string; person?: Stored<Person> },
): Promise<Outcome<CoursesView>> {
  const r = await profileAskedAbout(deps, call, input, 'history.view');
  if (r.kind !== 'done') return r;
  const profile = r.value;
  const courses = await deps.store.trainees.activitiesOfKind(profile.traineeId, 'course');
  return {
    kind: 'done',
    value: {
      profile,
      own: profile.aadObjectId === call.caller.aadObjectId,
      courses: courses.sort((a, b) => b.date.localeCompare(a.date) || b.id.localeCompare(a.id)),
    },
  };
}
