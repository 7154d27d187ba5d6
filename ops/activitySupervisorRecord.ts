import { recordActivity, signedBySupervisor, supervisorRef } from '../core/activities';
import type { GoalRef, LearningActivity, Stored } from '../core/model';
import { activeHolder } from '../core/policy';
import { parseSupervisorRecord } from '../core/supervisorRecord';
import { isConflict } from '../store';
import { activityIdFor } from './activityRecord';
import { auditId } from './decide';
import type { Call, OpsDeps, Outcome } from './types';
import { write } from './write';

const matches = (name: string, asked: string) => {
  const n = name.toLowerCase();
  const a = asked.toLowerCase();
  return n === a || n.split(/\s+/)[0] === a;
};

/**
 * "signer Alex: sutur av kuttskade på legevakt i dag, DEL1-012": a supervisor records an activity
 * on the LIS's behalf and signs it in one step; it counts at once, and the LIS gets a card to
 * confirm or dispute it. Only someone who holds an active supervisor role for that LIS (the
 * profile decides, not the person index); anyone else is told they have no such LIS.
 */
export async function recordForLis(
  deps: OpsDeps,
  call: Call,
  input: { name: string; text: string },
): Promise<Outcome<{ activity: Stored<LearningActivity>; trainee: string }>> {
  const me = call.caller.aadObjectId;
  const person = await deps.store.people.get(me);
  const candidates = (person?.roles ?? []).filter(
    (r) => r.role === 'supervisor' && r.state === 'active' && matches(r.traineeName, input.name),
  );
  if (candidates.length > 1)
    return {
      kind: 'refused',
      reason: 'ambiguous',
      details: { names: candidates.map((c) => c.traineeName).join(', ') },
    };
  const traineeId = candidates[0]?.traineeId;
  const profile = traineeId ? await deps.store.trainees.getProfile(traineeId) : undefined;
  const holder = profile && activeHolder(profile, 'supervisor', me);
  if (!profile || !holder) return { kind: 'not_found' };
  const parsed = parseSupervisorRecord(input.text, call.today);
  const goals: GoalRef[] = [];
  for (const typed of parsed.goalIds) {
    const catalogId = profile.catalogIds.find((c) => deps.catalogs.typed(c, typed));
    const goal = catalogId ? deps.catalogs.typed(catalogId, typed) : undefined;
    if (!catalogId || !goal) return { kind: 'invalid', field: 'goals', details: { id: typed } };
    goals.push({ catalogId, goalId: goal.id });
  }
  const recorded = recordActivity(
    { activityKind: 'supervised_procedure', date: parsed.date, description: parsed.description, goals },
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
      profile,
    );
    return { kind: 'done', value: { activity: saved, trainee: profile.name } };
  } catch (err) {
    // The same message twice (a retried turn): the record it stored, nothing twice.
    if (!isConflict(err)) throw err;
    const existing = await deps.store.trainees.getActivity(profile.traineeId, activity.id);
    if (!existing) throw err;
    return { kind: 'done', value: { activity: existing, trainee: profile.name } };
  }
}
