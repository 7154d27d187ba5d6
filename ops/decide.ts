import { COMMENT_MAX, checkComment } from '../core/comments';
import type { AuditEvent, LearningActivity, Stored, TraineeProfile } from '../core/model';
import { type Action, can, type Permission } from '../core/policy';
import type { Result } from '../core/result';
import { type Change, isConflict } from '../store';
import { refusal } from './load';
import type { Call, Effect, OpsDeps, Outcome } from './types';
import { write } from './write';

/** What a decision reads: the item decided on and the LIS's profile (and whatever the view needs). */
export interface Loaded<D> {
  doc: Stored<D>;
  profile: Stored<TraineeProfile>;
  /** A goal's waiting activities, read with the profile. */
  open?: readonly LearningActivity[];
}

type Item = { id: string; traineeId: string; rev: number };

export interface DecisionSpec<D extends Item, L extends Loaded<D>> {
  /** The policy action; `can` decides, nothing else (it may follow the item's state). */
  action: Action | ((l: L) => Action);
  /** The audit verb. */
  verb: string;
  load(): Promise<L | undefined>;
  apply(l: L, permission: Extract<Permission, { ok: true }>, comment: string | undefined): Result<D, string>;
  /** How the new state is written (see `Change`): the store adds the audit event and the outbox entries. */
  change(next: Stored<D>, l: L): Change;
  summary(d: D): unknown;
  /** Plain facts a refusal text may need (names, the arena, a limit), by the reason; no words of any language. */
  details?(l: L, reason: string): Record<string, string>;
  /** What the change causes for others: stored with it, delivered after it. */
  effects?(l: L, next: D): Effect[];
}

/** Attempts when the LIS's document changed elsewhere (another item, a card reference) but not this item. */
const ATTEMPTS = 12;

/** Every card that shows the item, and the one the change was made from, drawn again after it. */
export function redrawOf(call: Pick<Call, 'origin'>, item: { traineeId: string; id: string }): Effect {
  return {
    kind: 'redraw',
    traineeId: item.traineeId,
    target: item.id,
    ...(call.origin ? { origin: call.origin } : {}),
  };
}

/** Who decides, as a decision records it: the caller, on whose behalf (a delegate), when, and the comment. */
export function deciderOf(
  call: Pick<Call, 'caller' | 'now'>,
  permission: Extract<Permission, { ok: true }>,
  comment: string | undefined,
): { by: string; byName: string; onBehalfOf?: string; comment: string | undefined; now: string } {
  return {
    by: call.caller.aadObjectId,
    byName: call.caller.name,
    ...(permission.onBehalfOf ? { onBehalfOf: permission.onBehalfOf } : {}),
    comment,
    now: call.now,
  };
}

/**
 * The audit key of a request on one target at one revision: a retried request is stale (its
 * revision is gone) and writes nothing; a request id reused on another item, or on the same item
 * later, never collides with an event already written, so no change is ever left without its event.
 */
export const auditId = (call: Pick<Call, 'key'>, target: string, rev?: number): string =>
  `audit:${call.key}:${target}${rev === undefined ? '' : `@${rev}`}`;

/**
 * The one decision flow (sign-off, approval, recommendation, recall, reminder …):
 * load → policy for the caller → stale? → domain transition → one batch: the write guarded by
 * its ETag, the audit event and the outbox entries → delivery starts. A lost race answers with the current view; a caller with no standing learns nothing.
 */
export async function decide<D extends Item, L extends Loaded<D>>(
  deps: OpsDeps,
  call: Call,
  input: { rev: number; comment?: string },
  spec: DecisionSpec<D, L>,
): Promise<Outcome<L, L>> {
  let l = await spec.load();
  if (!l) return { kind: 'not_found' };
  const action = typeof spec.action === 'function' ? spec.action(l) : spec.action;
  const permission = can(call.caller.aadObjectId, action, l.profile, call.today);
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
    if (!next.ok)
      return { kind: 'refused', reason: next.error, details: spec.details?.(l, next.error) ?? {}, view: l };
    const event: AuditEvent = {
      kind: 'audit',
      id: auditId(call, next.value.id, next.value.rev),
      traineeId: next.value.traineeId,
      actor: call.caller.aadObjectId,
      ...(permission.onBehalfOf ? { onBehalfOf: permission.onBehalfOf } : {}),
      verb: spec.verb,
      target: next.value.id,
      before: spec.summary(l.doc),
      after: spec.summary(next.value),
      ...(comment.comment ? { comment: comment.comment } : {}),
      at: call.now,
    };
    const effects = spec.effects?.(l, next.value) ?? [];
    let saved: Stored<D>;
    try {
      saved = await write<D>(
        deps,
        { change: spec.change({ ...next.value, etag: l.doc.etag }, l), audit: event, effects },
        { profile: l.profile, ...(l.open ? { open: l.open } : {}) },
      );
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
    return { kind: 'done', value: after };
  }
}
