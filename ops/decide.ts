import { COMMENT_MAX, checkComment } from '../core/comments';
import type { AuditEvent, Stored, TraineeProfile } from '../core/model';
import { type Action, can, type Permission } from '../core/policy';
import type { Result } from '../core/result';
import { isConflict } from '../store';
import { refusal } from './load';
import type { Call, Effect, OpsDeps, Outcome } from './types';

/** What a decision reads: the item decided on and the LIS's profile (and whatever the view needs). */
export interface Loaded<D> {
  doc: Stored<D>;
  profile: Stored<TraineeProfile>;
}

type Item = { id: string; traineeId: string; rev: number };

export interface DecisionSpec<D extends Item, L extends Loaded<D>> {
  /** The policy action; `can` decides, nothing else. */
  action: Action;
  /** The audit verb. */
  verb: string;
  load(): Promise<L | undefined>;
  apply(l: L, permission: Extract<Permission, { ok: true }>, comment: string | undefined): Result<D, string>;
  save(next: Stored<D>): Promise<Stored<D>>;
  summary(d: D): unknown;
  /** Plain facts a refusal text may need (names, the arena); no words of any language. */
  details?(l: L): Record<string, string>;
  /** What the change causes for others, delivered after it is stored. */
  effects?(l: L, saved: Stored<D>): Effect[];
}

/** Attempts when the LIS's document changed elsewhere (another item, a card reference) but not this item. */
const ATTEMPTS = 12;

/** The audit key of a request on one target: a retried request finds its event; a reused id on another item does not collide. */
export const auditId = (call: Call, target: string): string => `audit:${call.key}:${target}`;

/**
 * The one decision flow (sign-off, approval, recommendation, recall, reminder …):
 * load → policy for the caller → stale? → domain transition → write guarded by the ETag → audit →
 * effects. A lost race answers with the current view; a caller with no standing learns nothing.
 */
export async function decide<D extends Item, L extends Loaded<D>>(
  deps: OpsDeps,
  call: Call,
  input: { rev: number; comment?: string },
  spec: DecisionSpec<D, L>,
): Promise<Outcome<L, L>> {
  let l = await spec.load();
  if (!l) return { kind: 'not_found' };
  const permission = can(call.caller.aadObjectId, spec.action, l.profile, call.today);
  if (!permission.ok) return refusal(permission, l.profile, l);
  // A card older than the item (a repeated click, a retried invoke) gets the current state, and no write.
  if (input.rev !== l.doc.rev) return { kind: 'stale', view: l };

  const comment = checkComment(input.comment);
  if (!comment.ok) {
    const length = String(input.comment?.trim().length ?? 0);
    return {
      kind: 'refused',
      reason: 'comment_too_long',
      details: { length, max: String(COMMENT_MAX) },
      view: l,
    };
  }

  for (let attempt = 1; ; attempt++) {
    const next = spec.apply(l, permission, comment.comment);
    if (!next.ok) return { kind: 'refused', reason: next.error, details: spec.details?.(l) ?? {}, view: l };
    let saved: Stored<D>;
    try {
      saved = await spec.save({ ...next.value, etag: l.doc.etag });
    } catch (err) {
      if (!isConflict(err)) throw err;
      const current = await spec.load();
      if (!current) return { kind: 'not_found' };
      // The LIS's document changed, but not this item: try again on the fresh copy, after a short random pause.
      if (current.doc.rev === input.rev && attempt < ATTEMPTS) {
        l = current;
        await new Promise((r) => setTimeout(r, Math.random() * 5 * attempt));
        continue;
      }
      return { kind: 'lost_race', view: current };
    }
    const event: AuditEvent = {
      kind: 'audit',
      id: auditId(call, saved.id),
      traineeId: saved.traineeId,
      actor: call.caller.aadObjectId,
      ...(permission.onBehalfOf ? { onBehalfOf: permission.onBehalfOf } : {}),
      verb: spec.verb,
      target: saved.id,
      before: spec.summary(l.doc),
      after: spec.summary(saved),
      ...(comment.comment ? { comment: comment.comment } : {}),
      at: call.now,
    };
    await deps.store.trainees.appendAudit(event);
    deps.log.info(
      {
        verb: spec.verb,
        traineeId: saved.traineeId,
        target: saved.id,
        actor: call.caller.aadObjectId,
        rev: saved.rev,
      },
      'decision',
    );
    const after = { ...l, doc: saved } as L;
    const effects = spec.effects?.(l, saved) ?? [];
    if (effects.length > 0) deps.dispatcher.dispatch(effects, { traineeId: saved.traineeId, key: call.key });
    return { kind: 'done', value: after };
  }
}
