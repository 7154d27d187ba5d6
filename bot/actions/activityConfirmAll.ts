import { z } from 'zod';
import { INBOX_PAGE_SIZE } from '../../cards/inbox';
import { t } from '../../core/i18n';
import { confirmAll } from '../../ops/activityConfirmAll';
import { inboxCard } from '../inboxCard';
import { defineAction } from './types';

const item = z.object({
  traineeId: z.string().min(1).max(200),
  id: z.string().min(1).max(200),
  rev: z.number().int().min(0),
});

/**
 * "Bekreft alle": the LIS confirms the records supervisors made for them on one page of the inbox,
 * after saying yes; answers with the inbox again, saying how many were confirmed.
 */
const input = z.object({ items: z.array(item).min(1).max(INBOX_PAGE_SIZE) });
export default defineAction(input, async (ctx, data) => {
  const { confirmed, count } = await confirmAll(ctx.deps, ctx.call, data.items);
  const text = [
    t(ctx.lang, 'confirmAllDone', { done: confirmed, count }),
    ...(confirmed < count ? [t(ctx.lang, 'confirmAllSkipped', { skipped: count - confirmed })] : []),
  ].join(' ');
  return {
    card: await inboxCard(ctx.deps, ctx.call, ctx.lang, undefined, {
      text,
      style: confirmed === count ? 'good' : 'warning',
    }),
  };
});
