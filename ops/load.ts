import { blankGoal } from '../core/goals';
import type { GoalRef, GoalState, LearningActivity, Stored, TraineeProfile } from '../core/model';
import { type Action, can, type Permission } from '../core/policy';
import { isActivityDocId, parseGoalDocId } from '../core/refs';
import type { Call, OpsDeps } from './types';

/** A goal as the views need it: its state (with the basis of its approval) and the LIS's profile. */
export interface GoalData {
  doc: Stored<GoalState>;
  profile: Stored<TraineeProfile>;
  /** The LIS's activities naming this goal that wait for a signature or for the LIS (read with the profile). */
  open?: readonly LearningActivity[];
}

/** The profile, and the waiting activities that name the goal: one read of the LIS's document. */
async function profileForGoal(deps: OpsDeps, traineeId: string, ref: GoalRef) {
  const found = await deps.store.trainees.profileAndOpen(traineeId);
  if (!found) return undefined;
  const open = found.open.filter((a) =>
    a.goals.some((g) => g.catalogId === ref.catalogId && g.goalId === ref.goalId),
  );
  return { profile: found.profile, open };
}

/** An activity and its LIS's profile. */
export interface ActivityData {
  doc: Stored<LearningActivity>;
  profile: Stored<TraineeProfile>;
  /** How many of the LIS's activities are open (read with the profile): their number is capped. */
  openCount?: number;
}

/** Ids of a LIS as they arrive from outside: anything else is treated as unknown. */
export const isTraineeId = (id: string): boolean => /^[\w:-]{1,200}$/.test(id);

/**
 * A goal of the LIS that has a state (it was asked for, decided, recorded or has signed activities),
 * in a plan the LIS follows: one they were moved off (to a newer version) is no one's to decide on,
 * from a card sent before the move either. Two point reads.
 */
export async function loadGoal(deps: OpsDeps, traineeId: string, id: string): Promise<GoalData | undefined> {
  const ref = parseGoalDocId(id);
  if (!isTraineeId(traineeId) || !ref) return undefined;
  const [found, doc] = await Promise.all([
    profileForGoal(deps, traineeId, ref),
    deps.store.trainees.getGoal(traineeId, id),
  ]);
  return found && doc && deps.catalogs.followed(found.profile.catalogIds, ref)
    ? { doc, ...found }
    : undefined;
}

/** A goal of a catalog the LIS follows: its state if there is one, else a blank "not started" state (not stored). */
export async function loadGoalOrBlank(
  deps: OpsDeps,
  traineeId: string,
  id: string,
  now: string,
): Promise<GoalData | undefined> {
  const ref = parseGoalDocId(id);
  if (!isTraineeId(traineeId) || !ref) return undefined;
  const [found, stored] = await Promise.all([
    profileForGoal(deps, traineeId, ref),
    deps.store.trainees.getGoal(traineeId, id),
  ]);
  if (!found || !deps.catalogs.followed(found.profile.catalogIds, ref)) return undefined;
  // No ETag: its first write creates the document (and fails if someone else created it first).
  return { doc: stored ?? { ...blankGoal(traineeId, ref, now), etag: '' }, ...found };
}

/** An activity (its own document and ETag) and its LIS's profile. */
export async function loadActivity(
  deps: OpsDeps,
  traineeId: string,
  id: string,
): Promise<ActivityData | undefined> {
  if (!isTraineeId(traineeId) || !isActivityDocId(id)) return undefined;
  const [found, doc] = await Promise.all([
    deps.store.trainees.profileAndOpen(traineeId),
    deps.store.trainees.getActivity(traineeId, id),
  ]);
  return found && doc?.kind === 'activity'
    ? { doc, profile: found.profile, openCount: found.open.length }
    : undefined;
}

/**
 * The LIS's profile, when the caller may do `action` for them: checked before anything is written
 * (a run of decisions asks once). Otherwise the one refusal: a stranger learns nothing.
 */
export async function permittedProfile(
  deps: OpsDeps,
  call: Pick<Call, 'caller' | 'today'>,
  traineeId: string,
  action: Action,
): Promise<
  | { kind: 'permitted'; profile: Stored<TraineeProfile> }
  | { kind: 'not_found' }
  | { kind: 'refused'; reason: 'not_allowed'; details: Record<string, string> }
> {
  const profile = isTraineeId(traineeId) ? await deps.store.trainees.getProfile(traineeId) : undefined;
  if (!profile) return { kind: 'not_found' };
  const permission = can(call.caller.aadObjectId, action, profile, call.today);
  return permission.ok ? { kind: 'permitted', profile } : refusal(permission, profile);
}

/**
 * The one answer to a caller the policy refuses: someone with no standing for the LIS learns
 * nothing (`not_found`, as for an unknown id); someone with another role is told which one.
 */
export function refusal<V>(
  permission: Extract<Permission, { ok: false }>,
  profile: TraineeProfile,
  view?: V,
):
  | { kind: 'not_found' }
  | { kind: 'refused'; reason: 'not_allowed'; details: Record<string, string>; view?: V } {
  if (permission.reason === 'no_role') return { kind: 'not_found' };
  return {
    kind: 'refused',
    reason: 'not_allowed',
    details: { standing: permission.standings[0] ?? 'lis', trainee: profile.name },
    ...(view ? { view } : {}),
  };
}

/** True when the caller holds any standing for this LIS today (the LIS, or an active role or delegation). */
export function hasStanding(caller: string, profile: TraineeProfile, today: string): boolean {
  return can(caller, 'progress.view', profile, today).ok;
}

/**
 * Whether the asker should hear at once that a person cannot be reached: they have no chat with the bot
 * and the app may not install itself for them (with that allowed, the delivery tells the asker later).
 */
export function cannotReachNow(deps: OpsDeps, person: { conversation?: unknown } | undefined): boolean {
  return person !== undefined && !person.conversation && !deps.canInstallForPeople;
}
