import { z } from 'zod';
import { inboxCard } from '../inboxCard';
import { defineAction } from './types';

/** "Show more" / "Show previous" on the inbox card: the same list, another page, drawn for the caller. */
export default defineAction(z.object({ page: z.number().int().min(0).max(10_000) }), async (ctx, data) => ({
  card: await inboxCard(ctx.deps, ctx.call, ctx.lang, undefined, undefined, data.page, ctx.userId),
}));
