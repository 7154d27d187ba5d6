import type { LearningActivity, Person, Stored, TraineeProfile } from '../core/model';
import { profileAskedAbout } from './progressView';
import type { Call, OpsDeps, Outcome } from './types';

/** Activities listed at once: the newest; each opens its own card. */
export const ACTIVITIES_SHOWN = 15;
/** Ids of one day carried in a cursor: more activities than this on one date end the paging there. */
const SKIP_MAX = 100;

/** Where the next (older) page starts: activities dated on or before `date`, but not those in `skip`. */
export interface ActivitiesCursor {
  date: string;
  skip: string[];
}

export interface ActivityPage {
  /** The newest first, at most `ACTIVITIES_SHOWN`. */
  activities: Stored<LearningActivity>[];
  /** Set when older ones exist. */
  next?: ActivitiesCursor;
}

export interface ActivitiesView extends ActivityPage {
  profile: Stored<TraineeProfile>;
  own: boolean;
  /** This page is not the first (the newest). */
  older: boolean;
}

/**
 * One page of a LIS's activities, newest first: one single-partition query of at most 16 documents
 * (`TOP`, `ORDER BY c.date`), however long the record. The cursor names the last date shown and the
 * ids already shown of that date, as several activities share a date and a date alone cannot say
 * where the page ended. No policy check: callers check who asks.
 */
export async function activityPage(
  deps: OpsDeps,
  traineeId: string,
  before?: ActivitiesCursor,
): Promise<ActivityPage> {
  const found = await deps.store.trainees.recentActivities(traineeId, ACTIVITIES_SHOWN + 1, before);
  const activities = found.slice(0, ACTIVITIES_SHOWN);
  const last = activities.at(-1);
  if (found.length <= ACTIVITIES_SHOWN || !last) return { activities };
  const sameDay = activities.filter((a) => a.date === last.date).map((a) => a.id);
  const skip = [...(before?.date === last.date ? before.skip : []), ...sameDay];
  return skip.length > SKIP_MAX ? { activities } : { activities, next: { date: last.date, skip } };
}

/**
 * "mine aktiviteter", "aktiviteter for Alex" (or a card's "Vis eldre"): a page of a LIS's learning
 * activities, the LIS found by name as "hva gjenstår for Alex?" finds them, or by the id a card was
 * drawn for. For the LIS and those who follow the training (the leader, a delegate, the advisor); a
 * supervisor is told it is not theirs to see; anyone else learns nothing.
 */
export async function activitiesView(
  deps: OpsDeps,
  call: Pick<Call, 'caller' | 'today'>,
  input: { name?: string; person?: Stored<Person>; traineeId?: string; before?: ActivitiesCursor },
): Promise<Outcome<ActivitiesView>> {
  const r = await profileAskedAbout(deps, call, input, 'history.view');
  if (r.kind !== 'done') return r;
  const profile = r.value;
  return {
    kind: 'done',
    value: {
      profile,
      ...(await activityPage(deps, profile.traineeId, input.before)),
      own: profile.aadObjectId === call.caller.aadObjectId,
      older: !!input.before,
    },
  };
}
