import { z } from 'zod';
import { resendActivity } from '../../ops/activityResend';
import { activityCardFor } from './activityShared';
import { itemCard } from './outcome';
import { decisionData, defineAction } from './types';

/**
 * "Send på nytt": a returned activity, edited in the card's form (description, date) and sent
 * to the supervisor chosen there. Over-long text is refused with a clear message by the rule.
 */
export default defineAction(
  decisionData.extend({
    to: z.string().min(1).max(128),
    description: z.string().max(200_000).optional(),
    date: z.string().max(20).optional(),
  }),
  async (ctx, data) =>
    itemCard(ctx.lang, await resendActivity(ctx.deps, ctx.call, data), activityCardFor(ctx)),
);
