import { z } from 'zod';
import { INBOX_PAGE_SIZE } from '../../cards/inbox';
import { type TextKey, t } from '../../core/i18n';
import { inboxCard } from '../inboxCard';
import type { ActionContext } from './types';

const item = z.object({
  traineeId: z.string().min(1).max(200),
  id: z.string().min(1).max(200),
  rev: z.number().int().min(0),
});

/**
 * The items of a one-click-for-several on the inbox («Godkjenn alle», «Bekreft alle»): one page's
 * at most, each a decision of its own made while Teams waits for the answer.
 */
export const bulkData = z.object({ items: z.array(item).min(1).max(INBOX_PAGE_SIZE) });

/** The inbox again, saying how many of the items were done and that the rest were not. */
export async function bulkAnswer(
  ctx: ActionContext,
  r: { done: number; count: number },
  texts: { done: TextKey; skipped: TextKey },
) {
  const text = [
    t(ctx.lang, texts.done, { done: r.done, count: r.count }),
    ...(r.done < r.count ? [t(ctx.lang, texts.skipped, { skipped: r.count - r.done })] : []),
  ].join(' ');
  return {
    card: await inboxCard(
      ctx.deps,
      ctx.call,
      ctx.lang,
      undefined,
      { text, style: r.done === r.count ? ('good' as const) : ('warning' as const) },
      0,
      ctx.userId,
    ),
  };
}
