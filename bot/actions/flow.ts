import { noticeCard } from '../../cards/notice';
import type { AdaptiveCard } from '../../cards/render';
import type { Notice, Viewer } from '../../cards/views';
import { COMMENT_MAX, checkComment } from '../../core/comments';
import { type Lang, type TextKey, t } from '../../core/i18n';
import type { AuditEvent, CardMessage, Stored, TraineeProfile } from '../../core/model';
import { type Action, can, type Permission } from '../../core/policy';
import type { Result } from '../../core/result';
import { isConflict } from '../../store';
import { cardMessageOf } from '../notify';
import type { ActionContext, ActionResult, DecisionData } from './types';

/** What a decision reads: the document decided on and the LIS's profile (and whatever the view needs). */
export interface Loaded<D> {
  doc: Stored<D>;
  profile: Stored<TraineeProfile>;
}

export interface DecisionSpec<D extends { id: string; traineeId: string; rev: number }, L extends Loaded<D>> {
  /** The policy action; `can` decides, nothing else. */
  action: Action;
  load(): Promise<L | undefined>;
  view(l: L, notice?: Notice): AdaptiveCard;
  apply(l: L, permission: Extract<Permission, { ok: true }>, comment: string | undefined): Result<D, string>;
  save(next: D & { etag: string }): Promise<Stored<D>>;
  verb: string;
  summary(d: D): unknown;
  /** Extra words for an error text (names in it). */
  errorVars?(l: L): Record<string, string>;
  /** One line on what was done, for the inbox. */
  doneText?(saved: D): string;
  /** Notifications and card updates, run after the answer. */
  after?(l: L, saved: Stored<D>, ctx: ActionContext): void;
}

/** A refusal that reveals nothing about the LIS: for people with no role at all. */
export function refusal(lang: Lang, key: TextKey, vars: Record<string, string> = {}): AdaptiveCard {
  return noticeCard(t(lang, 'refusedTitle'), [t(lang, key, vars), t(lang, 'nothingChanged')], 'attention');
}

export function notFound(lang: Lang): ActionResult {
  return { card: refusal(lang, 'err_not_found') };
}

/**
 * The one decision flow (sign-off, approval, recommendation, recall …):
 * load → policy for the clicker → stale card? → domain transition → write with ETag → audit → answer,
 * and after the answer: update cards and tell the others. A lost race answers with the current card.
 */
export async function runDecision<
  D extends { id: string; traineeId: string; rev: number },
  L extends Loaded<D>,
>(ctx: ActionContext, data: DecisionData, spec: DecisionSpec<D, L>): Promise<ActionResult> {
  const { lang } = ctx;
  let l = await spec.load();
  if (!l) return notFound(lang);
  const permission = can(ctx.actor.aadObjectId, spec.action, l.profile, ctx.today);
  if (!permission.ok) {
    if (permission.reason === 'no_role')
      return { card: refusal(lang, 'err_no_role', { trainee: l.profile.name }) };
    const standing = t(lang, `role_${permission.standings[0] ?? 'lis'}`);
    return {
      card: spec.view(l, {
        text: `${t(lang, 'err_not_allowed', { standing, trainee: l.profile.name })} ${t(lang, 'nothingChanged')}`,
        style: 'attention',
      }),
    };
  }
  // A card older than the document (a repeated click, a retried invoke) gets the current state, and no write.
  if (data.rev !== l.doc.rev) return { card: spec.view(l, { text: t(lang, 'staleCard'), style: 'accent' }) };

  const comment = checkComment(data.comment);
  if (!comment.ok) {
    const length = String(data.comment?.trim().length ?? 0);
    return {
      card: spec.view(l, {
        text: t(lang, 'err_comment_too_long', { length, max: String(COMMENT_MAX) }),
        style: 'attention',
      }),
    };
  }

  for (let attempt = 0; ; attempt++) {
    const next = spec.apply(l, permission, comment.comment);
    if (!next.ok) {
      const key = `err_${next.error}` as TextKey;
      const text = `${t(lang, key, spec.errorVars?.(l) ?? {})} ${t(lang, 'nothingChanged')}`;
      return { card: spec.view(l, { text, style: 'attention' }) };
    }
    let saved: Stored<D>;
    try {
      saved = await spec.save({ ...next.value, etag: l.doc.etag });
    } catch (err) {
      if (!isConflict(err)) throw err;
      const current = await spec.load();
      if (!current) return notFound(lang);
      // The LIS's document changed, but not this item (another goal, a card reference): try again on the fresh copy.
      if (current.doc.rev === data.rev && attempt < 4) {
        l = current;
        continue;
      }
      return { card: spec.view(current, { text: t(lang, 'lostRace'), style: 'warning' }) };
    }
    const event: AuditEvent = {
      kind: 'audit',
      id: `audit:${ctx.invokeId}`,
      traineeId: saved.traineeId,
      actor: ctx.actor.aadObjectId,
      ...(permission.onBehalfOf ? { onBehalfOf: permission.onBehalfOf } : {}),
      verb: spec.verb,
      target: saved.id,
      before: spec.summary(l.doc),
      after: spec.summary(saved),
      ...(comment.comment ? { comment: comment.comment } : {}),
      at: ctx.now,
    };
    await ctx.deps.store.trainees.appendAudit(event);
    ctx.deps.log.info(
      {
        verb: spec.verb,
        traineeId: saved.traineeId,
        target: saved.id,
        actor: ctx.actor.aadObjectId,
        rev: saved.rev,
      },
      'decision',
    );
    const done = l;
    if (spec.after) spec.after(done, saved, ctx);
    return {
      card: spec.view({ ...done, doc: saved } as L),
      ...(spec.doneText ? { done: spec.doneText(saved) } : {}),
    };
  }
}

/**
 * After a change: redraws every card posted about the item, and the one just clicked, for
 * everyone in those chats. A card in someone's 1:1 chat is drawn for that person (`m.for`).
 */
export function updateCards(
  ctx: ActionContext,
  saved: { id: string; traineeId: string; cards?: CardMessage[] },
  draw: (viewer: Viewer, addressee: string | undefined) => AdaptiveCard,
): void {
  const messages = [...(saved.cards ?? [])];
  const clicked = ctx.context.activity.replyToId;
  const conversationId = ctx.context.activity.conversation.id;
  if (clicked && !messages.some((m) => m.activityId === clicked && m.conversationId === conversationId)) {
    messages.push(cardMessageOf(ctx.context, clicked));
  }
  if (messages.length === 0) return;
  ctx.notifier.later('update cards', { traineeId: saved.traineeId, target: saved.id }, async () => {
    for (const m of messages)
      await ctx.notifier.update(m, draw(m.for ? { aadObjectId: m.for } : null, m.for));
  });
}
