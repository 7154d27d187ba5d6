import { z } from 'zod';
import { INBOX_PAGE_SIZE } from '../../cards/inbox';
import { t } from '../../core/i18n';
import { approveAll } from '../../ops/goalApproveAll';
import { inboxCard } from '../inboxCard';
import { defineAction } from './types';

const item = z.object({
  traineeId: z.string().min(1).max(200),
  id: z.string().min(1).max(200),
  rev: z.number().int().min(0),
});

/**
 * "Approve all with a complete basis", after the leader confirmed; answers with the inbox again.
 * The button carries the goals of one page of the inbox: no more are taken (each is a decision of
 * its own, made while Teams waits for the answer).
 */
const input = z.object({ items: z.array(item).min(1).max(INBOX_PAGE_SIZE) });
export default defineAction(input, async (ctx, data) => {
  const { approved, count } = await approveAll(ctx.deps, ctx.call, data.items);
  const text = [
    t(ctx.lang, 'approveAllDone', { done: approved, count }),
    ...(approved < count ? [t(ctx.lang, 'approveAllSkipped', { skipped: count - approved })] : []),
  ].join(' ');
  return {
    card: await inboxCard(ctx.deps, ctx.call, ctx.lang, undefined, {
      text,
      style: approved === count ? 'good' : 'warning',
    }),
  };
});
