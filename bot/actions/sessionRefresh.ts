import { z } from 'zod';
import { sessionsCard } from '../sessionsCard';
import { notFoundCard } from './outcome';
import { defineAction } from './types';

/**
 * The viewer's sessions card drawn anew (automatic refresh, "Refresh card"): a session moved or
 * written in since shows as it is. Someone who may not see the LIS's sessions sees nothing of them.
 */
export default defineAction(z.object({ traineeId: z.string().min(1).max(200) }), async (ctx, input) => {
  const card = await sessionsCard(ctx.deps, ctx.call, input.traineeId, ctx.lang, { userId: ctx.userId });
  return { card: card ?? notFoundCard(ctx.lang) };
});
