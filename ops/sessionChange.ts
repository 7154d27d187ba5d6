import type { Effect } from '../core/effects';
import type { AdvisorySession, Stored, TraineeProfile } from '../core/model';
import { type Action, can } from '../core/policy';
import type { Result } from '../core/result';
import { isConflict } from '../store';
import { auditId } from './decide';
import { isTraineeId, refusal } from './load';
import type { Call, OpsDeps, Outcome } from './types';
import { write } from './write';

export interface SessionData {
  doc: Stored<AdvisorySession>;
  profile: Stored<TraineeProfile>;
}

interface SessionSpec {
  action: Action;
  verb: string;
  apply(s: AdvisorySession): Result<AdvisorySession, string>;
  effects?(next: AdvisorySession, profile: TraineeProfile, before: AdvisorySession): Effect[];
  /** What the audit event says changed besides the revision (a date moved, a session called off). */
  audit?(before: AdvisorySession, next: AdvisorySession): { before: object; after: object };
}

/**
 * One change to an advisory session (the LIS's preparation, the advisor's minutes): the policy
 * for the caller, a stale card answered with the current session, the rule, then one batch with
 * its audit event (which never carries the text), guarded by the session's ETag.
 */
export async function changeSession(
  deps: OpsDeps,
  call: Call,
  input: { traineeId: string; id: string; rev: number },
  spec: SessionSpec,
): Promise<Outcome<SessionData, SessionData>> {
  if (!isTraineeId(input.traineeId) || !input.id.startsWith('session:')) return { kind: 'not_found' };
  const [profile, first] = await Promise.all([
    deps.store.trainees.getProfile(input.traineeId),
    deps.store.trainees.getSession(input.traineeId, input.id),
  ]);
  if (!profile || !first) return { kind: 'not_found' };
  const permission = can(call.caller.aadObjectId, spec.action, profile, call.today);
  if (!permission.ok) return refusal(permission, profile, { doc: first, profile });
  if (input.rev !== first.rev) return { kind: 'stale', view: { doc: first, profile } };
  // A write that is no change of the session (a reminder sent: `rev` as it was) may land between the
  // read and this write: the change is tried again on the fresh session, not answered as a lost race.
  let doc = first;
  for (let attempt = 1; ; attempt++) {
    const r = await writeSession(deps, call, spec, doc, profile);
    if (r !== 'conflict') return r;
    const current = await deps.store.trainees.getSession(input.traineeId, input.id);
    if (!current) return { kind: 'not_found' };
    if (current.rev !== input.rev || attempt >= 3)
      return { kind: 'lost_race', view: { doc: current, profile } };
    doc = current;
  }
}

/** The rule on one read of the session, then one batch with its audit event, guarded by its ETag. */
async function writeSession(
  deps: OpsDeps,
  call: Call,
  spec: SessionSpec,
  doc: Stored<AdvisorySession>,
  profile: Stored<TraineeProfile>,
): Promise<Outcome<SessionData, SessionData> | 'conflict'> {
  const next = spec.apply(doc);
  if (!next.ok) return { kind: 'refused', reason: next.error, details: {}, view: { doc, profile } };
  const detail = spec.audit?.(doc, next.value);
  try {
    const saved = await write<AdvisorySession>(deps, {
      change: { kind: 'session', session: next.value, before: doc },
      audit: {
        kind: 'audit',
        id: auditId(call, doc.id, next.value.rev),
        traineeId: doc.traineeId,
        actor: call.caller.aadObjectId,
        verb: spec.verb,
        target: doc.id,
        before: { rev: doc.rev, finalised: !!doc.finalisedAt, ...detail?.before },
        after: { rev: next.value.rev, finalised: !!next.value.finalisedAt, ...detail?.after },
        at: call.now,
      },
      effects: spec.effects?.(next.value, profile, doc) ?? [],
    });
    return { kind: 'done', value: { doc: saved, profile } };
  } catch (err) {
    if (!isConflict(err)) throw err;
    return 'conflict';
  }
}
