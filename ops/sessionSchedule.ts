import { randomUUID } from 'node:crypto';
import type { AdvisorySession } from '../core/model';
import { can } from '../core/policy';
import { scheduleSession } from '../core/sessions';
import { isConflict } from '../store';
import { auditId } from './decide';
import { isTraineeId, refusal } from './load';
import { toTheOther } from './sessionMove';
import type { Call, OpsDeps, Outcome } from './types';
import { write } from './write';

/**
 * The LIS or the advisor schedules an advisory session (date, form, hours, topics); the other is
 * told. The audit event names the date and form, never the topics (they are the two's own).
 */
export async function scheduleAdvisorySession(
  deps: OpsDeps,
  call: Call,
  input: { traineeId: string; date: string; form: AdvisorySession['form']; hours: number; topics: string },
): Promise<Outcome<AdvisorySession>> {
  if (!isTraineeId(input.traineeId)) return { kind: 'not_found' };
  const profile = await deps.store.trainees.getProfile(input.traineeId);
  if (!profile) return { kind: 'not_found' };
  const me = call.caller.aadObjectId;
  const permission = can(me, 'session.schedule', profile, call.today);
  if (!permission.ok) return refusal(permission, profile);
  // The id follows from the request, so a retried request adds nothing.
  const id = `${call.key}`.replace(/[^\w-]/g, '').slice(0, 60) || randomUUID();
  const r = scheduleSession(
    { date: input.date, form: input.form, hours: input.hours, topics: input.topics, goals: [] },
    { id, traineeId: input.traineeId, by: me },
    call.now,
  );
  if (!r.ok) return { kind: 'refused', reason: r.error, details: {} };
  try {
    const saved = await write<AdvisorySession>(deps, {
      change: { kind: 'session', session: r.value },
      audit: {
        kind: 'audit',
        id: auditId(call, r.value.id, r.value.rev),
        traineeId: input.traineeId,
        actor: me,
        verb: 'session.schedule',
        target: r.value.id,
        before: null,
        after: { date: r.value.date, form: r.value.form },
        at: call.now,
      },
      effects: toTheOther(call, profile, 'sessionScheduledToYou', {
        trainee: profile.name,
        from: r.value.date,
      }),
    });
    return { kind: 'done', value: saved };
  } catch (err) {
    if (!isConflict(err)) throw err;
    const existing = await deps.store.trainees.getSession(input.traineeId, r.value.id);
    if (existing) return { kind: 'done', value: existing };
    throw err;
  }
}
