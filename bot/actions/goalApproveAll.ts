import { z } from 'zod';
import { t } from '../../core/i18n';
import { inboxCard } from '../inbox';
import { decideGoalAction } from './goalApprove';
import { defineAction } from './types';

const item = z.object({
  traineeId: z.string().min(1).max(200),
  id: z.string().min(1).max(200),
  rev: z.number().int().min(0),
});

/**
 * "Approve all with a complete basis", after the leader confirmed. Each goal goes through the
 * same decision flow as a single click: policy, basis and revision are checked again, one by one.
 */
export default defineAction(
  'goal.approveAll',
  z.object({ items: z.array(item).min(1).max(200) }),
  async (ctx, data) => {
    let done = 0;
    for (const it of data.items) {
      // No comment: a goal whose basis is not complete (any more) is refused by the flow and skipped.
      const r = await decideGoalAction(
        { ...ctx, invokeId: `${ctx.invokeId}:${it.id}` },
        { ...it, comment: undefined },
        'approved',
      );
      if ('done' in r && r.done) done++;
    }
    const count = data.items.length;
    const text = [
      t(ctx.lang, 'approveAllDone', { done, count }),
      ...(done < count ? [t(ctx.lang, 'approveAllSkipped', { skipped: count - done })] : []),
    ].join(' ');
    return {
      card: await inboxCard(ctx.deps, ctx.actor.aadObjectId, ctx.lang, ctx.today, undefined, {
        text,
        style: done === count ? 'good' : 'warning',
      }),
    };
  },
);
