import { createHash } from 'node:crypto';
import {
  ACTIVITY_GOALS_MAX,
  askMet,
  DESCRIPTION_MAX,
  OPEN_ACTIVITIES_MAX,
  recordActivity,
  requestSignature,
  roomToOpen,
  supervisorRef,
} from '../core/activities';
import { isIsoDate } from '../core/dates';
import {
  ACTIVITY_KINDS,
  type GoalRef,
  type LearningActivity,
  type Stored,
  type TraineeProfile,
} from '../core/model';
import { activeHolder, activeHolders, can } from '../core/policy';
import { isConflict } from '../store';
import { markMetCards } from './activityAskMet';
import { auditId } from './decide';
import { cannotReachNow, isTraineeId, refusal } from './load';
import type { Call, Effect, OpsDeps, Outcome } from './types';
import { write } from './write';

export interface NewActivityInput {
  traineeId: string;
  activityKind?: string;
  date?: string;
  description?: string;
  goals: GoalRef[];
  /**
   * The supervisor to ask for a signature (an Entra object id); `leader`: the leader, to mark it as
   * met (a course, e-learning); none: just record it.
   */
  supervisor?: string;
}

export interface ActivityRecorded {
  activity: Stored<LearningActivity>;
  /** The LIS's profile as the operation read it: the card needs no second read. */
  profile: Stored<TraineeProfile>;
  /** The supervisor asked, when they cannot be reached in Teams yet. */
  unreachableSupervisor?: string;
  supervisorName?: string;
  /** Sent to the leader to mark as met (named as `supervisorName`). */
  toLeader?: true;
}

/** The activity's id comes from the request and the LIS: a retried request finds the activity it stored. */
export function activityIdFor(call: Pick<Call, 'key'>, traineeId: string): string {
  return createHash('sha256').update(`${call.key}\u0000${traineeId}`).digest('base64url').slice(0, 22);
}

/**
 * The LIS records a learning activity and (usually) asks a supervisor to sign it. `invalid`
 * names the field that is wrong; nothing is stored then.
 */
export async function recordLearningActivity(
  deps: OpsDeps,
  call: Call,
  input: NewActivityInput,
): Promise<Outcome<ActivityRecorded>> {
  if (!isTraineeId(input.traineeId)) return { kind: 'not_found' };
  const id = `activity:${activityIdFor(call, input.traineeId)}`;
  const [snap, existing] = await Promise.all([
    deps.store.trainees.snapshot(input.traineeId),
    deps.store.trainees.getActivity(input.traineeId, id),
  ]);
  if (!snap) return { kind: 'not_found' };
  const profile = snap.profile;
  const permission = can(call.caller.aadObjectId, 'activity.record', profile, call.today);
  if (!permission.ok) return refusal(permission, profile);
  // A retried request finds the activity it stored (and its event): nothing is written twice.
  if (existing) return { kind: 'done', value: { activity: existing, profile } };

  const kind = ACTIVITY_KINDS.find((k) => k === input.activityKind);
  if (!kind) return { kind: 'invalid', field: 'activityKind' };
  if (!isIsoDate(input.date)) return { kind: 'invalid', field: 'date' };
  for (const g of input.goals) {
    if (!deps.catalogs.followed(profile.catalogIds, g)) return { kind: 'invalid', field: 'goals' };
  }
  const recorded = recordActivity(
    { activityKind: kind, date: input.date, description: input.description ?? '', goals: input.goals },
    profile.traineeId,
    id.slice('activity:'.length),
    call.now,
  );
  if (!recorded.ok)
    return {
      kind: 'refused',
      reason: recorded.error,
      details:
        recorded.error === 'description_too_long'
          ? { length: String((input.description ?? '').trim().length), max: String(DESCRIPTION_MAX) }
          : recorded.error === 'too_many_goals'
            ? { max: String(ACTIVITY_GOALS_MAX) }
            : {},
    };

  let activity: LearningActivity = recorded.value;
  const wanted = input.supervisor || undefined;
  const toLeader = wanted === 'leader';
  const holder = toLeader
    ? activeHolders(profile, 'leader')[0]
    : wanted
      ? activeHolder(profile, 'supervisor', wanted)
      : undefined;
  if (wanted && !holder)
    return { kind: 'refused', reason: toLeader ? 'no_leader_to_ask' : 'no_supervisor', details: {} };
  if (holder && !roomToOpen(activity, snap.open.length))
    return { kind: 'refused', reason: 'too_many_open', details: { max: String(OPEN_ACTIVITIES_MAX) } };
  if (holder) {
    const asked = toLeader
      ? askMet(activity, call.now)
      : requestSignature(activity, supervisorRef(holder), call.now);
    if (!asked.ok) return { kind: 'refused', reason: asked.error, details: {} };
    activity = asked.value;
  }
  const effects: Effect[] = [];
  // The form's message now shows the activity: it follows the supervisor's decision.
  if (call.origin)
    effects.push({
      kind: 'remember_card',
      traineeId: profile.traineeId,
      target: activity.id,
      message: { ...call.origin, for: profile.aadObjectId },
    });
  if (toLeader) effects.push(...markMetCards(call, profile, activity));
  else if (holder)
    effects.push({
      kind: 'activity_card',
      traineeId: profile.traineeId,
      activityId: activity.id,
      to: holder.aadObjectId,
    });
  const verb = toLeader ? 'activity.askMet' : holder ? 'activity.request' : 'activity.record';
  let saved: Stored<LearningActivity>;
  try {
    saved = await write<LearningActivity>(
      deps,
      {
        change: { kind: 'activity', activity },
        audit: {
          kind: 'audit',
          id: auditId(call, activity.id, activity.rev),
          traineeId: profile.traineeId,
          actor: call.caller.aadObjectId,
          verb,
          target: activity.id,
          before: null,
          after: { status: activity.status, supervisor: activity.supervisor?.aadObjectId ?? null },
          at: call.now,
        },
        effects,
      },
      { profile },
    );
  } catch (err) {
    // The same request twice at once: the other one stored it.
    const other = isConflict(err)
      ? await deps.store.trainees.getActivity(profile.traineeId, activity.id)
      : undefined;
    if (!other) throw err;
    return { kind: 'done', value: { activity: other, profile } };
  }
  deps.log.info(
    { verb, traineeId: profile.traineeId, target: saved.id, actor: call.caller.aadObjectId },
    'activity recorded',
  );
  return {
    kind: 'done',
    value: {
      activity: saved,
      profile,
      ...(holder ? { supervisorName: holder.name } : {}),
      ...(toLeader ? { toLeader: true as const } : {}),
      ...(holder && cannotReachNow(deps, holder) ? { unreachableSupervisor: holder.name } : {}),
    },
  };
}
