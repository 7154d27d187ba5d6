import { z } from 'zod';
import { progressCard } from '../progressCard';
import { notFoundCard } from './outcome';
import { defineAction } from './types';

/** "Status" on the list of one's LIS: that LIS's progress card, as the caller may see it; nothing for someone with no role. */
export default defineAction(z.object({ traineeId: z.string().min(1).max(200) }), async (ctx, data) => ({
  card:
    (await progressCard(ctx.deps, ctx.call, ctx.lang, data.traineeId, undefined, ctx.userId)) ??
    notFoundCard(ctx.lang),
}));
