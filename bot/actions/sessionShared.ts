import { keepTyped } from '../../cards/render';
import type { SessionDraft } from '../../cards/sessions';
import type { Notice } from '../../cards/views';
import { type Lang, t } from '../../core/i18n';
import type { Outcome } from '../../ops/types';
import { sessionsCard } from '../sessionsCard';
import { refusalText } from '../texts';
import { notFoundCard } from './outcome';
import type { ActionContext, ActionResult } from './types';

/**
 * The answer to a click on the sessions card: the card drawn again, with a line on top on what came
 * of it (done, refused and why, out of date, lost a race). What was typed is kept in its form
 * unless the change was done, so a preparation or minutes written on an old card is not lost.
 */
export async function sessionsAnswer(
  ctx: ActionContext,
  traineeId: string,
  r: Outcome<unknown, unknown>,
  opts: { done?: string; draft?: SessionDraft; typed?: Readonly<Record<string, unknown>> },
): Promise<ActionResult> {
  if (r.kind === 'not_found') return { card: notFoundCard(ctx.lang) };
  const notice = noticeOf(ctx.lang, r, opts.done);
  const card = await sessionsCard(ctx.deps, ctx.call, traineeId, ctx.lang, {
    ...(notice ? { notice } : {}),
    ...(r.kind !== 'done' && opts.draft ? { draft: opts.draft } : {}),
    userId: ctx.userId,
  });
  // A form refused (scheduling) comes back as it was filled in.
  if (card) return { card: r.kind !== 'done' && opts.typed ? keepTyped(card, opts.typed) : card };
  // No view of this LIS's sessions for the caller (a role ended meanwhile): nothing shown, as for a stranger.
  return { card: notFoundCard(ctx.lang) };
}

function noticeOf(lang: Lang, r: Outcome<unknown, unknown>, done?: string): Notice | undefined {
  switch (r.kind) {
    case 'done':
      return done ? { text: done, style: 'good' } : undefined;
    case 'stale':
      return { text: t(lang, 'staleCard'), style: 'accent' };
    case 'lost_race':
      return { text: t(lang, 'lostRace'), style: 'warning' };
    case 'refused':
      return { text: refusalText(lang, r.reason, r.details), style: 'attention' };
    case 'invalid':
      return { text: refusalText(lang, 'bad_input', { field: r.field }), style: 'attention' };
    default:
      return undefined;
  }
}
