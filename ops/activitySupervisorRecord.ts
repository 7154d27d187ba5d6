import { recordActivity, signedBySupervisor, supervisorRef } from '../core/activities';
import { isIsoDate } from '../core/dates';
import { activityKindIn } from '../core/intents';
import {
  ACTIVITY_KINDS,
  type GoalRef,
  type GoalSummary,
  type LearningActivity,
  type RoleHolder,
  type Stored,
  type TraineeProfile,
} from '../core/model';
import { activeHolder } from '../core/policy';
import { parseSupervisorRecord } from '../core/supervisorRecord';
import { isConflict } from '../store';
import { activityIdFor } from './activityRecord';
import { auditId } from './decide';
import { hasStanding, isTraineeId } from './load';
import type { Call, OpsDeps, Outcome } from './types';
import { write } from './write';

const matches = (name: string, asked: string) => {
  const n = name.toLowerCase();
  const a = asked.toLowerCase();
  return n === a || n.split(/\s+/)[0] === a;
};

/**
 * The LIS the caller supervises (an active role, as the profile says), by first or full name or by id.
 * Named by id, someone with another role for that LIS is refused (`not_allowed`); anyone else finds no such LIS.
 */
export async function supervisedLis(
  deps: OpsDeps,
  call: Call,
  which: { name?: string; traineeId?: string },
): Promise<Outcome<{ profile: Stored<TraineeProfile>; holder: RoleHolder }>> {
  const me = call.caller.aadObjectId;
  const person = await deps.store.people.get(me);
  const candidates = (person?.roles ?? []).filter(
    (r) =>
      r.role === 'supervisor' &&
      r.state === 'active' &&
      (which.traineeId ? r.traineeId === which.traineeId : !which.name || matches(r.traineeName, which.name)),
  );
  if (candidates.length > 1)
    return {
      kind: 'refused',
      reason: 'ambiguous',
      details: { names: candidates.map((c) => c.traineeName).join(', ') },
    };
  const traineeId =
    candidates[0]?.traineeId ?? (isTraineeId(which.traineeId ?? '') ? which.traineeId : undefined);
  const profile = traineeId ? await deps.store.trainees.getProfile(traineeId) : undefined;
  const holder = profile && activeHolder(profile, 'supervisor', me);
  if (profile && !holder && hasStanding(me, profile, call.today))
    return { kind: 'refused', reason: 'not_allowed', details: {} };
  if (!profile || !holder) return { kind: 'not_found' };
  return { kind: 'done', value: { profile, holder } };
}

/** What the supervisor says was done: from the chat text, or from the form's fields. */
export type SupervisorRecordInput =
  | { name: string; text: string }
  | { traineeId: string; activityKind?: string; date?: string; description?: string; goals?: string };

/**
 * "signer Alex: sutur av kuttskade på legevakt i dag, DEL1-012", or the same from the form ("signer
 * Alex"): a supervisor records an activity on the LIS's behalf and signs it in one step; it counts at
 * once, and the LIS gets a card to confirm or dispute it. Only someone who holds an active supervisor
 * role for that LIS (the profile decides, not the person index); anyone else is told they have no such LIS.
 */
export async function recordForLis(
  deps: OpsDeps,
  call: Call,
  input: SupervisorRecordInput,
): Promise<Outcome<{ activity: Stored<LearningActivity>; profile: Stored<TraineeProfile> }>> {
  const me = call.caller.aadObjectId;
  const found = await supervisedLis(
    deps,
    call,
    'text' in input ? { name: input.name } : { traineeId: input.traineeId },
  );
  if (found.kind !== 'done') return found;
  const { profile, holder } = found.value;
  const fields =
    'text' in input
      ? {
          // What the sentence names it ("simulering av …"), or what a supervisor signs most: a procedure.
          activityKind: activityKindIn(input.text) ?? 'supervised_procedure',
          // A goal of any plan is taken as one (and refused below if not in the LIS's own plans).
          ...parseSupervisorRecord(input.text, call.today, (id) => deps.catalogs.knows(id)),
        }
      : {
          activityKind: input.activityKind ?? 'supervised_procedure',
          date: input.date ?? '',
          description: input.description ?? '',
          goalIds: [] as string[],
        };
  const goals: GoalRef[] = [];
  for (const typed of fields.goalIds) {
    const ref = deps.catalogs.inPlans(profile.catalogIds, typed);
    if (!ref) return { kind: 'invalid', field: 'goals', details: { id: typed } };
    goals.push(ref);
  }
  // The form's choices are `catalogId|goalId`, of the LIS's own plans only.
  if (!('text' in input)) {
    for (const choice of (input.goals ?? '').split(',').filter(Boolean)) {
      const [catalogId = '', goalId = ''] = choice.split('|');
      if (!deps.catalogs.followed(profile.catalogIds, { catalogId, goalId }))
        return { kind: 'invalid', field: 'goals', details: { id: goalId } };
      goals.push({ catalogId, goalId });
    }
  }
  const activityKind = ACTIVITY_KINDS.find((k) => k === fields.activityKind);
  if (!activityKind) return { kind: 'invalid', field: 'activityKind' };
  if (!isIsoDate(fields.date)) return { kind: 'invalid', field: 'date' };
  const recorded = recordActivity(
    { activityKind, date: fields.date, description: fields.description, goals },
    profile.traineeId,
    activityIdFor(call, profile.traineeId),
    call.now,
  );
  if (!recorded.ok) return { kind: 'refused', reason: recorded.error, details: {} };
  const activity = signedBySupervisor(recorded.value, supervisorRef(holder), call.now);
  try {
    const saved = await write<LearningActivity>(
      deps,
      {
        change: { kind: 'activity', activity },
        audit: {
          kind: 'audit',
          id: auditId(call, activity.id, activity.rev),
          traineeId: profile.traineeId,
          actor: me,
          verb: 'activity.supervisorRecord',
          target: activity.id,
          before: null,
          after: { status: activity.status, byLis: 'pending', goals: goals.length },
          at: call.now,
        },
        effects: [
          {
            kind: 'activity_card',
            traineeId: profile.traineeId,
            activityId: activity.id,
            to: profile.aadObjectId,
            confirm: true,
          },
        ],
      },
      { profile },
    );
    return { kind: 'done', value: { activity: saved, profile } };
  } catch (err) {
    // The same message twice (a retried turn): the record it stored, nothing twice.
    if (!isConflict(err)) throw err;
    const existing = await deps.store.trainees.getActivity(profile.traineeId, activity.id);
    if (!existing) throw err;
    return { kind: 'done', value: { activity: existing, profile } };
  }
}

/** The form for "signer Alex": the LIS the caller supervises, with their goals (approved ones left out by the form). */
export async function supervisorFormFor(
  deps: OpsDeps,
  call: Call,
  which: { name?: string; traineeId?: string },
): Promise<Outcome<{ profile: Stored<TraineeProfile>; goals: GoalSummary[] }>> {
  const found = await supervisedLis(deps, call, which);
  if (found.kind !== 'done') return found;
  const snap = await deps.store.trainees.snapshot(found.value.profile.traineeId);
  if (!snap) return { kind: 'not_found' };
  return { kind: 'done', value: { profile: snap.profile, goals: snap.goals } };
}
