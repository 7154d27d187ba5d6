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

/**
 * One change to an advisory session (the LIS's preparation, the advisor's minutes): the policy
 * for the caller, a stale card answered with the current session, the rule, then one batch with
 * its audit event (which never carries the text), guarded by the session's ETag.
 */
export async function changeSession(
  deps: OpsDeps,
  call: Call,
  input: { traineeId: string; id: string; rev: number },
  spec: {
    action: Action;
    verb: string;
    apply(s: AdvisorySession): Result<AdvisorySession, string>;
    effects?(next: AdvisorySession, profile: TraineeProfile, before: AdvisorySession): Effect[];
    /** What the audit event says changed besides the revision (a date moved, a session called off). */
    audit?(before: AdvisorySession, next: AdvisorySession): { before: object; after: object };
  },
): Promise<Outcome<SessionData, SessionData>> {
  if (!isTraineeId(input.traineeId) || !input.id.startsWith('session:')) return { kind: 'not_found' };
  const [profile, doc] = await Promise.all([
    deps.store.trainees.getProfile(input.traineeId),
    deps.store.trainees.getSession(input.traineeId, input.id),
  ]);
  if (!profile || !doc) return { kind: 'not_found' };
  const view = { doc, profile };
  const permission = can(call.caller.aadObjectId, spec.action, profile, call.today);
  if (!permission.ok) return refusal(permission, profile, view);
  if (input.rev !== doc.rev) return { kind: 'stale', view };
  const next = spec.apply(doc);
  if (!next.ok) return { kind: 'refused', reason: next.error, details: {}, view };
  const detail = spec.audit?.(doc, next.value);
  try {
    const saved = await write<AdvisorySession>(deps, {
      change: { kind: 'session', session: next.value, before: doc },
      audit: {
        kind: 'audit',
        id: auditId(call, doc.id, next.value.rev),
        traineeId: input.traineeId,
        actor: call.caller.aadObjectId,
        verb: spec.verb,
        target: doc.id,
        before: { rev: doc.rev, finalised: !!doc.finalisedAt, ...detail?.before },
        after: {
          rev: next.value.rev,
          finalised: !!next.value.finalisedAt,
          ...detail?.after,
        },
        at: call.now,
      },
      effects: spec.effects?.(next.value, profile, doc) ?? [],
    });
    return { kind: 'done', value: { doc: saved, profile } };
  } catch (err) {
    if (!isConflict(err)) throw err;
    const current = await deps.store.trainees.getSession(input.traineeId, input.id);
    return current ? { kind: 'lost_race', view: { doc: current, profile } } : { kind: 'not_found' };
  }
}
